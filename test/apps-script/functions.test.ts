/**
 * Every custom function through its generated stub in the built Code.js, as Google Sheets calls it
 * (ranges as 2-D arrays, blanks as '', omitted arguments as undefined, dates as instants at midnight
 * in the spreadsheet's zone): a success and a failure case each, with the same result — or the same
 * Spanish message — as the Excel function (the registry's `run` with Excel's arguments).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { customFunctions, FunctionInputError, type FunctionArg, type FunctionMatrix } from '../../core/functions';
import { serviceExampleSheets } from '../../examples/data/service';
import { selfDiagnosisRows } from '../../examples/data/accountability';
import { sheetsFunctionName } from '../../apps-script/functions';
import { calendarDates } from '../../apps-script/read';
import { CallLog, FakeUtilities, instantOfWallClock } from './fakes';

/** East of UTC: midnight there is the previous day in UTC, so a missed conversion shows. */
const timeZone = 'Europe/Madrid';
const codeFile = path.join(__dirname, '..', '..', 'dist', 'apps-script', 'Code.js');

type Rows = readonly (readonly unknown[])[];
/** A range as Sheets passes it. */
const sheetsRange = (rows: Rows): unknown[][] => rows.map((r) => r.map((v) => (v instanceof Date ? instantOfWallClock(v, timeZone) : v === null || v === undefined ? '' : v)));
/** The same range as Excel passes it (dates as serial numbers). */
const excelRange = (rows: Rows): FunctionMatrix =>
  rows.map((r) => r.map((v) => (v instanceof Date ? Math.round(v.getTime() / 86_400_000) + 25569 : v === null || v === undefined ? '' : (v as string | number | boolean))));

/** A date cell as each host passes it: Sheets an instant at midnight in the zone, Excel a serial number. */
const sheetsDate = (iso: string) => instantOfWallClock(new Date(`${iso}T00:00:00Z`), timeZone);
const excelDate = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;

const canales = serviceExampleSheets.find((s) => s.name === 'Canales')!.rows;
const feb14 = new Date(Date.UTC(2025, 1, 14));
const feb1 = new Date(Date.UTC(2025, 1, 1));

/** A call: Sheets' arguments and Excel's for the same cells. */
interface Case {
  sheets: unknown[];
  excel: FunctionArg[];
}
const same = (...args: unknown[]): Case => ({ sheets: args, excel: args.map((a) => (a === undefined ? null : a)) as FunctionArg[] });

const cases: Record<string, { ok: Case; bad: Case }> = {
  INDICADORES: {
    ok: { sheets: [sheetsRange(canales)], excel: [excelRange(canales)] },
    bad: { sheets: [sheetsRange([canales[0], ['2025-02', 'Virtual', 'mil']])], excel: [excelRange([canales[0], ['2025-02', 'Virtual', 'mil']])] },
  },
  INDICADOR: {
    ok: { sheets: [sheetsRange(canales), 'Satisfacción', instantOfWallClock(feb1, timeZone), 'Presencial', undefined], excel: [excelRange(canales), 'Satisfacción', Math.round(feb1.getTime() / 86_400_000) + 25569, 'Presencial', null] },
    bad: { sheets: [sheetsRange(canales), 'interactions', '2025-02', 'Chat', undefined], excel: [excelRange(canales), 'interactions', '2025-02', 'Chat', null] },
  },
  PROMEDIO_PONDERADO: { ok: same([[1], [0.998]], [[30], [1085]]), bad: same([[1], ['mucho']], [[30], [1085]]) },
  SATISFACCION_CONSOLIDADA: { ok: same(0.998, 0.985, 0.978), bad: same(0.998, 'alta', 0.978) },
  INTERVALO_WILSON: { ok: same(0.963, 30), bad: same(0.963, -3) },
  VARIACION_MENSUAL: { ok: same('1.371', '847'), bad: same(142, 0) },
  ACUMULADO_ANIO: {
    ok: { sheets: [[[instantOfWallClock(new Date(Date.UTC(2025, 0, 1)), timeZone)], [instantOfWallClock(feb1, timeZone)]], [[542], [142]], '2025-02'], excel: [[[45658], [45689]], [[542], [142]], '2025-02'] },
    bad: same([['2025-01'], ['2025-02']], [[542], ['x']], '2025-02'),
  },
  COTEJAR: { ok: same('78 %', (100 * 1127) / 1371, undefined), bad: same('setenta', 82.2, undefined) },
  ETAPAS_AUTODIAGNOSTICO: { ok: { sheets: [sheetsRange(selfDiagnosisRows), undefined], excel: [excelRange(selfDiagnosisRows), null] }, bad: same([['Etapa', 'Categoría', 'Actividad', 'Puntaje'], ['Diseño', 'X', 'Y', 140]], 'promedio') },
  NIVEL_AUTODIAGNOSTICO: { ok: same(59.4), bad: same(120) },
  DIVIPOLA: { ok: same('Huila', 'Campoalegre.'), bad: same('Narifio', 'Pasto') },
  MES: { ok: { sheets: [instantOfWallClock(feb14, timeZone)], excel: [Math.round(feb14.getTime() / 86_400_000) + 25569] }, bad: same('febrerito') },
  DIAS_HABILES: {
    ok: { sheets: [sheetsDate('2025-03-14'), sheetsDate('2025-04-09'), undefined], excel: [excelDate('2025-03-14'), excelDate('2025-04-09'), null] },
    bad: same('31/02/2025', '09/04/2025', undefined),
  },
  VENCIMIENTO: {
    ok: { sheets: [sheetsDate('2025-03-14'), 'Petición', [[sheetsDate('2025-04-01')], ['']]], excel: [excelDate('2025-03-14'), 'Petición', [[excelDate('2025-04-01')], ['']]] },
    bad: same('14/03/2025', 'Peticon', undefined),
  },
  FESTIVOS: { ok: same(2026), bad: same(1983) },
};

