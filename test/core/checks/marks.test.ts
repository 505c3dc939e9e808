/** Reversible marks at the core level: apply then undo is the original exactly; re-runs replace, never stack. */
import fc from 'fast-check';
import {
  cellsOfFinding,
  markRecordSheet,
  marksSheetName,
  markTargets,
  maxMarkedCellsPerFinding,
  planClearMarks,
  planMarks,
  readMarkRecord,
  severityFills,
  type CellState,
  type MarkEntry,
} from '../../../core/checks';
import { makeFinding, type Finding } from '../../../core/findings';
import type { CellMark, OutputSheet } from '../../../core/output';
import { cellObject } from '../../../core/output';
import type { RawWorkbook } from '../../../core/workbook';

/** A host's cells: fill and note per sheet!cell. */
class FakeHost {
  readonly cells = new Map<string, CellState>();
  constructor(initial: Record<string, CellState> = {}) {
    // No fill and no note is the state of an untouched cell.
    for (const [k, v] of Object.entries(initial)) if (v.fill !== null || v.note !== null) this.cells.set(k, { ...v });
  }
  read = (sheet: string, cell: string): CellState => ({ ...(this.cells.get(`${sheet}!${cell}`) ?? { fill: null, note: null }) });
  apply(marks: readonly CellMark[]): void {
    for (const m of marks) {
      if (m.fill === null && m.note === null) this.cells.delete(`${m.sheet}!${m.cell}`);
      else this.cells.set(`${m.sheet}!${m.cell}`, { fill: m.fill, note: m.note });
    }
  }
  snapshot(): Record<string, CellState> {
    return Object.fromEntries([...this.cells.entries()].sort());
  }
}

const finding = (cell: string, severity: Finding['severity'] = 'error', message = `problema en ${cell}`): Finding => ({
  ...makeFinding('invalid-number', { sheet: 'Canales', cell, params: { column: 'Interacciones', value: 'x' } }),
  severity,
  message,
});

/** What a host writes for an output sheet, read back as raw values. */
function asRawSheet(sheet: OutputSheet): { name: string; values: RawWorkbook['sheets'][number]['values'] } {
  return { name: sheet.name, values: sheet.rows.map((r) => r.map((c) => cellObject(c).value as string | number | null)) };
}

describe('planning marks', () => {
  test('a fill per severity and the message as the note', () => {
    const host = new FakeHost();
    const plan = planMarks([finding('C5', 'error'), finding('D6', 'warning'), finding('E7', 'info')], host.read);
    expect(plan.apply).toEqual([
      { sheet: 'Canales', cell: 'C5', fill: severityFills.error, note: 'problema en C5' },
      { sheet: 'Canales', cell: 'D6', fill: severityFills.warning, note: 'problema en D6' },
      { sheet: 'Canales', cell: 'E7', fill: severityFills.info, note: 'problema en E7' },
    ]);
  });

  test('several findings on one cell: the most severe fill, the messages joined', () => {
    const plan = planMarks([finding('C5', 'info', 'uno'), finding('C5', 'error', 'dos'), finding('C5', 'error', 'dos')], new FakeHost().read);
    expect(plan.apply).toEqual([{ sheet: 'Canales', cell: 'C5', fill: severityFills.error, note: 'uno\ndos' }]);
  });

  test('a range marks each of its cells; a huge range only its first cell; no cell, no mark', () => {
    expect(cellsOfFinding(finding('D2:D4'))).toEqual(['D2', 'D3', 'D4']);
    expect(cellsOfFinding(finding(`A2:A${maxMarkedCellsPerFinding + 2}`))).toEqual(['A2']);
    expect(cellsOfFinding({ ...finding('A1'), cell: null })).toEqual([]);
  });

  test('the targets to read are the previous record’s cells and the new ones', () => {
    const previous: MarkEntry[] = [{ sheet: 'Canales', cell: 'B2', original: { fill: null, note: null }, mark: { fill: 'F4CCCC', note: 'x' } }];
    expect(markTargets([finding('C5')], previous)).toEqual([{ sheet: 'Canales', cell: 'B2' }, { sheet: 'Canales', cell: 'C5' }]);
  });
});

