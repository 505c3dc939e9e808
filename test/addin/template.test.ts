/** Insertar plantilla and text safety in the Excel port: only missing input sheets are added; a user's `=…` stays text. */
import { menuEntry } from '../../core/actions/menu';
import { accountabilitySheets } from '../../core/accountability';
import { pqrsdSheets } from '../../core/pqrsd';
import { buildTemplateSheets } from '../../core/template';
import { runMenuEntry } from '../../addin/excel/run';
import { FakeExcelHost, cellOf, cellsOf, fakeBook, sheetOf } from './fake-excel';

describe('Insertar plantilla', () => {
  it('adds the missing input sheets with headers, lists and formats, never touching existing sheets', async () => {
    const book = fakeBook([{ name: 'canales', rows: [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Chat', 12]] }, { name: 'Mis apuntes', rows: [['mías']] }]);
    const before = JSON.stringify(cellsOf(sheetOf(book, 'canales')));
    const host = new FakeExcelHost(book);
    const outcome = await runMenuEntry(host, menuEntry('template')!, { locale: 'es' });
    expect(JSON.stringify(cellsOf(sheetOf(book, 'canales')))).toBe(before);
    expect(cellOf(sheetOf(book, 'Mis apuntes'), 'A1')?.value).toBe('mías');
    const template = buildTemplateSheets('es', [...accountabilitySheets, ...pqrsdSheets]).slice(1); // without the instructions sheet
    const added = template.filter((s) => s.name !== 'Canales').map((s) => s.name);
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(added));
    expect(book.sheets.filter((s) => s.name.toLowerCase() === 'canales')).toHaveLength(1);
    expect(outcome.summary[0]).toMatch(/^Hojas agregadas: /);
    const spaces = sheetOf(book, 'Espacios RdC');
    expect(cellOf(spaces, 'A1')).toMatchObject({ bold: true, format: '@' });
    expect(spaces.frozenRows).toBe(1);
    expect(spaces.validations.length).toBeGreaterThan(0);
    for (const v of spaces.validations) expect(v.alert).toEqual({ showAlert: true, style: 'Warning' });
    // Dates typed later in the Fecha column show day first.
    const fecha = template.find((s) => s.name === 'Espacios RdC')!.rows[0].findIndex((c) => typeof c === 'object' && c !== null && 'value' in c && c.value === 'Fecha');
    expect(spaces.rectFormats.some((f) => f.rect.left === fecha && f.rect.top === 1 && /dd\/mm\/yyyy/.test(f.format))).toBe(true);
    // A second run adds nothing.
    const again = await runMenuEntry(host, menuEntry('template')!, { locale: 'es' });
    expect(again.summary[0]).toMatch(/ya tiene todas las hojas/);
  });
});

describe('text from a user cell', () => {
  it('is written as text, never as a formula, never converted to a number or date', async () => {
    const book = fakeBook([
      {
        name: 'Canales',
        rows: [
          ['Mes', 'Canal', 'Interacciones'],
          ['2025-02', '=HIPERVINCULO("http://x")', 10],
          ['2025-02', 'Presencial', '+57 300'],
        ],
      },
    ]);
    const host = new FakeExcelHost(book);
    await runMenuEntry(host, menuEntry('checks')!, { locale: 'es', cutoff: '2025-02-28' });
    const findings = cellsOf(sheetOf(book, 'Hallazgos'));
    const texts = findings.filter(([, , c]) => typeof c.value === 'string');
    expect(texts.length).toBeGreaterThan(10);
    for (const [, , cell] of findings) {
      expect(cell.formula).toBeFalsy();
      expect(cell.coerced).toBeFalsy();
    }
    // The user's text appears in the findings (the channel cell is not a channel) and stays text.
    expect(findings.some(([, , c]) => typeof c.value === 'string' && c.value.includes('=HIPERVINCULO'))).toBe(true);
    // The Indicadores months (`2025-02`) would become dates if typed: they are text-formatted.
    await runMenuEntry(host, menuEntry('indicators')!, { locale: 'es' });
    const month = cellsOf(sheetOf(book, 'Indicadores')).find(([r, c]) => r === 1 && c === 0)?.[2];
    expect(month).toMatchObject({ value: '2025-02', format: '@' });
    expect(month?.coerced).toBeFalsy();
  });
});

describe('a workbook the entry cannot use (issue 8)', () => {
  it('says what was found and what to do in one sentence, and writes nothing', async () => {
    const book = fakeBook([{ name: 'Canal', rows: [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Virtual', 12]] }]);
    const host = new FakeExcelHost(book);
    const outcome = await runMenuEntry(host, menuEntry('indicators')!, { locale: 'es' });
    expect(outcome.summary).toEqual([expect.stringMatching(/^El libro no tiene la hoja «Canales» ni el registro «Interacciones».* ¿Es la hoja «Canal»\?/)]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Canal']);
  });
});
