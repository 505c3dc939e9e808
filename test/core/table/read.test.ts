/** Reading sheets by spec: header matching, findings at their cells, typed rows with positions. */
import fc from 'fast-check';
import { readTable } from '../../../core/table';
import { canalesSheet, serviceSheets } from '../../../core/template';
import type { CellValue, RawWorkbook } from '../../../core/workbook';

const book = (name: string, values: CellValue[][]): RawWorkbook => ({ sheets: [{ name, values }] });
const header = ['Mes', 'Canal', 'Interacciones', 'Satisfacción'];

describe('headers and sheet names', () => {
  test('match case-, accent- and space-insensitively, in any order, with aliases and extra columns', () => {
    const t = readTable(book(' CANALES ', [
      ['Otra cosa', ' SATISFACCION ', 'interacciones', ' CANAL ', 'mes', 'Solución primer contacto'],
      ['x', 0.9, 100, 'Presencial', '2025-02', 80],
    ]), canalesSheet);
    expect(t.findings).toEqual([]);
    expect(t.rows[0].values.interactions).toEqual({ value: 100, sheet: ' CANALES ', cell: 'C2', raw: 100, decimals: 0 });
    expect(t.rows[0].values.resolved?.value).toBe(80);
    expect(t.rows[0].values.satisfaction?.value).toBe(90);
  });

  test('a missing required column is a finding with the closest header suggested', () => {
    const t = readTable(book('Canales', [['Mes', 'Canal', 'Interacion'], ['2025-02', 'Virtual', 5]]), canalesSheet);
    // One finding, at the misspelt header's cell (never another column's), naming the header present.
    expect(t.findings).toEqual([expect.objectContaining({ code: 'missing-column', sheet: 'Canales', cell: 'C1', suggestion: 'Interacion' })]);
    expect(t.findings[0].message).toBe('Falta la columna «Interacciones» en la hoja Canales.');
    expect(t.rows[0].complete).toBe(false);
  });

  test('an absent sheet reads as an empty table, not an error', () => {
    const t = readTable(book('Otra', [['a']]), canalesSheet);
    expect(t.sheetName).toBeNull();
    expect(t.rows).toEqual([]);
  });
});

describe('cells', () => {
  test('blank rows are skipped; rows keep their sheet row number', () => {
    const t = readTable(book('Canales', [header, [null, '', null, null], ['2025-02', 'Virtual', 5, null]]), canalesSheet);
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });

  test('a required blank cell is missing-value at its cell, and the row is incomplete', () => {
    const t = readTable(book('Canales', [header, ['2025-02', null, 5, null]]), canalesSheet);
    expect(t.findings).toEqual([expect.objectContaining({ code: 'missing-value', cell: 'B2' })]);
    expect(t.rows[0].complete).toBe(false);
  });

  test('text that is not a number is invalid-number, never a silent 0', () => {
    const t = readTable(book('Canales', [header, ['2025-02', 'Virtual', 'mil', null]]), canalesSheet);
    expect(t.findings).toEqual([expect.objectContaining({ code: 'invalid-number', sheet: 'Canales', cell: 'C2' })]);
    expect(t.findings[0].message).toContain('«mil»');
    expect(t.rows[0].values.interactions).toBeUndefined();
  });

  test('negative and fractional counts, percentages out of range', () => {
    const t = readTable(book('Canales', [header, ['2025-02', 'Virtual', -1, null], ['2025-03', 'Virtual', 2.5, '101%']]), canalesSheet);
    expect(t.findings.map((f) => [f.code, f.cell])).toEqual([['negative-count', 'C2'], ['non-integer-count', 'C3'], ['percent-out-of-range', 'D3']]);
  });

  test('invalid month and unknown channel (with suggestion)', () => {
    const t = readTable(book('Canales', [header, ['febrerito', 'Presncial', 5, null], ['2025-02', 'Chat', 5, null]]), canalesSheet);
    expect(t.findings.map((f) => [f.code, f.cell, f.suggestion])).toEqual([
      ['invalid-month', 'A2', null], ['unknown-value', 'B2', 'Presencial'], ['unknown-value', 'B3', null],
    ]);
  });

  test('English messages on request', () => {
    const t = readTable(book('Canales', [header, ['2025-02', 'Virtual', 'mil', null]]), canalesSheet, 'en');
    expect(t.findings[0].message).toBe('“mil” is not a valid number for “Interactions” in Canales!C2.');
  });
});

describe('properties', () => {
  const junk = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
  test('random junk in any cell never throws, and every finding lies inside the used range', () => {
    fc.assert(fc.property(fc.array(fc.array(junk, { maxLength: 8 }), { maxLength: 12 }), fc.boolean(), (rows, withHeader) => {
      for (const spec of serviceSheets) {
        const values = withHeader ? [spec.columns.map((c) => c.header.es), ...rows] : rows;
        const t = readTable(book(spec.name.es, values), spec);
        for (const f of t.findings) {
          const m = /^([A-Z]+)(\d+)$/.exec(f.cell ?? 'A1')!;
          const col = m[1].charCodeAt(0) - 65;
          if (Number(m[2]) > Math.max(1, values.length) || col >= Math.max(1, t.size.columns)) return false;
        }
      }
      return true;
    }), { numRuns: 300 });
  });
});
