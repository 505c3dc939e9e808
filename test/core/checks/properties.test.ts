/** fast-check: junk in any cell of any sheet never throws, and every finding's cell lies inside its sheet's used range. */
import fc from 'fast-check';
import { runChecks } from '../../../core/actions/checks';
import { defaultActionOptions } from '../../../core/actions';
import { parseA1, type CellValue, type RawWorkbook } from '../../../core/workbook';
import { copyBook, workedExample } from './fixtures';

const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('=SUMA(A1)', '+1', '-', '@x', '%', '1.2.3', '98,6%', '−5 %', '31/02/2021', '1110912021', 'Chat', 'Sí', 'Total', 'ANM', 'Sede Central', '2025-02', 'feb-25', '0,5', '1.371', ''),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5000, max: 100000 }),
  fc.boolean(),
  fc.date({ min: new Date(-1e13), max: new Date(1e13) }),
  fc.constant(new Date(NaN)),
  fc.constant(null),
);

const sheetNames = workedExample().sheets.map((s) => s.name);
const edit = fc.record({ sheet: fc.constantFrom(...sheetNames), row: fc.nat(30), col: fc.nat(12), value: junk });

function apply(wb: RawWorkbook, edits: { sheet: string; row: number; col: number; value: CellValue }[]): RawWorkbook {
  const out = copyBook(wb);
  for (const e of edits) {
    const s = out.sheets.find((x) => x.name === e.sheet)!;
    while (s.values.length <= e.row) s.values.push([]);
    s.values[e.row][e.col] = e.value;
  }
  return out;
}

test('junk anywhere never throws, and findings stay inside the used ranges', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const wb = apply(workedExample(), edits);
      const result = runChecks(wb, { ...defaultActionOptions, cellState: () => ({ fill: null, note: null }) });
      if (result.unusable) {
        // Nothing to check (the Canales header was hit): one line, nothing to write.
        expect(result.unusable.split('\n')).toHaveLength(1);
        expect(result.sheets).toEqual([]);
        return;
      }
      for (const f of result.findings) {
        if (f.sheet === null || f.cell === null) continue;
        const sheet = wb.sheets.find((s) => s.name === f.sheet);
        expect(sheet).toBeDefined();
        const rows = sheet!.values.length;
        const cols = sheet!.values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
        for (const corner of f.cell.split(':')) {
          const p = parseA1(corner)!;
          expect(p.row).toBeLessThan(rows);
          expect(p.col).toBeLessThan(cols);
        }
      }
      // Marks never land on a cell outside the workbook's sheets either.
      for (const m of result.marks!.apply) expect(sheetNames).toContain(m.sheet);
    }),
    { numRuns: 1000 },
  );
});
