/**
 * The built dist/apps-script/Code.js (`npm test` builds it first), as Apps Script loads it: parsed
 * as a script, run in a bare `node:vm` context with none of Google's services, every entry point a
 * top-level function declaration, nothing the V8 runtime of Apps Script lacks, and
 * `onOpen({ authMode: 'NONE' })` building the menu with nothing but `SpreadsheetApp.getUi()`.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { menuEntries } from '../../core/actions/menu';

const dist = path.join(__dirname, '..', '..', 'dist', 'apps-script');
const codeFile = path.join(dist, 'Code.js');

function code(): string {
  if (!fs.existsSync(codeFile)) throw new Error('dist/apps-script/Code.js is missing: run `npm run build` (npm test builds first).');
  return fs.readFileSync(codeFile, 'utf8');
}

/** The names of the top-level function declarations, with their parameters and the JSDoc right above. */
function topLevelFunctions(source: string): Map<string, { params: string[]; doc: string }> {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const out = new Map<string, { params: string[]; doc: string }>();
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const docs = ts.getJSDocCommentsAndTags(statement).map((d) => d.getText());
    out.set(statement.name.text, { params: statement.parameters.map((p) => p.name.getText()), doc: docs.join('\n') });
  }
  return out;
}

/** Syntax Apps Script's V8 cannot parse, or a module would need: private names, class fields and static blocks, import/export. */
function unsupportedSyntax(source: string): string[] {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isPrivateIdentifier(node)) found.add('private name');
    if (ts.isPropertyDeclaration(node)) found.add('class field');
    if (ts.isClassStaticBlockDeclaration(node)) found.add('static block');
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node)) found.add('import/export');
    if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) found.add('import/export');
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) found.add('dynamic import');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found];
}

const missingGlobals = ['URL', 'URLSearchParams', 'atob', 'btoa', 'TextDecoder', 'TextEncoder', 'structuredClone', 'queueMicrotask', 'setTimeout', 'setInterval', 'Buffer', 'fetch', 'require', 'process', 'window', 'document'];

/** Free uses of globals Apps Script's V8 does not have (a property named like one, `x.URL`, is not a use). */
function freeUses(source: string): string[] {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && missingGlobals.includes(node.text)) {
      const parent = node.parent;
      const isProperty = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node) || ts.isMethodDeclaration(parent);
      if (!isProperty) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...used];
}

describe('dist/apps-script/Code.js', () => {
  const source = code();

  test('is a plain script: no import/export, no private names, class fields or static blocks', () => {
    expect(unsupportedSyntax(source)).toEqual([]);
    expect(() => new vm.Script(source)).not.toThrow();
  });

  test('uses nothing the Apps Script runtime lacks', () => {
    expect(freeUses(source)).toEqual([]);
  });

  test('the checks catch what they look for', () => {
    expect(freeUses('var d = new TextDecoder(); var u = x.URL; var o = { atob: 1 };')).toEqual(['TextDecoder']);
    expect(unsupportedSyntax('class A { #x = 1; static y = 2; static { } }').sort()).toEqual(['class field', 'private name', 'static block']);
    expect(unsupportedSyntax('export const a = 1;')).toEqual(['import/export']);
  });

  test('loads in a bare context without touching any service, and every entry point is a top-level function', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(source, context)).not.toThrow();
    const functions = topLevelFunctions(source);
    const expected = ['onOpen', 'onInstall', 'ccShowSidebar', 'ccRun', 'ccSelectCell', ...menuEntries.filter((e) => e.run.kind !== 'panel').map((e) => `ccMenu_${e.id}`)];
    for (const name of expected) {
      expect({ name, declared: functions.has(name) }).toEqual({ name, declared: true });
      expect({ name, type: typeof (context as Record<string, unknown>)[name] }).toEqual({ name, type: 'function' });
    }
    expect(functions.get('onOpen')!.params).toEqual(['e']);
    expect(functions.get('ccRun')!.params).toEqual(['command', 'options']);
  });

  test('onOpen({ authMode: NONE }) builds the add-on menu, in the registry order, and nothing else', () => {
    const items: [string, string][] = [];
    const touched: string[] = [];
    const menu = {
      addItem(caption: string, fn: string) {
        items.push([caption, fn]);
        return menu;
      },
      addSeparator() {
        return menu;
      },
      addToUi() {
        touched.push('addToUi');
      },
    };
    const SpreadsheetApp = new Proxy(
      { getUi: () => ({ createAddonMenu: () => menu }) },
      {
        get(target, key) {
          touched.push(String(key));
          return (target as Record<string, unknown>)[String(key)];
        },
      },
    );
    const context = vm.createContext({ SpreadsheetApp });
    vm.runInContext(source, context);
    vm.runInContext("onOpen({ authMode: 'NONE' })", context);
    expect(items).toEqual(menuEntries.map((e) => [e.label.es, e.run.kind === 'panel' ? 'ccShowSidebar' : `ccMenu_${e.id}`]));
    expect(items.map(([caption]) => caption)).toEqual([
      'Calcular indicadores', 'Revisar consistencia', 'Borrar marcas', 'Diapositivas del mes', 'Vencimientos PQRSD',
      'Autodiagnóstico', 'Espacios de rendición de cuentas', 'Todo', 'Insertar plantilla', 'Abrir panel',
    ]);
    // Only the UI was asked for: no sheet was read.
    expect(touched).toEqual(['getUi', 'addToUi']);
    // onInstall does the same.
    items.length = 0;
    vm.runInContext("onInstall({ authMode: 'NONE' })", context);
    expect(items).toHaveLength(menuEntries.length);
  });
});