const stateArb = fc.record({
  fill: fc.option(fc.constantFrom('FFFF00', 'C6EFCE', 'F4CCCC', 'FFE599', '4472C4'), { nil: null }),
  note: fc.option(fc.constantFrom('nota previa', 'Autor:\nrevisar', 'problema en C5', '=HYPERLINK("x")'), { nil: null }),
});
const cellArb = fc.constantFrom('A2', 'B2', 'C5', 'C6', 'D2', 'D3', 'E9');
const findingsArb = fc.array(fc.tuple(cellArb, fc.constantFrom<Finding['severity']>('error', 'warning', 'info')), { maxLength: 6 }).map((xs) => xs.map(([c, s]) => finding(c, s)));
const initialArb = fc.dictionary(cellArb.map((c) => `Canales!${c}`), stateArb);

describe('round trips', () => {
  test('apply then undo gives the original state exactly', () => {
    fc.assert(
      fc.property(initialArb, findingsArb, (initial, findings) => {
        const host = new FakeHost(initial);
        const before = host.snapshot();
        const plan = planMarks(findings, host.read);
        host.apply(plan.apply);
        host.apply(plan.undo);
        expect(host.snapshot()).toEqual(before);
      }),
    );
  });

  test('a re-run replaces the previous marks: the same state as one run, and clearing gives the original', () => {
    fc.assert(
      fc.property(initialArb, findingsArb, findingsArb, (initial, first, second) => {
        const host = new FakeHost(initial);
        const original = host.snapshot();
        const run1 = planMarks(first, host.read);
        host.apply(run1.apply);
        const run2 = planMarks(second, host.read, run1.record);
        host.apply(run2.apply);

        const fresh = new FakeHost(initial);
        fresh.apply(planMarks(second, fresh.read).apply);
        expect(host.snapshot()).toEqual(fresh.snapshot());

        host.apply(planClearMarks(run2.record, host.read).apply);
        expect(host.snapshot()).toEqual(original);
        host.apply(run2.undo); // undo after clearing changes nothing more
        expect(host.snapshot()).toEqual(original);
      }),
    );
  });

  test('clearing keeps what the user changed since the mark', () => {
    const host = new FakeHost({ 'Canales!C5': { fill: 'FFFF00', note: 'mía' } });
    const plan = planMarks([finding('C5')], host.read);
    host.apply(plan.apply);
    host.cells.set('Canales!C5', { fill: '00B050', note: 'problema en C5' }); // the user recoloured it
    host.apply(planClearMarks(plan.record, host.read).apply);
    expect(host.read('Canales', 'C5')).toEqual({ fill: '00B050', note: 'mía' });
  });

  test('the record survives the hidden sheet and reads back equal', () => {
    const host = new FakeHost({ 'Canales!C5': { fill: 'FFFF00', note: '=SUMA(A1)' }, 'Canales!D2': { fill: null, note: '123' } });
    const plan = planMarks([finding('C5'), finding('D2:D3', 'warning')], host.read);
    const sheet = markRecordSheet(plan.record);
    expect(sheet).toMatchObject({ name: marksSheetName, hidden: true });
    const wb: RawWorkbook = { sheets: [{ name: 'Canales', values: [['Mes']] }, asRawSheet(sheet)] };
    expect(readMarkRecord(wb)).toEqual(plan.record);
  });

  test('record entries of sheets no longer in the workbook are dropped; no record sheet, no record', () => {
    const record: MarkEntry[] = [{ sheet: 'Borrada', cell: 'A1', original: { fill: null, note: null }, mark: { fill: 'F4CCCC', note: 'x' } }];
    expect(readMarkRecord({ sheets: [asRawSheet(markRecordSheet(record))] })).toEqual([]);
    expect(readMarkRecord({ sheets: [{ name: 'Canales', values: [] }] })).toEqual([]);
  });
});
