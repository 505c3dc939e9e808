import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { ChartSpec, OutputSheet } from '../../core/output';
import { applyCellMarks, applyOutputSheets, createBook, readWorkbookFile, writeWorkbookAtomically, type XlsxBook } from '../../cli/xlsx';
import { chartXml, resolveChart } from '../../cli/xlsx/charts';
import { attributes, insertWorksheetElement, relativeTarget, resolveTarget, rootChildren, sheetParts, tagsOf } from '../../cli/xlsx/ooxml';
import { openPackage, part, tempDir } from './xlsx-helpers';
import { requireCommands } from '../support/tools';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const column: ChartSpec = {
  kind: 'column',
  title: 'Interacciones por canal',
  categories: 'A2:A4',
  series: [{ name: 'Interacciones', values: 'B2:B4' }],
  anchor: { cell: 'E2', columns: 8, rows: 16 },
  dataLabels: true,
  format: 'count',
};

const indicators = (charts: ChartSpec[]): OutputSheet => ({
  name: 'Indicadores',
  freezeRows: 1,
  rows: [
    [{ value: 'Canal', bold: true }, { value: 'Interacciones', bold: true }, { value: 'Satisfacción', bold: true }],
    ['Telefónico', { value: 142, format: 'count' }, { value: 99.8, format: 'percent' }],
    ['Presencial', { value: 1371, format: 'count' }, { value: 98.4, format: 'percent' }],
    ['Virtual & <web>', { value: 812, format: 'count' }, { value: 97.7, format: 'percent' }],
    [{ value: 'Canales!A1', link: { sheet: 'Canales', cell: 'A1' } }],
  ],
  charts,
});

/** A book whose exceljs ids do not follow tab order: the output sheet lands in `sheet1.xml` but is the last tab. */
function bookWithHole(): XlsxBook {
  const xb = createBook();
  xb.book.addWorksheet('Borrada');
  xb.book.addWorksheet('Canales').getCell('A1').value = 'Mes';
  xb.book.addWorksheet('Reportado').getCell('A1').value = 'Mes';
  xb.book.removeWorksheet(xb.book.getWorksheet('Borrada')!.id);
  return xb;
}

