import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { chartFormatCode, type ChartSpec, type OutputSheet } from '../../../core/output';
import { chartXml, resolveChart } from '../../../cli/xlsx/writer/charts';
import { openPackage, part, sheetXml, tempDir, writeResult } from '../xlsx-helpers';
import { requireCommands } from '../../support/tools';

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

/** An input whose parts do not follow tab order (`sheet1.xml` is the second tab), with a user chart-free sheet. */
async function inputFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Borrada');
  book.addWorksheet('Canales').getCell('A1').value = 'Mes';
  book.addWorksheet('Reportado').getCell('A1').value = 'Mes';
  book.removeWorksheet(book.getWorksheet('Borrada')!.id);
  const file = path.join(dir, 'entrada.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const relsOf = (xml: string) => [...xml.matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));

describe('charts of output sheets', () => {
  it('add chart, drawing, relationships and content types to the output sheet part', async () => {
    const file = await writeResult(await inputFile(), path.join(dir, 'graficos.xlsx'), [indicators([column, { ...column, kind: 'pie', title: 'Participación', anchor: { cell: 'E20', columns: 8, rows: 16 } }])]);
    const zip = await openPackage(file);
    const sheet = await sheetXml(zip, 'Indicadores');
    expect(sheet.xml).toMatch(/<pageSetup [^>]*\/><drawing r:id="rId1"\/><\/worksheet>$/);
    const rels = relsOf(await part(zip, sheet.path.replace('worksheets/', 'worksheets/_rels/') + '.rels'));
    expect(rels).toEqual([{ Id: 'rId1', Type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing', Target: '../drawings/drawing1.xml' }]);

    const drawing = await part(zip, 'xl/drawings/drawing1.xml');
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    expect(drawing).toContain('<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>');
    expect(drawing).toContain('<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>');
    const chartRels = relsOf(await part(zip, 'xl/drawings/_rels/drawing1.xml.rels'));
    expect(chartRels.map((r) => r.Target)).toEqual(['../charts/chart1.xml', '../charts/chart2.xml']);
    expect([...drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1])).toEqual(chartRels.map((r) => r.Id));

    const types = await part(zip, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('/xl/charts/chart2.xml');

    const chart = await part(zip, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:f>'Indicadores'!$A$2:$A$4</c:f>");
    expect(chart).toContain('<c:pt idx="2"><c:v>Virtual &amp; &lt;web&gt;</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="1"><c:v>1371</c:v></c:pt>');
    expect(chart).toContain(`<c:numFmt formatCode="${chartFormatCode('count').replace(/>/g, '&gt;')}" sourceLinked="0"/><c:spPr>`); // the data labels' format, locale-free dots
    expect(chart).toContain('<a:t>Interacciones por canal</a:t>');
    const pie = await part(zip, 'xl/charts/chart2.xml');
    expect(pie).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(pie.match(/<c:dPt>/g)).toHaveLength(3);
    expect(pie).not.toContain('<c:catAx>');
  });

  it('a re-run replaces the sheet with its charts: the old drawing and chart parts go', async () => {
    const first = await writeResult(await inputFile(), path.join(dir, 'uno.xlsx'), [indicators([column, { ...column, anchor: { cell: 'E20', columns: 4, rows: 4 } }])]);
    const second = await writeResult(first, path.join(dir, 'dos.xlsx'), [indicators([column])]);
    const zip = await openPackage(second);
    expect(Object.keys(zip.files).filter((f) => /charts\/|drawings\//.test(f)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/drawing1.xml']);
    expect(await part(zip, '[Content_Types].xml')).not.toContain('chart2.xml');
  });

  it('write no drawing when no sheet has charts', async () => {
    const zip = await openPackage(await writeResult(await inputFile(), path.join(dir, 'sin.xlsx'), [indicators([])]));
    expect(Object.keys(zip.files).some((f) => f.includes('drawing') || f.includes('chart'))).toBe(false);
  });
});

describe('chart parts', () => {
  const rows = indicators([]).rows;

  it('cache values as written: percent cells as fractions, blanks and text as gaps', () => {
    const resolved = resolveChart({ ...column, series: [{ name: 'Satisfacción', values: 'C1:C5' }], categories: 'A1:A5', format: 'percent' }, rows);
    expect(resolved.series[0].values).toEqual([null, 0.998, 0.984, 0.977, null]);
    expect(resolved.categories).toEqual(['Canal', 'Telefónico', 'Presencial', 'Virtual & <web>', 'Canales!A1']);
  });

  it('draw horizontal bars first category on top, with a fixed maximum in the values’ unit', () => {
    const xml = chartXml(resolveChart({ ...column, kind: 'bar', series: [{ name: 'S', values: 'C2:C4' }], format: 'percent', max: 100 }, rows), 'Indicadores');
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<c:scaling><c:orientation val="maxMin"/></c:scaling>');
    expect(xml).toContain('<c:max val="1"/><c:min val="0"/>');
    expect(xml).toContain('<c:numFmt formatCode="[$-240A]0.0 %" sourceLinked="0"/>');
    expect(xml).toContain('<c:numFmt formatCode="0 %" sourceLinked="0"/>'); // the axis: no decimals
    expect(xml.match(/<c:axId val="\d+"\/>/g)).toHaveLength(4); // two in the plot, one per axis: no orphan axis
  });

  it('stack columns and draw lines', () => {
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
  });
});

describe('chart numbers in LibreOffice under two locales', () => {
  /** Cells in General format (`6217`, `0.4239`): Colombian figures in the PDF can only come from the charts' labels. */
  const sheet: OutputSheet = {
    name: 'Gráficos',
    columnWidths: [14, 12, 12],
    rows: [
      ['Canal', 'Interacciones', 'Participación'],
      ['Telefónico', 142, 0.0184],
      ['Presencial', 1371, 0.1774],
      ['Virtual', 6217, 0.4239],
    ],
    charts: [
      { kind: 'column', title: 'Interacciones por canal', categories: 'A2:A4', series: [{ name: 'Interacciones', values: 'B2:B4' }], anchor: { cell: 'E1', columns: 8, rows: 14 }, dataLabels: true, format: 'count' },
      { kind: 'bar', title: 'Participación por canal', categories: 'A2:A4', series: [{ name: 'Participación', values: 'C2:C4' }], anchor: { cell: 'E16', columns: 8, rows: 14 }, dataLabels: true, format: 'percent', decimals: 2, max: 100 },
    ],
  };

  it.each(['en_US.UTF-8', 'es_CO.UTF-8'])('labels read 6.217 and 42,39 %% under %s', async (locale) => {
    if (!requireCommands(['soffice', 'pdftotext'], 'LibreOffice rendering of chart labels')) return;
    const file = await writeResult(await inputFile(), path.join(dir, 'graficos.xlsx'), [sheet]);
    const env = { ...process.env, LANG: locale, LC_ALL: locale };
    const lo = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'perfil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { env, encoding: 'utf8', timeout: 180_000 });
    expect(lo.status).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', path.join(dir, 'graficos.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Interacciones por canal'); // the chart was drawn
    expect(text).toContain('6217'); // the cell, in General
    expect(text).toContain('6.217'); // the data label
    expect(text).toContain('1.371');
    expect(text).toContain('42,39 %');
    expect(text).toContain('7.000'); // the value axis
    expect(text).not.toMatch(/6,217|42\.39 ?%/);
  }, 240_000);
});
