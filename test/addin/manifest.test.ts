/**
 * The manifest, offline (no Microsoft validation service): well-formed, elements in schema order,
 * every resid resolving to a resource of the right kind, ids ≤ 32 characters, one resid for the
 * runtime, the functions' page and script and the function file, every ribbon function associated
 * by the bundle, https everywhere, every file it points at built.
 */
import fs from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { menuEntries } from '../../core/actions/menu';
import { addinFiles, excelManifestXml, manifestFiles, ribbonFunctionName, type ManifestEnvironment } from '../../manifests/excel';
import { environmentOf } from '../../addin/build/generate';
import { builtFile, distAddin, loadBundle } from './built';

const dev: ManifestEnvironment = { name: 'dev', baseUrl: 'https://localhost:3000', version: '0.1.0.0' };
const version: string = JSON.parse(fs.readFileSync(`${__dirname}/../../package.json`, 'utf8')).version;

function parse(xml: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(errors.join('; '));
  return doc.documentElement as unknown as Element;
}

const children = (e: Element) => Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1) as Element[];
const all = (e: Element, name: string) => Array.from(e.getElementsByTagName(name)) as Element[];
const local = (e: Element) => e.localName ?? e.nodeName.replace(/^.*:/, '');
const xsiType = (e: Element) => e.getAttribute('xsi:type') ?? '';

/** Children names in order must follow the sequence (each name may repeat, optional ones may be absent). */
function expectOrder(parent: Element, sequence: readonly string[]): void {
  const names = children(parent).map(local);
  let at = 0;
  for (const name of names) {
    const i = sequence.indexOf(name, at);
    if (i < 0) throw new Error(`<${local(parent)}>: <${name}> out of order or not allowed (order: ${names.join(', ')})`);
    at = i;
  }
}

