/**
 * The Excel port against the fake's limits: a small, constant number of syncs per action on the
 * example workbook, and a 200,000-row `Interacciones` log read and checked in chunks, every sync
 * under 5 MB, the number of syncs bounded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { menuEntry } from '../../core/actions/menu';
import { runMenuEntry } from '../../addin/excel/run';
import { FAKE_PAYLOAD_LIMIT, FakeExcelHost, fakeBook, sheetOf, cellsOf, type FakeValue } from './fake-excel';
import { fakeBookFromXlsx } from './xlsx-fake';

const example = path.join(__dirname, '..', '..', 'examples', 'ejemplo-anm-2025.xlsx');
const cutoff = '2021-10-31';

async function syncsOf(id: string, host: FakeExcelHost): Promise<number> {
  const before = host.stats.syncs;
  const outcome = await runMenuEntry(host, menuEntry(id)!, { cutoff });
  expect(outcome.syncs).toBe(host.stats.syncs - before);
  return outcome.syncs;
}

describe('syncs per action on the example workbook', () => {
  it('is a small constant: three to read, one for the marked cells, one to write, one for setup', async () => {
    const host = new FakeExcelHost(await fakeBookFromXlsx(fs.readFileSync(example)));
    expect(await syncsOf('indicators', host)).toBe(4);
    // The first check creates the hidden marks record in a setup run (outside the undo group).
    expect(await syncsOf('checks', host)).toBe(7);
    expect(await syncsOf('checks', host)).toBe(6);
    expect(await syncsOf('clearMarks', host)).toBe(6);
    expect(await syncsOf('selfDiagnosis', host)).toBe(4);
    expect(await syncsOf('spaces', host)).toBe(4);
    expect(await syncsOf('deck', host)).toBe(6);
    expect(await syncsOf('all', host)).toBe(6);
    // Every main run is one undo group; setup runs are not.
    expect(host.stats.runs.filter((r) => r.mergeUndoGroup)).toHaveLength(8);
    for (const run of host.stats.runs) {
      expect(run.maxRequest).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT);
      expect(run.maxResponse).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT);
    }
  });

  it('runs without undo groups, notes or merged areas on an older Excel (ExcelApi 1.12)', async () => {
    const host = new FakeExcelHost(await fakeBookFromXlsx(fs.readFileSync(example)), '1.12');
    const outcome = await runMenuEntry(host, menuEntry('checks')!, { cutoff });
    expect(outcome.undoGroup).toBe(false);
    expect(host.stats.runs.every((r) => !r.mergeUndoGroup)).toBe(true);
    const marked = cellsOf(sheetOf(host.book, 'Canales')).filter(([, , c]) => c.fill);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every(([, , c]) => c.note === undefined)).toBe(true);
  });
});

/** A 200,000-row log: two months, three channels, every answer filled. */
function bigLog(rows: number) {
  const header = ['Fecha', 'Canal', 'Punto de atención', 'Tipo de punto', 'Tipo de interacción', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho', 'Percepción favorable', 'Confía'];
  const channels = ['Telefónico', 'Presencial', 'Virtual'];
  const jan = 45658; // 2025-01-01
  const values: FakeValue[][] = [header];
  const formats: (string | null)[][] = [header.map(() => null)];
  for (let i = 0; i < rows; i++) {
    const channel = channels[i % 3];
    values.push([jan + (i % 59), channel, channel === 'Presencial' ? 'Sede Central' : '', channel === 'Presencial' ? 'Sede Central' : '', i % 5 === 0 ? 'RUCOM' : 'Consulta', i % 4 ? 'Sí' : 'No', i % 2 ? 'Sí' : 'No', i % 2 ? (i % 7 ? 'Sí' : 'No') : '', i % 2 ? 'Sí' : '', i % 2 ? 'Sí' : '']);
    formats.push(['dd/mm/yyyy', null, null, null, null, null, null, null, null, null]);
  }
  return { values, formats };
}

describe('a 200,000-row Interacciones log', () => {
  it('is read in chunks under 5 MB, indicators and checks computed, syncs bounded', async () => {
    const rows = 200_000;
    const log = bigLog(rows);
    const host = new FakeExcelHost(fakeBook([{ name: 'Interacciones', rows: log.values, formats: log.formats }]));
    const indicators = await runMenuEntry(host, menuEntry('indicators')!, { cutoff });
    const sheet = sheetOf(host.book, 'Indicadores');
    const total = cellsOf(sheet).filter(([r, c, cell]) => c === 2 && cell.value === 'Interacciones' && r > 0).length;
    expect(total).toBeGreaterThan(0);
    expect(indicators.summary.join(' ')).toMatch(/2 meses/);
    // 2,000,000 cells of values and formats: several chunks, far fewer syncs than rows.
    expect(indicators.syncs).toBeGreaterThan(5);
    expect(indicators.syncs).toBeLessThan(60);
    const checks = await runMenuEntry(host, menuEntry('checks')!, { cutoff });
    expect(checks.syncs).toBeLessThan(70);
    for (const run of host.stats.runs) {
      expect(run.maxRequest).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT);
      expect(run.maxResponse).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT);
    }
  }, 180_000);
});
