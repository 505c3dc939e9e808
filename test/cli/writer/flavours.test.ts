/**
 * Packages written by other programs: SpreadsheetML with namespace prefixes (OpenXML SDK, ClosedXML)
 * and Strict Open XML. Edits follow the part's own prefix and the package's own namespaces, and
 * LibreOffice reads the result.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { requireCommands } from '../../support/tools';
import { cellStates, openPackage, part, tempDir, writeResult } from '../xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const prefixed = path.join(__dirname, '..', '..', 'fixtures', 'cases', 'namespace-prefixed-xml.xlsx');
const output = { name: 'Indicadores', rows: [['Indicador', 'Valor'], ['Interacciones', { value: 7730, format: 'count' as const }]] };
const marks = [{ sheet: 'Canales', cell: 'C2', fill: 'F8CBAD', note: 'Error: revisar' }];

/** The prefixed case turned Strict: Strict namespaces in every part and relationship type. */
async function strictCopy(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(prefixed));
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    const xml = await zip.files[name].async('string');
    zip.file(
      name,
      xml
        .split('http://schemas.openxmlformats.org/spreadsheetml/2006/main').join('http://purl.oclc.org/ooxml/spreadsheetml/main')
        .split('http://schemas.openxmlformats.org/officeDocument/2006/relationships').join('http://purl.oclc.org/ooxml/officeDocument/relationships'),
    );
  }
  const file = path.join(dir, 'estricto.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

function pdfText(file: string): string {
  spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'perfil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 180_000 });
  return spawnSync('pdftotext', ['-layout', file.replace(/\.xlsx$/, '.pdf'), '-'], { encoding: 'utf8' }).stdout;
}

test('a namespace-prefixed package gets prefixed edits', async () => {
  const input = path.join(dir, 'prefijos.xlsx');
  copyFileSync(prefixed, input);
  const result = await writeResult(input, path.join(dir, 'prefijos-resultado.xlsx'), [output], marks);
  const zip = await openPackage(result);
  expect(await part(zip, 'xl/workbook.xml')).toMatch(/<x:sheet name="Indicadores" sheetId="2" r:id="rId\d+"\/><\/x:sheets>/);
  const sheet = await part(zip, 'xl/worksheets/sheet1.xml');
  expect(sheet).toMatch(/<x:c r="C2" s="\d+"/);
  expect(sheet).toMatch(/<x:legacyDrawing r:id="rId\d+"\/><\/x:worksheet>$/);
  const styles = await part(zip, 'xl/styles.xml');
  expect(styles).toContain('<x:fgColor rgb="FFF8CBAD"/>');
  expect(styles).not.toMatch(/<(fill|xf|font|numFmt)\b/); // nothing unprefixed, which would be in no namespace
  expect(await part(zip, 'xl/comments1.xml')).toContain('<comment ref="C2"'); // a part of the tool's own: its own (default) prefix
  expect(await cellStates(result, marks)).toEqual(marks);
  if (!requireCommands(['soffice', 'pdftotext'], 'LibreOffice reading a prefixed result')) return;
  const text = pdfText(result);
  expect(text).toContain('Interacciones');
  expect(text).toContain('7.730');
  expect(text).toContain('1371'); // the user's cells, still there
}, 240_000);

test('a Strict package gets Strict parts and relationship types', async () => {
  const input = await strictCopy();
  const result = await writeResult(input, path.join(dir, 'estricto-resultado.xlsx'), [output], marks);
  const zip = await openPackage(result);
  const rels = await part(zip, 'xl/_rels/workbook.xml.rels');
  expect(rels).toMatch(/Type="http:\/\/purl.oclc.org\/ooxml\/officeDocument\/relationships\/worksheet" Target="worksheets\/sheet2.xml"/);
  const added = await part(zip, 'xl/worksheets/sheet2.xml');
  expect(added).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
  expect(added).not.toContain('schemas.openxmlformats.org/spreadsheetml');
  expect(await part(zip, 'xl/comments1.xml')).toContain('purl.oclc.org/ooxml/spreadsheetml/main');
  expect(await cellStates(result, marks)).toEqual(marks);
  if (!requireCommands(['soffice', 'pdftotext'], 'LibreOffice reading a Strict result')) return;
  const text = pdfText(result);
  expect(text).toContain('7.730');
  expect(text).toContain('1371');
}, 240_000);
