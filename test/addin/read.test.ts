/** The Excel port's reading: values from A1, per-cell format evidence, merged areas, the 1904 date system. */
import { SyncBudget } from '../../addin/excel/budget';
import { readWorkbook } from '../../addin/excel/read';
import type { ExcelContextLike } from '../../addin/excel/office-api';
import { FakeExcelHost, fakeBook } from './fake-excel';

async function read(host: FakeExcelHost, caps = { mergedAreas: true, notes: true, undoGroup: true }) {
  return host.run((context: ExcelContextLike) => readWorkbook(context, new SyncBudget(context), caps));
}

describe('readWorkbook', () => {
  const book = () =>
    fakeBook(
      [
        {
          name: 'Canales',
          rows: [
            [null, null, null],
            ['Mes', 'Canal', 'Satisfacción'],
            [45689, 'Presencial', 0.998],
            [null, 'Virtual', '98,3 %'],
          ],
          formats: [[], [], ['mmm yyyy', '@', '0.0%'], [null, null, 'General']],
          merges: [{ top: 2, left: 0, bottom: 3, right: 0 }],
        },
        { name: 'Vacía', rows: [] },
      ],
      '1904',
    );

  it('reads from A1 with blank rows, format kinds per cell, merges and the date system', async () => {
    const result = await read(new FakeExcelHost(book()));
    const [canales, empty] = result.raw.sheets;
    expect(canales.values).toEqual([
      [null, null, null],
      ['Mes', 'Canal', 'Satisfacción'],
      [45689, 'Presencial', 0.998],
      [null, 'Virtual', '98,3 %'],
    ]);
    expect([canales.formatOf!(2, 0), canales.formatOf!(2, 1), canales.formatOf!(2, 2), canales.formatOf!(3, 2), canales.formatOf!(9, 9)]).toEqual(['date', 'text', 'percent', 'general', undefined]);
    expect(canales.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
    expect(empty.values).toEqual([]);
    expect(result.raw.dateSystem).toBe('1904');
  });

  it('takes three syncs, and leaves merges out where ExcelApi 1.13 is missing', async () => {
    const host = new FakeExcelHost(book(), '1.12');
    const result = await read(host, { mergedAreas: false, notes: false, undoGroup: false });
    expect(result.raw.sheets[0].merges).toBeUndefined();
    expect(host.stats.runs[0].syncs).toBe(3);
  });

  it('the fake refuses a property read before load and sync', async () => {
    const host = new FakeExcelHost(book());
    await expect(
      host.run(async (context: ExcelContextLike) => {
        const range = context.workbook.worksheets.getItem('Canales').getRange('A1:B2');
        range.load('values');
        return range.values;
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});

describe('the fake enforces Excel on the web limits', () => {
  it('rejects a sync whose request is over 5 MB', async () => {
    const host = new FakeExcelHost(fakeBook([{ name: 'A', rows: [['x']] }]));
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await expect(
      host.run(async (context: ExcelContextLike) => {
        context.workbook.worksheets.getItem('A').getRange('A1:A60000').values = big;
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it('rejects a read of more than 5,000,000 cells', async () => {
    const host = new FakeExcelHost(fakeBook([{ name: 'A', rows: [['x']] }]));
    await expect(
      host.run(async (context: ExcelContextLike) => {
        const range = context.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 500_001, 10);
        range.load('values');
        await context.sync();
      }),
    ).rejects.toThrow(/5000010 cells/);
  });

  it('counts syncs and refuses work left unsynced', async () => {
    const host = new FakeExcelHost(fakeBook([{ name: 'A', rows: [['x']] }]));
    await expect(
      host.run(async (context: ExcelContextLike) => {
        context.workbook.worksheets.getItem('A').getRange('B1').values = [['y']];
      }),
    ).rejects.toThrow(/never synced/);
    expect(host.stats.syncs).toBe(0);
  });

  it('refuses an operation Office.js cannot undo inside an undo group', async () => {
    const host = new FakeExcelHost(fakeBook([{ name: 'A', rows: [['x']] }]));
    await expect(
      host.run(
        async (context: ExcelContextLike) => {
          context.workbook.worksheets.add('_cc_marcas').visibility = 'Hidden';
          await context.sync();
        },
        { mergeUndoGroup: true },
      ),
    ).rejects.toThrow(/UndoNotSupported/);
  });
});
