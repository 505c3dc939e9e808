/** The raw log `Interacciones`: aggregated per month and channel; a workbook holding only the log is complete. */
import { computeServiceIndicators, findIndicator } from '../../../core/service';
import type { CellValue, RawWorkbook } from '../../../core/workbook';

const logHeader = ['Fecha', 'Canal', 'Punto de atención', 'Tipo de punto', 'Tipo de interacción', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho', 'Percepción favorable', 'Confía'];

function logRows(): CellValue[][] {
  const rows: CellValue[][] = [logHeader];
  // February: 4 in person (3 at Sede Central, 1 at PAR Nobsa), 2 by phone.
  rows.push(['03/02/2025', 'Presencial', 'Sede Central', 'Sede Central', 'RUCOM', 'Sí', 'Sí', 'Sí', 'Sí', 'Sí']);
  rows.push(['04/02/2025', 'Presencial', 'Sede Central', 'Sede Central', 'RUCOM', 'Sí', 'Sí', 'No', 'Sí', 'No']);
  rows.push(['05/02/2025', 'Presencial', 'Sede Central', 'Sede Central', 'AnnA Minería', 'No', 'No', null, null, null]);
  rows.push(['06/02/2025', 'Presencial', 'PAR Nobsa', 'PAR', 'RUCOM', 'Sí', 'Sí', 'Sí', 'No', 'Sí']);
  rows.push(['10/02/2025', 'Telefónico', null, null, 'RUCOM', 'Sí', 'No', null, null, null]);
  rows.push(['11/02/2025', 'Telefónico', null, null, null, 'No', 'No', null, null, null]);
  // January: one virtual.
  rows.push(['15/01/2025', 'Virtual', null, null, null, null, null, null, null, null]);
  return rows;
}

describe('a workbook holding only the log', () => {
  const book: RawWorkbook = { sheets: [{ name: 'Interacciones', values: logRows() }] };
  const { indicators, data } = computeServiceIndicators(book);
  const v = (id: Parameters<typeof findIndicator>[1], channel: Parameters<typeof findIndicator>[3], breakdown: string | null = null, month = '2025-02') =>
    findIndicator(indicators, id, month, channel, breakdown)?.value;

  test('is a complete input: no missing-sheet error', () => {
    expect(data.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  test('interactions, first-contact resolution and survey figures per channel', () => {
    expect(v('interactions', 'Presencial')).toBe(4);
    expect(v('interactions', 'Telefónico')).toBe(2);
    expect(v('interactions', 'ANM')).toBe(6);
    expect(v('first_contact_resolution', 'Presencial')).toBe(75);
    expect(v('survey_response_rate', 'Presencial')).toBe(75);
    expect(v('satisfaction', 'Presencial')).toBeCloseTo(200 / 3, 9);
    expect(v('perception', 'Presencial')).toBeCloseTo(200 / 3, 9);
    expect(v('ytd_interactions', 'ANM')).toBe(7);
  });
  test('points and types from the log', () => {
    expect(v('point_type_interactions', 'Presencial', 'Sede Central')).toBe(3);
    expect(v('point_interactions', 'Presencial', 'PAR Nobsa')).toBe(1);
    expect(v('interaction_type_count', 'Presencial', 'RUCOM')).toBe(3);
    expect(v('typified_coverage', 'Telefónico')).toBe(50);
  });
  test('no survey answered: no satisfaction (absent, not 0)', () => {
    expect(v('satisfaction', 'Telefónico')).toBeUndefined();
  });
});

describe('log and Canales together', () => {
  test('Canales wins for its months and channels; the log fills the rest', () => {
    const book: RawWorkbook = {
      sheets: [
        { name: 'Canales', values: [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Presencial', 4]] },
        { name: 'Interacciones', values: logRows() },
      ],
    };
    const { inputs, indicators } = computeServiceIndicators(book);
    expect(inputs.channelMonths.map((c) => `${c.month} ${c.channel} ${c.source}`)).toEqual([
      '2025-01 Virtual log', '2025-02 Telefónico log', '2025-02 Presencial canales',
    ]);
    expect(inputs.logAggregates).toHaveLength(3);
    expect(findIndicator(indicators, 'interactions', '2025-02', 'ANM')?.value).toBe(6);
  });

  test('without Canales nor the log, the service report says which sheet is missing', () => {
    const { data } = computeServiceIndicators({ sheets: [{ name: 'Hoja1', values: [] }] });
    expect(data.findings[0]).toEqual(expect.objectContaining({ code: 'missing-sheet', severity: 'error', sheet: null }));
    expect(data.findings[0].message).toContain('Canales');
  });
});