/** Child orders of the add-in-only manifest (TaskPaneApp schema, VersionOverrides 1.0, shared-runtime docs). */
const orders: Record<string, readonly string[]> = {
  OfficeApp: ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  Host: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  CustomTab: ['Group', 'Label'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
};

describe('the Excel manifest (offline)', () => {
  // The development manifest (the build writes the production one when ADDIN_BASE_URL is set).
  const xml = excelManifestXml(environmentOf({}, version));
  const root = parse(xml);

  it('is what the build wrote for its environment: well-formed, a TaskPaneApp with a GUID id and https URLs', () => {
    expect(fs.readFileSync(builtFile('manifest.xml'), 'utf8')).toBe(excelManifestXml(environmentOf(process.env, version)));
    expect(local(root)).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
    expect(all(root, 'Id')[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
    expect(all(root, 'AppDomain').map((e) => e.textContent)).toEqual(['https://localhost:3000']);
  });

  it('keeps every element in schema order', () => {
    const check = (e: Element) => {
      const name = local(e);
      if (name === 'Host' && xsiType(e) === 'Workbook') expectOrder(e, orders.Host);
      else if (orders[name] && name !== 'Host' && !(name === 'Description' || name === 'Label')) expectOrder(e, orders[name]);
      if (name === 'ExtensionPoint' && xsiType(e) === 'CustomFunctions') expectOrder(e, ['Script', 'Page', 'Metadata', 'Namespace']);
      if (name === 'Action') expectOrder(e, ['FunctionName']);
      children(e).forEach(check);
    };
    check(root);
    // Runtimes comes first inside the Excel host (shared runtime).
    const host = all(root, 'Host').find((h) => xsiType(h) === 'Workbook')!;
    expect(local(children(host)[0])).toBe('Runtimes');
  });

  it('an element out of order is caught', () => {
    const bad = parse(xml.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'));
    expect(() => expectOrder(bad, orders.OfficeApp)).toThrow(/out of order/);
  });

  it('resolves every resid to a resource of the right kind, ids ≤ 32 characters, strings within Office limits', () => {
    const kinds = new Map<string, string>();
    for (const kind of ['Image', 'Url', 'String']) for (const r of all(root, `bt:${kind}`)) if (r.getAttribute('id')) kinds.set(r.getAttribute('id')!, kind === 'String' ? local(r.parentNode as Element) : kind);
    for (const id of kinds.keys()) expect(id.length).toBeLessThanOrEqual(32);
    const resids = [...xml.matchAll(/<([\w:]+)[^>]*\sresid="([^"]+)"/g)];
    expect(resids.length).toBeGreaterThan(50);
    for (const [, element, resid] of resids) {
      const kind = kinds.get(resid);
      expect([element, resid, kind !== undefined]).toEqual([element, resid, true]);
      const wanted: Record<string, string> = { 'bt:Image': 'Image', SourceLocation: 'Url', FunctionFile: 'Url', Runtime: 'Url', LearnMoreUrl: 'Url', Label: 'ShortStrings', Title: 'ShortStrings', Namespace: 'ShortStrings', Description: 'LongStrings' };
      expect([resid, kind]).toEqual([resid, wanted[element]]);
    }
    for (const s of all(root, 'bt:String')) {
      const limit = local(s.parentNode as Element) === 'ShortStrings' ? 125 : 250;
      for (const v of [s.getAttribute('DefaultValue')!, ...all(s, 'bt:Override').map((o) => o.getAttribute('Value')!)]) expect(v.length).toBeLessThanOrEqual(limit);
    }
    for (const e of [...all(root, 'Control'), ...all(root, 'Group'), ...all(root, 'CustomTab')]) expect(e.getAttribute('id')!.length).toBeLessThanOrEqual(32);
  });

  it('serves the runtime, the functions page and script and the function file from one resid; no TaskpaneId', () => {
    const resid = (e: Element) => e.getAttribute('resid') ?? all(e, 'SourceLocation')[0]?.getAttribute('resid');
    const runtime = all(root, 'Runtime');
    expect(runtime).toHaveLength(1);
    expect(runtime[0].getAttribute('lifetime')).toBe('long');
    const id = resid(runtime[0]);
    expect([resid(all(root, 'Script')[0]), resid(all(root, 'Page')[0]), resid(all(root, 'FunctionFile')[0])]).toEqual([id, id, id]);
    expect(xml).not.toContain('TaskpaneId');
    expect(all(root, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toContainEqual(['SharedRuntime', '1.1']);
  });

  it('has one ribbon button per menu entry, each function associated by the built bundle', () => {
    const names = all(root, 'FunctionName').map((e) => e.textContent);
    expect(names).toEqual(menuEntries.map(ribbonFunctionName));
    const bundle = loadBundle();
    expect([...bundle.ribbon.keys()].sort()).toEqual([...names].sort());
    const labels = all(root, 'Control').map((c) => all(c, 'Label')[0].getAttribute('resid'));
    const strings = new Map(all(root, 'bt:String').map((s) => [s.getAttribute('id'), s.getAttribute('DefaultValue')]));
    expect(labels.map((l) => strings.get(l!))).toEqual(['Calcular indicadores', 'Revisar consistencia', 'Borrar marcas', 'Diapositivas del mes', 'Vencimientos PQRSD', 'Autodiagnóstico', 'Espacios de rendición de cuentas', 'Todo', 'Insertar plantilla', 'Abrir panel']);
    expect(strings.get('CC.Tab.Label')).toBe('Cuentas Claras');
  });

  it('speaks Spanish by default and English to English locales; functions metadata per language', () => {
    expect(all(root, 'DefaultLocale')[0].textContent).toBe('es-CO');
    const label = all(root, 'bt:String').find((s) => s.getAttribute('id') === 'CC.checks.Label')!;
    const overrides = all(label, 'bt:Override').map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]);
    expect(overrides).toContainEqual(['en-us', 'Check consistency']);
    expect(overrides.every(([l]) => /^en-/.test(l!))).toBe(true);
    const functionsUrl = all(root, 'bt:Url').find((u) => u.getAttribute('id') === 'CC.Functions.Url')!;
    expect(functionsUrl.getAttribute('DefaultValue')).toBe(`https://localhost:3000/${addinFiles.functionsMetadata.es}`);
    expect(all(functionsUrl, 'bt:Override')[0].getAttribute('Value')).toBe(`https://localhost:3000/${addinFiles.functionsMetadata.en}`);
  });

  it('points only at files the build wrote (icons 16/32/80 and 64/128 included)', () => {
    if (environmentOf(process.env, version).name !== 'dev') return; // files are checked against the development build
    const referenced = [...xml.matchAll(/https:\/\/localhost:3000\/([^"]*)"/g)].map((m) => m[1]).filter((f) => f !== '');
    expect(new Set(referenced)).toEqual(new Set(manifestFiles()));
    for (const file of manifestFiles()) expect(fs.existsSync(`${distAddin}/${file}`)).toBe(true);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(`${distAddin}/${addinFiles.icon('app', size)}`);
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  it('builds the production manifest from ADDIN_BASE_URL, https only', () => {
    const env = environmentOf({ ADDIN_BASE_URL: 'https://complementos.entidad.gov.co/cuentas-claras/' }, '0.1.0');
    expect(env).toEqual({ name: 'production', baseUrl: 'https://complementos.entidad.gov.co/cuentas-claras', version: '0.1.0.0' });
    const prod = excelManifestXml(env);
    parse(prod);
    expect(prod).toContain('<SourceLocation DefaultValue="https://complementos.entidad.gov.co/cuentas-claras/taskpane.html"/>');
    expect(prod).toContain('<AppDomain>https://complementos.entidad.gov.co</AppDomain>');
    expect(prod).not.toContain('localhost');
    expect(prod).not.toContain('(desarrollo)');
    expect(() => environmentOf({ ADDIN_BASE_URL: 'http://entidad.gov.co' }, '0.1.0')).toThrow(/https/);
    expect(() => excelManifestXml({ ...dev, baseUrl: 'https://x.org/' })).toThrow(/trailing slash/);
  });
});