/** Sheets' date results back to calendar dates (what the registry returned), so both hosts compare. */
function calendarResult(value: unknown): unknown {
  const toCalendar = calendarDates(new FakeUtilities(new CallLog()), timeZone);
  const cell = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? toCalendar(v as Date) : v);
  return Array.isArray(value) ? value.map((row) => (Array.isArray(row) ? row.map(cell) : cell(row))) : cell(value);
}

function excelOutcome(id: string, args: FunctionArg[]): { value?: unknown; error?: string } {
  try {
    const result = customFunctions.find((f) => f.id === id)!.run(...args);
    // Sheets shows a null as a blank cell.
    return { value: Array.isArray(result) ? result.map((row) => row.map((v) => (v === null ? '' : v))) : result === null ? '' : result };
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionInputError);
    return { error: (e as FunctionInputError).text.es };
  }
}

describe('custom functions through the stubs of Code.js', () => {
  if (!fs.existsSync(codeFile)) throw new Error('dist/apps-script/Code.js is missing: run `npm run build` (npm test builds first).');
  const source = fs.readFileSync(codeFile, 'utf8');
  const log = new CallLog();
  const context = vm.createContext({
    Utilities: new FakeUtilities(log),
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }) },
  });
  vm.runInContext(source, context);
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const declared = new Map(
    file.statements.filter(ts.isFunctionDeclaration).map((f) => [f.name!.text, { params: f.parameters.map((p) => p.name.getText()), doc: ts.getJSDocCommentsAndTags(f).map((d) => d.getText()).join('\n') }]),
  );

  test('every function of the registry has a case here', () => {
    expect(Object.keys(cases).sort()).toEqual(customFunctions.map((f) => f.id).sort());
  });

  test.each(customFunctions.map((f) => [sheetsFunctionName(f), f.id] as const))('%s is a top-level function with named parameters and a @customfunction JSDoc', (name, id) => {
    const spec = customFunctions.find((f) => f.id === id)!;
    expect(name).toMatch(/^CC_[A-Z][A-Z0-9_]*[A-Z0-9]$/);
    const stub = declared.get(name);
    expect(stub).toBeDefined();
    expect(stub!.params).toEqual(spec.params.map((p) => p.name.es));
    expect(stub!.doc).toContain('@customfunction');
    expect(stub!.doc).toContain(spec.description.es);
    for (const p of spec.params) expect(stub!.doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name.es} `));
  });

  test.each(Object.keys(cases))('%s: success gives the same result as in Excel', (id) => {
    const name = sheetsFunctionName(customFunctions.find((f) => f.id === id)!);
    const expected = excelOutcome(id, cases[id].ok.excel);
    expect(expected.error).toBeUndefined();
    const got = (context as Record<string, (...a: unknown[]) => unknown>)[name](...cases[id].ok.sheets);
    expect(JSON.parse(JSON.stringify(calendarResult(got)))).toEqual(JSON.parse(JSON.stringify(expected.value)));
  });

  test.each(Object.keys(cases))('%s: a bad argument throws the same Spanish message as in Excel', (id) => {
    const name = sheetsFunctionName(customFunctions.find((f) => f.id === id)!);
    const expected = excelOutcome(id, cases[id].bad.excel);
    expect(expected.error).toMatch(/\S/);
    let message: string | null = null;
    try {
      (context as Record<string, (...a: unknown[]) => unknown>)[name](...cases[id].bad.sheets);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(expected.error);
  });

  test('dates are converted in the spreadsheet zone only when an argument holds one', () => {
    log.calls.length = 0;
    (context as Record<string, (...a: unknown[]) => unknown>).CC_MES('febrero 2025');
    expect(log.count('Utilities.formatDate')).toBe(0);
    // 1 February at midnight in Madrid is 31 January in UTC: still February.
    expect((context as Record<string, (...a: unknown[]) => unknown>).CC_MES(instantOfWallClock(feb1, timeZone))).toBe('2025-02');
    expect(log.count('Utilities.formatDate')).toBe(1);
  });

  test('date results are Sheets dates: midnight of the day in the spreadsheet’s zone, across a clock change', () => {
    const call = (name: string, ...args: unknown[]) => (context as Record<string, (...a: unknown[]) => unknown>)[name](...args);
    const shown = (d: unknown) => new FakeUtilities(new CallLog()).formatDate(d as Date, timeZone, "yyyy-MM-dd'T'HH:mm:ss");
    // Filed in winter time (UTC+1), due in summer time (UTC+2) in Madrid.
    const due = call('CC_VENCIMIENTO', sheetsDate('2025-03-14'), 'Petición', undefined);
    expect(Object.prototype.toString.call(due)).toBe('[object Date]');
    expect(shown(due)).toBe('2025-04-07T00:00:00');
    const holidays = call('CC_FESTIVOS', 2026) as unknown[][];
    expect(shown(holidays[0][0])).toBe('2026-01-01T00:00:00');
    expect(holidays.map((r) => [shown(r[0]).slice(0, 10), r[1]])).toContainEqual(['2026-07-13', 'Nuestra Señora del Rosario de Chiquinquirá']);
    // Text dates (dd/mm/aaaa) read as in Excel, and a count of days stays a number.
    expect(call('CC_DIAS_HABILES', '14/03/2025', '09/04/2025', undefined)).toBe(17);
  });
});
