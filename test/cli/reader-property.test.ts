/**
 * Property: for random workbooks written by exceljs, the reader returns the same values, formats
 * and merges as the reading the command line had before (exceljs's model), under the port's
 * convention: where exceljs gives a Date for a date-formatted number, the reader gives the serial
 * number (in the workbook's date system) and `formatOf` says `date`.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readWorkbookBytes } from '../../cli/xlsx';
import { a1, columnLetters, type CellValue, type FormatKind } from '../../core/workbook';
import { exceljsValues } from '../support/exceljs-reading';

type Spec =
  | { kind: 'string'; v: string }
  | { kind: 'number'; v: number }
  | { kind: 'boolean'; v: boolean }
  | { kind: 'date'; v: Date }
  | { kind: 'error'; v: '#N/A' | '#DIV/0!' | '#VALUE!' | '#REF!' }
  | { kind: 'formula'; result: number | string | undefined }
  | { kind: 'rich'; runs: string[] }
  | { kind: 'link'; text: string };

const formats: Record<string, FormatKind> = { '0%': 'percent', '0.00%': 'percent', 'dd/mm/yyyy': 'date', '@': 'text', '#,##0.00': 'number', 'mmm-yy': 'date' };

// Text as people type it: any Unicode but XML-invalid control characters and literal `_xHHHH_`
// (exceljs writes it unescaped, so the file itself would be ambiguous).
const text = fc
  .string({ unit: 'grapheme', maxLength: 12 })
  .filter((s) => !/_x[0-9A-Fa-f]{4}_/.test(s) && !/[\u0000-\u001f\ufffe\uffff]/.test(s) && s.trim() === s);
const day = 86_400_000;
const spec: fc.Arbitrary<Spec> = fc.oneof(
  text.map((v) => ({ kind: 'string' as const, v })),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => ({ kind: 'number' as const, v: Object.is(v, -0) ? 0 : v })),
  fc.integer({ min: -5000, max: 5000 }).map((v) => ({ kind: 'number' as const, v })),
  fc.boolean().map((v) => ({ kind: 'boolean' as const, v })),
  fc.integer({ min: Date.UTC(1950, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }).map((s) => ({ kind: 'date' as const, v: new Date(s * 1000) })),
  fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!').map((v) => ({ kind: 'error' as const, v })),
  fc.option(fc.oneof(fc.integer({ min: -100, max: 1000 }), text.filter((s) => s.length > 0)), { nil: undefined }).map((result) => ({ kind: 'formula' as const, result })),
  fc.array(text.filter((s) => s.length > 0), { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: 'rich' as const, runs })),
  text.filter((s) => s.length > 0).map((t) => ({ kind: 'link' as const, text: t })),
);
const cell = fc.record({ row: fc.nat(7), col: fc.nat(5), spec, format: fc.option(fc.constantFrom(...Object.keys(formats)), { nil: undefined }) });
// Disjoint candidate merges, each in its own corner of the sheet (rows 9+, so they never hit random cells).
const mergeCandidates = ['A10:B10', 'D10:D12', 'F10:H11', 'A14:A15', 'C14:E14'];
const sheet = fc.record({
  name: fc.constantFrom('Canales', 'Interacciones', 'Hoja con un nombre largo', 'Señal ñ', 'Datos 2025'),
  cells: fc.array(cell, { maxLength: 25 }),
  merges: fc.subarray(mergeCandidates),
});
const workbook = fc.record({ sheets: fc.uniqueArray(sheet, { minLength: 1, maxLength: 3, selector: (s) => s.name }), date1904: fc.boolean() });

function exceljsValue(s: Spec): ExcelJS.CellValue {
  switch (s.kind) {
    case 'formula':
      return { formula: 'A1', result: s.result } as ExcelJS.CellFormulaValue;
    case 'rich':
      return { richText: s.runs.map((t, i) => ({ text: t, font: i % 2 ? { bold: true } : {} })) };
    case 'link':
      return { text: s.text, hyperlink: 'https://example.org/' };
    case 'error':
      return { error: s.v } as ExcelJS.CellErrorValue;
    default:
      return s.v;
  }
}

/** A Date as exceljs reads it back → the serial number of that date in the workbook's system. */
function serial(d: Date, date1904: boolean): number {
  return (d.getTime() - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / day;
}

/** Trailing blank rows and columns trimmed (the reader also counts formulas without a result). */
function trimmed(values: CellValue[][]): CellValue[][] {
  const rows = values.map((r) => [...r]);
  while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  const width = Math.max(0, ...rows.map((r) => r.reduce<number>((w, v, i) => (v === null ? w : i + 1), 0)));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

describe('reader ≡ the former exceljs reading, on workbooks exceljs writes', () => {
  it('same values, formats and merges', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (wb) => {
        const book = new ExcelJS.Workbook();
        if (wb.date1904) book.properties.date1904 = true;
        const expectedKinds: { sheet: number; row: number; col: number; kind: FormatKind }[] = [];
        const pending: { sheet: number; row: number; col: number }[] = [];
        // exceljs writes a formula's cached 0 (`<v>0</v>`) but drops it when loading (a falsy-result
        // bug): there the reference is what was written, not what exceljs reads back.
        const zeroResults: { sheet: number; row: number; col: number }[] = [];
        wb.sheets.forEach((s, si) => {
          const ws = book.addWorksheet(s.name);
          const last = new Map<string, (typeof s.cells)[number]>();
          for (const c of s.cells) last.set(`${c.row},${c.col}`, c);
          for (const c of last.values()) {
            const target = ws.getCell(c.row + 1, c.col + 1);
            target.value = exceljsValue(c.spec);
            if (c.format) target.numFmt = c.format;
            const kind = c.format ? formats[c.format] : c.spec.kind === 'date' ? 'date' : 'general';
            expectedKinds.push({ sheet: si, row: c.row, col: c.col, kind });
            if (c.spec.kind === 'formula' && c.spec.result === undefined) pending.push({ sheet: si, row: c.row, col: c.col });
            if (c.spec.kind === 'formula' && c.spec.result === 0) zeroResults.push({ sheet: si, row: c.row, col: c.col });
          }
          for (const m of s.merges) ws.mergeCells(m);
        });
        const bytes = Buffer.from(await book.xlsx.writeBuffer());

        const old = new ExcelJS.Workbook();
        await old.xlsx.load(bytes as unknown as ExcelJS.Buffer);
        const { raw } = await readWorkbookBytes(bytes, 'azar.xlsx');

        expect(raw.sheets.map((s) => s.name)).toEqual(old.worksheets.map((w) => w.name));
        expect(raw.dateSystem).toBe(wb.date1904 ? '1904' : '1900');
        raw.sheets.forEach((sheet, si) => {
          const ws = old.worksheets[si];
          const reference = exceljsValues(ws).map((r) => r.map((v) => (v instanceof Date ? serial(v, wb.date1904) : v)));
          for (const z of zeroResults.filter((z) => z.sheet === si)) {
            while (reference.length <= z.row) reference.push([]);
            reference[z.row][z.col] = 0;
          }
          const before = trimmed(reference);
          const after = trimmed(sheet.values);
          expect(after.length).toBe(before.length);
          after.forEach((r, ri) =>
            r.forEach((v, ci) => {
              const w = before[ri][ci];
              // exceljs reads a formula's text result, or a number beyond its dates, in a
              // date-formatted cell as an Invalid Date; the reader gives the text or the number.
              if (Number.isNaN(w)) expect(['string', 'number']).toContain(typeof v);
              else if (typeof v === 'number' && typeof w === 'number') expect(Math.abs(v - w)).toBeLessThan(1e-6);
              else expect([a1(ri, ci), v]).toEqual([a1(ri, ci), w]);
            }),
          );
          const merges = sheet.merges!.map((m) => `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`).sort();
          expect(merges).toEqual([...((ws.model as { merges?: string[] }).merges ?? [])].sort());
          expect(sheet.pendingFormulas).toEqual(expect.arrayContaining(pending.filter((p) => p.sheet === si).map(({ row, col }) => ({ row, col }))));
          expect(sheet.pendingFormulas!.length).toBe(pending.filter((p) => p.sheet === si).length);
        });
        for (const k of expectedKinds) {
          expect([a1(k.row, k.col), raw.sheets[k.sheet].formatOf!(k.row, k.col)]).toEqual([a1(k.row, k.col), k.kind]);
          const numFmt = old.worksheets[k.sheet].getCell(k.row + 1, k.col + 1).numFmt;
          if (k.kind !== 'general' && numFmt) expect(formats[numFmt] ?? 'date').toBe(k.kind);
        }
      }),
      { numRuns: Number(process.env.READER_PROPERTY_RUNS ?? 60) },
    );
  });
});