/** Sheet name → part path, read independently of the code under test. */
async function partOf(zip: JSZip, name: string): Promise<string> {
  const workbook = await part(zip, 'xl/workbook.xml');
  const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const rels = await part(zip, 'xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)![1];
  return `xl/${target}`;
}

describe('chart injection', () => {
  it('adds chart, drawing, relationships and content types to the output sheet part', async () => {
    const xb = bookWithHole();
    applyOutputSheets(xb, [indicators([column, { ...column, kind: 'pie', title: 'Participación', anchor: { cell: 'E20', columns: 8, rows: 16 } }])]);
    // A note on the output sheet makes exceljs write comments + vmlDrawing rels and a <legacyDrawing>.
    applyCellMarks(xb, [{ sheet: 'Indicadores', cell: 'C1', fill: null, note: 'nota' }]);
    const file = path.join(dir, 'graficos.xlsx');
    await writeWorkbookAtomically(xb, file);
    const zip = await openPackage(file);

    const sheetPath = await partOf(zip, 'Indicadores');
    expect(sheetPath).toBe('xl/worksheets/sheet1.xml'); // the hole: not the third file
    const sheet = await part(zip, sheetPath);
    const drawingTag = tagsOf(sheet, 'drawing');
    expect(drawingTag).toHaveLength(1);
    const order = rootChildren(sheet).map((c) => c.name);
    expect(order.indexOf('drawing')).toBe(order.indexOf('pageSetup') + 1);
    expect(order.indexOf('drawing')).toBeLessThan(order.indexOf('legacyDrawing'));
    expect(order.indexOf('hyperlinks')).toBeLessThan(order.indexOf('pageMargins'));

    const sheetRels = await part(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
    const rels = tagsOf(sheetRels, 'Relationship').map(attributes);
    expect(rels.map((r) => r.Type.split('/').pop()).sort()).toEqual(['comments', 'drawing', 'vmlDrawing']);
    expect(new Set(rels.map((r) => r.Id)).size).toBe(3);
    const drawingRel = rels.find((r) => r.Type.endsWith('/drawing'))!;
    expect(attributes(drawingTag[0])['r:id']).toBe(drawingRel.Id);
    const drawingPath = resolveTarget(sheetPath, drawingRel.Target);
    expect(drawingPath).toBe('xl/drawings/drawing1.xml');

    const drawing = await part(zip, drawingPath);
    expect(tagsOf(drawing, 'xdr:twoCellAnchor')).toHaveLength(2);
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>');
    const chartRels = tagsOf(await part(zip, 'xl/drawings/_rels/drawing1.xml.rels'), 'Relationship').map(attributes);
    expect(chartRels.map((r) => resolveTarget(drawingPath, r.Target))).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
    const frameIds = tagsOf(drawing, 'c:chart').map((t) => attributes(t)['r:id']);
    expect(frameIds).toEqual(chartRels.map((r) => r.Id));

    const types = await part(zip, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('/xl/charts/chart2.xml');

    const chart = await part(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:f>&apos;Indicadores&apos;!$A$2:$A$4</c:f>");
    expect(chart).toContain("<c:f>&apos;Indicadores&apos;!$B$2:$B$4</c:f>");
    expect(chart).toContain('<c:pt idx="2"><c:v>Virtual &amp; &lt;web&gt;</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="1"><c:v>1371</c:v></c:pt>');
    expect(chart).toContain('<c:showVal val="1"/>');
    expect(chart).toContain('<a:t>Interacciones por canal</a:t>');
    const pie = await part(zip, 'xl/charts/chart2.xml');
    expect(pie).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(tagsOf(pie, 'c:dPt')).toHaveLength(3);
    expect(pie).not.toContain('<c:catAx>');
  });

  it('leaves a file exceljs still reads, and reports the sheets whose charts reading loses', async () => {
    const xb = bookWithHole();
    applyOutputSheets(xb, [indicators([column])]);
    const file = path.join(dir, 'graficos.xlsx');
    await writeWorkbookAtomically(xb, file);
    const back = await readWorkbookFile(file);
    expect(back.raw.sheets.map((s) => s.name)).toEqual(['Canales', 'Reportado', 'Indicadores']);
    expect(back.raw.sheets[2].values[2]).toEqual(['Presencial', 1371, 0.984]);
    expect(back.inputHadCharts).toBe(true);
    expect(back.inputChartSheets).toEqual(['Indicadores']);
    // a re-run rewrites the sheet with its chart: one chart, not two
    applyOutputSheets(back, [indicators([column])]);
    const again = path.join(dir, 'otra-vez.xlsx');
    await writeWorkbookAtomically(back, again);
    const zip = await openPackage(again);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('xl/charts/'))).toEqual(['xl/charts/chart1.xml']);
  });

  it('writes no drawing when no sheet has charts', async () => {
    const xb = bookWithHole();
    applyOutputSheets(xb, [indicators([])]);
    const file = path.join(dir, 'sin.xlsx');
    await writeWorkbookAtomically(xb, file);
    const zip = await openPackage(file);
    expect(Object.keys(zip.files).some((f) => f.includes('drawing') || f.includes('chart'))).toBe(false);
    expect((await readWorkbookFile(file)).inputHadCharts).toBe(false);
  });
});

describe('chart parts', () => {
  const rows = indicators([]).rows;

  it('caches values as written: percent cells as fractions, blanks and text as gaps', () => {
    const resolved = resolveChart({ ...column, series: [{ name: 'Satisfacción', values: 'C1:C5' }], categories: 'A1:A5', format: 'percent' }, rows);
    expect(resolved.series[0].values).toEqual([null, 0.998, 0.984, 0.977, null]);
    expect(resolved.categories).toEqual(['Canal', 'Telefónico', 'Presencial', 'Virtual & <web>', 'Canales!A1']);
  });

  it('draws horizontal bars first category on top, with a fixed maximum in the values’ unit', () => {
    const xml = chartXml(resolveChart({ ...column, kind: 'bar', series: [{ name: 'S', values: 'C2:C4' }], format: 'percent', max: 100 }, rows), 'Indicadores');
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<c:scaling><c:orientation val="maxMin"/></c:scaling>');
    expect(xml).toContain('<c:max val="1"/><c:min val="0"/>');
    expect(xml).toContain('<c:numFmt formatCode="[$-240A]0.0 %" sourceLinked="0"/>');
  });

  it('stacks columns and draws lines', () => {
    const two = [
      { name: 'A', values: 'B2:B4' },
      { name: 'B', values: 'B2:B4' },
    ];
    const stacked = chartXml(resolveChart({ ...column, kind: 'columnStacked', series: two }, rows), 'Indicadores');
    expect(stacked).toContain('<c:grouping val="stacked"/>');
    expect(stacked).toContain('<c:overlap val="100"/>');
    expect(stacked).toContain('<c:legend>');
    const line = chartXml(resolveChart({ ...column, kind: 'line', dataLabels: false }, rows), 'Indicadores');
    expect(line).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(line).not.toContain('<c:dLbls>');
    expect(line).not.toContain('<c:legend>'); // one series: the title says it all
    expect(line).not.toContain('<c:max ');
  });
});

describe('package helpers', () => {
  it('maps sheet names to parts through workbook.xml, whatever the file names', async () => {
    const zip = new JSZip();
    zip.file('_rels/.rels', '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>');
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="B &amp; C" sheetId="9" r:id="rId2"/><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Gráfico" sheetId="3" r:id="rId3"/></sheets></workbook>');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/hoja.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/otra.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
    );
    expect(await sheetParts(zip)).toEqual([
      { name: 'B & C', path: 'xl/worksheets/otra.xml', kind: 'worksheet' },
      { name: 'A', path: 'xl/worksheets/hoja.xml', kind: 'worksheet' },
      { name: 'Gráfico', path: 'xl/chartsheets/sheet1.xml', kind: 'chartsheet' },
    ]);
  });

  it('resolves and builds relationship targets', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/a.xml')).toBe('xl/worksheets/a.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/drawings/drawing1.xml')).toBe('../drawings/drawing1.xml');
    expect(relativeTarget('xl/drawings/drawing1.xml', 'xl/charts/chart3.xml')).toBe('../charts/chart3.xml');
  });

  it('inserts worksheet children at their schema position, ignoring nested elements', () => {
    const xml =
      '<worksheet><sheetData><row r="1"/></sheetData><conditionalFormatting sqref="A1"><cfRule type="dataBar"><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
      '<pageMargins left="0.7"/><pageSetup/><tableParts count="0"/><extLst><ext/></extLst><legacyDrawing r:id="rId1"/></worksheet>';
    const withLinks = insertWorksheetElement(xml, 'hyperlinks', '<hyperlinks/>');
    expect(withLinks).toContain('</conditionalFormatting><hyperlinks/><pageMargins');
    const withDrawing = insertWorksheetElement(withLinks, 'drawing', '<drawing r:id="rId2"/>');
    expect(withDrawing).toContain('<pageSetup/><drawing r:id="rId2"/><tableParts');
    expect(() => insertWorksheetElement(withDrawing, 'drawing', '<drawing/>')).toThrow();
    expect(insertWorksheetElement('<worksheet><sheetData/></worksheet>', 'drawing', '<drawing/>')).toBe('<worksheet><sheetData/><drawing/></worksheet>');
  });
});


describe('rendering in LibreOffice', () => {
  it('converts a workbook with charts to PDF, drawing the charts', async () => {
    if (!requireCommands(['soffice'], 'LibreOffice rendering of charts')) return;
    const xb = bookWithHole();
    applyOutputSheets(xb, [indicators([column, { ...column, kind: 'bar', title: 'Satisfacción por canal', series: [{ name: 'Satisfacción', values: 'C2:C4' }], format: 'percent', max: 100, anchor: { cell: 'E20', columns: 8, rows: 16 } }])]);
    const file = path.join(dir, 'graficos.xlsx');
    await writeWorkbookAtomically(xb, file);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'perfil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = path.join(dir, 'graficos.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    if (spawnSync('pdftotext', ['-v']).status === 0) {
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      // Chart titles exist only inside the charts: finding them means LibreOffice drew the charts.
      expect(text).toContain('Interacciones por canal');
      expect(text).toContain('Satisfacción por canal');
    }
  }, 180_000);
});
