/**
 * The benchmark's raw interaction log as an .xlsx file, written the way Excel writes one: shared
 * strings, dates as serial numbers in a `dd/mm/yyyy` cell style, a `<dimension>`, deflated parts.
 * Optionally with a `Resumen` sheet holding the COUNTIFS a user would write to get the same monthly
 * figures (without cached results, so a spreadsheet program must compute them).
 */
import fs from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';

const channels = ['Telefónico', 'Presencial', 'Virtual'];
const points = [['Sede Central', 'Sede Central'], ['PAR Nobsa', 'PAR'], ['PAR Cali', 'PAR'], ['PAL El Zulia', 'PAL']];
const types = ['RUCOM', 'AnnA Minería', 'Fallas tecnológicas', 'Consulta general'];
export const logHeader = ['Fecha', 'Canal', 'Punto de atención', 'Tipo de punto', 'Tipo de interacción', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho', 'Percepción favorable', 'Confía'];

type LogValue = string | number | null;

/** The deterministic log of `n` interactions over 2025 (Fecha as a serial date number). */
export function* logRows(n: number): Generator<LogValue[]> {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const channel = channels[Math.floor(rnd() * 3)];
    const point = channel === 'Presencial' ? points[Math.floor(rnd() * points.length)] : [null, null];
    const answered = rnd() < 0.4;
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor((i / n) * 12);
    const serial = (Date.UTC(2025, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
    yield [
      serial, channel, point[0], point[1], types[Math.floor(rnd() * types.length)],
      rnd() < 0.9 ? 'Sí' : 'No', answered ? 'Sí' : 'No', answered ? (rnd() < 0.95 ? 'Sí' : 'No') : null, answered ? 'Sí' : null, answered ? 'Sí' : null,
    ];
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The COUNTIFS of one month and channel, as a user would write them: interactions, resolved, surveyed, satisfied, favourable, trust. */
export const countifsColumns = ['Mes', 'Canal', 'Interacciones', 'Resueltas', 'Encuestados', 'Satisfechos', 'Percepción favorable', 'Confían'];
function countifsSheet(): string {
  const range = (col: string) => `Interacciones!$${col}$2:$${col}$1048576`;
  let rows = `<row r="1">${countifsColumns.map((h, c) => `<c r="${letters[c]}1" t="inlineStr"><is><t>${esc(h)}</t></is></c>`).join('')}</row>`;
  let r = 2;
  for (let m = 1; m <= 12; m++) {
    for (const ch of channels) {
      const when = `${range('A')},"&gt;="&amp;DATE(2025,${m},1),${range('A')},"&lt;"&amp;DATE(2025,${m + 1},1),${range('B')},"${esc(ch)}"`;
      const cells = [
        `<c r="A${r}"><v>${m}</v></c>`,
        `<c r="B${r}" t="inlineStr"><is><t>${esc(ch)}</t></is></c>`,
        `<c r="C${r}"><f>COUNTIFS(${when})</f></c>`,
        ...['F', 'G', 'H', 'I', 'J'].map((col, k) => `<c r="${letters[3 + k]}${r}"><f>COUNTIFS(${when},${range(col)},"Sí")</f></c>`),
      ];
      rows += `<row r="${r}">${cells.join('')}</row>`;
      r++;
    }
  }
  return `${xml}<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** Writes the log workbook (streaming: bounded memory whatever `rows`). */
export function writeLogWorkbook(file: string, rows: number, options: { countifs?: boolean; inlineStrings?: boolean } = {}): void {
  const fd = fs.openSync(file, 'w');
  let failed: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else fs.writeSync(fd, chunk);
  });
  const add = (name: string, content: string | Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(typeof content === 'string' ? Buffer.from(content) : content, true);
  };
  const sheets = options.countifs ? ['Interacciones', 'Resumen'] : ['Interacciones'];
  add(
    '[Content_Types].xml',
    `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  add('_rels/.rels', `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  add('xl/workbook.xml', `${xml}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
  add(
    'xl/_rels/workbook.xml.rels',
    `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  add(
    'xl/styles.xml',
    `${xml}<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );

  const strings = new Map<string, number>();
  const index = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(Buffer.from(`${xml}<worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="A1:J${rows + 1}"/><sheetData>`));
  let buf = '';
  const row = (r: number, values: LogValue[]) => {
    buf += `<row r="${r}" spans="1:10">`;
    values.forEach((v, c) => {
      if (v === null) return;
      if (typeof v === 'number') buf += `<c r="${letters[c]}${r}" s="1"><v>${v}</v></c>`;
      else if (options.inlineStrings) buf += `<c r="${letters[c]}${r}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
      else buf += `<c r="${letters[c]}${r}" t="s"><v>${index(v)}</v></c>`;
    });
    buf += '</row>';
    if (buf.length > 1 << 20) {
      sheet.push(Buffer.from(buf));
      buf = '';
    }
  };
  row(1, logHeader);
  let r = 2;
  for (const values of logRows(rows)) row(r++, values);
  sheet.push(Buffer.from(`${buf}</sheetData></worksheet>`), true);
  if (options.countifs) add('xl/worksheets/sheet2.xml', countifsSheet());
  add('xl/sharedStrings.xml', `${xml}<sst xmlns="${main}" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`);
  zip.end();
  fs.closeSync(fd);
  if (failed) throw failed;
}
