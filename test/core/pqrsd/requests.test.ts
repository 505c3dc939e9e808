/** Each request's due date and status, every indicator, and every PQRSD check, on a hand-worked fixture. */
import fc from 'fast-check';
import { analyzePqrsd, attentionList, computePqrsdIndicators, pqrsdFindings, pqrsdStatuses, type PqrsdRequest } from '../../../core/pqrsd';
import { fixtureCutoff, fixtureRows, fixtureWorkbook, header } from './fixture';
import type { CellValue, RawWorkbook } from '../../../core/workbook';

const analysis = () => analyzePqrsd(fixtureWorkbook(), { cutoff: fixtureCutoff });
const pick = (r: PqrsdRequest) => [r.radicado, r.due, r.answered, r.businessDays, r.status, r.overdueDays ?? r.daysLeft];

describe('status of each request at the cut-off 2025-06-30', () => {
  test('golden: due date, response, business days, status, days overdue or left', () => {
    expect(analysis().requests.map(pick)).toEqual([
      ['2025-000123', '2025-04-07', '2025-04-09', 17, 'fuera de término', null],
      ['R2', '2025-04-07', '2025-04-04', 14, 'a tiempo', null],
      ['R3', '2025-05-05', '2025-05-05', 10, 'a tiempo', null],
      ['R4', '2025-06-24', null, null, 'vencida', 3],
      ['R5', '2025-07-15', null, null, 'vigente', 11],
      ['R6', '2025-07-04', null, null, 'por vencer', 4],
      ['R7', '2025-07-03', '2025-06-20', 33, 'a tiempo', null],
      ['R8', '2025-05-23', '2025-06-03', 21, 'fuera de término', null],
      ['R9', '2025-04-30', null, null, 'trasladada', null],
      ['R10', null, '2025-04-11', 1, 'sin término', null],
      ['R17', '2025-04-16', '2025-04-15', 29, 'a tiempo', null],
      ['R18', '2025-07-16', null, null, 'vigente', 12],
    ]);
  });

  test('the six rows that cannot be known for certain are left out and counted', () => {
    const a = analysis();
    expect(a.excluded).toBe(6);
    expect(a.requests.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 18, 19]);
  });

  test('extensions: a valid one adds its days, a late one does not, a long one is capped at the term', () => {
    const by = new Map(analysis().requests.map((r) => [r.radicado, r]));
    expect(by.get('R7')).toMatchObject({ term: 30, extension: 10 });
    expect(by.get('R8')).toMatchObject({ term: 15, extension: 0 });
    expect(by.get('R17')).toMatchObject({ term: 15, extension: 15 });
  });

  test('the overdue list: vencida first (most overdue first), then por vencer (fewest days left first)', () => {
    expect(attentionList(analysis().requests).map((r) => [r.radicado, r.status])).toEqual([
      ['R4', 'vencida'],
      ['R6', 'por vencer'],
    ]);
    // Hand-counted: B due 28/04, 41 business days overdue; A due 24/06, 3; C due 07/07, 5 left (the
    // boundary of por vencer); D due 04/07, 4 left; E due 08/07, 6 left → vigente, not listed.
    const more = analyzePqrsd(
      {
        sheets: [{
          name: 'PQRSD',
          values: [header, ['A', '02/06/2025', 'Petición'], ['B', '03/04/2025', 'Petición'], ['C', '19/06/2025', 'Solicitud de información'], ['D', '18/06/2025', 'Solicitud de información'], ['E', '20/06/2025', 'Solicitud de información']],
        }],
      },
      { cutoff: fixtureCutoff },
    );
    expect(attentionList(more.requests).map((r) => [r.radicado, r.status, r.overdueDays ?? r.daysLeft])).toEqual([
      ['B', 'vencida', 41],
      ['A', 'vencida', 3],
      ['D', 'por vencer', 4],
      ['C', 'por vencer', 5],
    ]);
    expect(more.requests.find((r) => r.radicado === 'E')).toMatchObject({ status: 'vigente', daysLeft: 6, due: '2025-07-08' });
  });
});

describe('indicators of the fixture', () => {
  const values = () => computePqrsdIndicators(analysis().requests);
  const table = (breakdown: { by: string; value: string } | null) =>
    Object.fromEntries(
      ['2025-03', '2025-04', '2025-05', '2025-06'].map((m) => [
        m,
        Object.fromEntries(values().filter((v) => v.month === m && JSON.stringify(v.breakdown) === JSON.stringify(breakdown)).map((v) => [v.id, v.value])),
      ]),
    );

  test('golden: every indicator per month of filing', () => {
    expect(table(null)).toEqual({
      '2025-03': { pqrsd_received: 3, pqrsd_answered: 3, pqrsd_on_time_rate: 200 / 3, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 20, pqrsd_transferred: 0 },
      '2025-04': { pqrsd_received: 3, pqrsd_answered: 1, pqrsd_on_time_rate: 100, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 10, pqrsd_transferred: 1 },
      '2025-05': { pqrsd_received: 2, pqrsd_answered: 2, pqrsd_on_time_rate: 50, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 27, pqrsd_transferred: 0 },
      // Nothing answered: timeliness and mean response are absent, not 0.
      '2025-06': { pqrsd_received: 4, pqrsd_answered: 0, pqrsd_overdue: 1, pqrsd_due_soon: 1, pqrsd_transferred: 0 },
    });
  });

  test('golden: March by type, channel and dependencia', () => {
    const march = (by: string, value: string) => table({ by, value })['2025-03'];
    expect(march('type', 'Petición')).toEqual({ pqrsd_received: 1, pqrsd_answered: 1, pqrsd_on_time_rate: 0, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 17, pqrsd_transferred: 0 });
    expect(march('type', 'Queja')).toEqual({ pqrsd_received: 2, pqrsd_answered: 2, pqrsd_on_time_rate: 100, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 21.5, pqrsd_transferred: 0 });
    expect(march('channel', 'Virtual')).toEqual({ pqrsd_received: 2, pqrsd_answered: 2, pqrsd_on_time_rate: 50, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 23, pqrsd_transferred: 0 });
    expect(march('channel', 'Presencial')).toEqual({ pqrsd_received: 1, pqrsd_answered: 1, pqrsd_on_time_rate: 100, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 14, pqrsd_transferred: 0 });
    expect(march('dependency', 'Jurídica')).toEqual({ pqrsd_received: 2, pqrsd_answered: 2, pqrsd_on_time_rate: 50, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 23, pqrsd_transferred: 0 });
    expect(march('dependency', 'Atención')).toEqual({ pqrsd_received: 1, pqrsd_answered: 1, pqrsd_on_time_rate: 100, pqrsd_overdue: 0, pqrsd_due_soon: 0, pqrsd_mean_response_days: 14, pqrsd_transferred: 0 });
  });

  test('units: counts, percent points and business days', () => {
    const units = Object.fromEntries(values().map((v) => [v.id, v.unit]));
    expect(units).toEqual({
      pqrsd_received: 'count', pqrsd_answered: 'count', pqrsd_on_time_rate: 'percent', pqrsd_overdue: 'count',
      pqrsd_due_soon: 'count', pqrsd_mean_response_days: 'businessDays', pqrsd_transferred: 'count',
    });
  });
});

describe('findings of the fixture', () => {
  const at = () => analysis().findings.map((f) => `${f.code}|${f.severity}|${f.cell}`).sort();

  test('golden: one finding per problem, at its cell', () => {
    expect(at()).toEqual(
      [
        'duplicate-row|error|A13',
        'extension-late|warning|G9',
        'extension-too-long|error|H18',
        'future-date|error|B14',
        'future-date|error|F19',
        'invalid-date|error|F17',
        'missing-value|error|A16',
        'response-before-filing|error|F12',
        'transfer-late|warning|J10',
        'unknown-value|error|C15',
      ].sort(),
    );
  });

  test('the messages name the request and the dates the Colombian way', () => {
    const f = (code: string) => analysis().findings.find((x) => x.code === code)!;
    expect(f('response-before-filing').message).toBe('La fecha de respuesta (02/05/2025) del radicado R11 es anterior a su radicación (12/05/2025) en PQRSD!F12; la solicitud no se calcula hasta corregirla.');
    expect(f('extension-late').message).toBe('La ampliación del radicado R8 se notificó el 30/05/2025, después de su vencimiento inicial (23/05/2025); no cuenta (PQRSD!G9).');
    expect(f('transfer-late').message).toBe('El radicado R9 se trasladó el 21/04/2025, 8 días hábiles después de radicado; la ley da 5 (PQRSD!J10).');
    expect(f('extension-too-long').message).toBe('La ampliación de 20 días hábiles del radicado R17 (PQRSD!H18) supera su término inicial de 15 días; se toman 15 días, el máximo legal.');
    expect(f('unknown-value').suggestion).toBe('Queja');
    expect(analysis().findings.filter((x) => x.code === 'future-date').map((x) => x.message)).toEqual([
      '«Fecha de radicación» (15/07/2025) del radicado R13 es posterior a la fecha de corte (30/06/2025) en PQRSD!B14; al corte no se había radicado y no se cuenta.',
      '«Fecha de respuesta» (02/07/2025) del radicado R18 es posterior a la fecha de corte (30/06/2025) en PQRSD!F19; al corte la solicitud figura sin respuesta.',
    ]);
  });

  test('in English', () => {
    const f = analyzePqrsd(fixtureWorkbook(), { cutoff: fixtureCutoff, locale: 'en' }).findings.find((x) => x.code === 'transfer-late')!;
    expect(f.message).toBe('Request R9 was transferred on 21/04/2025, 8 business days after filing; the law allows 5 (PQRSD!J10).');
  });
});

/** A one-request sheet: the success and failure case of each check. */
function one(row: CellValue[], extra: RawWorkbook['sheets'] = []): ReturnType<typeof analyzePqrsd> {
  return analyzePqrsd({ sheets: [{ name: 'PQRSD', values: [header, row] }, ...extra] }, { cutoff: fixtureCutoff });
}
const codes = (a: ReturnType<typeof analyzePqrsd>) => a.findings.map((f) => f.code);

describe('each check, success and failure', () => {
  test('response-before-filing', () => {
    expect(codes(one(['X', '12/05/2025', 'Reclamo', null, null, '02/05/2025']))).toEqual(['response-before-filing']);
    expect(codes(one(['X', '12/05/2025', 'Reclamo', null, null, '12/05/2025']))).toEqual([]);
  });

  test('extension-too-long', () => {
    expect(codes(one(['X', '04/03/2025', 'Queja', null, null, null, '10/03/2025', 16]))).toEqual(['extension-too-long']);
    expect(codes(one(['X', '04/03/2025', 'Queja', null, null, null, '10/03/2025', 15]))).toEqual([]);
  });

  test('extension-late: notified on the original due date counts; the day after does not', () => {
    const onTime = one(['X', '02/05/2025', 'Petición', null, null, null, '23/05/2025', 5]);
    expect(codes(onTime)).toEqual([]);
    expect(onTime.requests[0]).toMatchObject({ extension: 5, due: '2025-05-30' });
    const late = one(['X', '02/05/2025', 'Petición', null, null, null, '26/05/2025', 5]);
    expect(codes(late)).toEqual(['extension-late']);
    expect(late.requests[0]).toMatchObject({ extension: 0, due: '2025-05-23' });
  });

  test('half an extension is a missing value and the request is left out', () => {
    const a = one(['X', '02/05/2025', 'Petición', null, null, null, null, 5]);
    expect(a.findings.map((f) => `${f.code}|${f.cell}`)).toEqual(['missing-value|G2']);
    expect(a.requests).toEqual([]);
  });

  test('transfer-late: 5 business days is in time, 6 is late', () => {
    expect(codes(one(['X', '07/04/2025', 'Petición', null, null, null, null, null, 'Sí', '14/04/2025']))).toEqual([]);
    expect(codes(one(['X', '07/04/2025', 'Petición', null, null, null, null, null, 'Sí', '15/04/2025']))).toEqual(['transfer-late']);
  });

  test('a transfer date with Trasladada blank is a transfer; with an explicit No it is not', () => {
    expect(one(['X', '07/04/2025', 'Petición', null, null, null, null, null, null, '08/04/2025']).requests[0].status).toBe('trasladada');
    expect(one(['X', '07/04/2025', 'Petición', null, null, null, null, null, 'No', '08/04/2025']).requests[0].status).toBe('vencida');
  });

  test('term-above-law, and a shorter internal term applies', () => {
    const terms = (rows: CellValue[][]) => [{ name: 'Términos PQRSD', values: [['Tipo', 'Días hábiles'], ...rows] }];
    const longer = one(['X', '15/03/2025', 'Queja'], terms([['Queja', 20]]));
    expect(longer.findings.map((f) => `${f.code}|${f.sheet}|${f.cell}`)).toEqual(['term-above-law|Términos PQRSD|B2']);
    expect(longer.requests[0].due).toBe('2025-04-07');
    const shorter = one(['X', '15/03/2025', 'Queja', null, null, '04/04/2025'], terms([['Queja', 10]]));
    expect(codes(shorter)).toEqual([]);
    expect(shorter.requests[0]).toMatchObject({ term: 10, due: '2025-03-31', status: 'fuera de término' });
    expect(shorter.terms.Queja).toEqual({ days: 10, legal: 15, shortened: true });
    // Felicitación has no term to shorten: not an allowed Tipo there.
    expect(codes(one(['X', '15/03/2025', 'Queja'], terms([['Felicitación', 5]])))).toEqual(['unknown-value']);
  });

  test('future-date for every date column', () => {
    expect(codes(one(['X', '01/07/2025', 'Queja']))).toEqual(['future-date']);
    expect(codes(one(['X', '30/06/2025', 'Queja']))).toEqual([]);
    expect(codes(one(['X', '02/06/2025', 'Petición', null, null, '01/07/2025']))).toEqual(['future-date']);
    expect(codes(one(['X', '02/06/2025', 'Petición', null, null, null, '01/07/2025', 5]))).toEqual(['future-date']);
    expect(codes(one(['X', '02/06/2025', 'Petición', null, null, null, null, null, 'Sí', '01/07/2025']))).toEqual(['future-date']);
  });

  test('missing-value, invalid-date, unknown-value and duplicate-row', () => {
    expect(codes(one([null, '02/06/2025', 'Petición']))).toEqual(['missing-value']);
    expect(codes(one(['X', '31/06/2025', 'Petición']))).toEqual(['invalid-date']);
    expect(codes(one(['X', '15/03/1983', 'Petición']))).toEqual(['invalid-date']);
    expect(codes(one(['X', '02/06/2025', 'Pregunta']))).toEqual(['unknown-value']);
    expect(codes(one(['X', '02/06/2025', 'Petición de interés general']))).toEqual([]);
    const twice = analyzePqrsd({ sheets: [{ name: 'PQRSD', values: [header, ['X', '02/06/2025', 'Petición'], [' x ', '03/06/2025', 'Queja']] }] }, { cutoff: fixtureCutoff });
    expect(twice.findings.map((f) => `${f.code}|${f.cell}`)).toEqual(['duplicate-row|A3']);
    expect(twice.requests.map((r) => r.radicado)).toEqual(['X']);
  });

  test('Festivos adds non-working days; an unreadable one is a finding', () => {
    const closures = [{ name: 'Festivos', values: [['Fecha', 'Descripción'], ['01/04/2025', 'Cierre'], ['no sé', 'x']] }];
    const a = one(['X', '14/03/2025', 'Petición'], closures);
    expect(a.requests[0].due).toBe('2025-04-08');
    expect(a.findings.map((f) => `${f.code}|${f.sheet}|${f.cell}`)).toEqual(['invalid-date|Festivos|A3']);
  });

  test('no PQRSD sheet: no requests, a missing-sheet finding; the consistency check says nothing', () => {
    const a = analyzePqrsd({ sheets: [] }, { cutoff: fixtureCutoff });
    expect(a.sheetName).toBeNull();
    expect(codes(a)).toEqual(['missing-sheet']);
    expect(pqrsdFindings({ sheets: [] }, { cutoff: fixtureCutoff })).toEqual([]);
    expect(pqrsdFindings(fixtureWorkbook(), {}).some((f) => f.code === 'future-date')).toBe(false);
  });
});

describe('properties', () => {
  const row = fc.record({
    day: fc.integer({ min: 0, max: 400 }),
    type: fc.constantFrom('Petición', 'Queja', 'Consulta', 'Solicitud de información', 'Petición entre autoridades', 'Felicitación'),
    answerAfter: fc.option(fc.integer({ min: -5, max: 60 })),
    transferred: fc.boolean(),
  });
  const iso = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

  test('every request has one status, and the statuses add up to the requests received', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 0, max: 500 }), (rows, cut) => {
        const cutoff = iso('2024-06-01', cut);
        const values: CellValue[][] = [header, ...rows.map((r, i) => {
          const filed = iso('2024-06-01', r.day);
          return [`R${i}`, filed, r.type, null, null, r.answerAfter === null ? null : iso(filed, r.answerAfter), null, null, r.transferred ? 'Sí' : 'No', null] as CellValue[];
        })];
        const a = analyzePqrsd({ sheets: [{ name: 'PQRSD', values }] }, { cutoff });
        const received = computePqrsdIndicators(a.requests).filter((v) => v.id === 'pqrsd_received' && v.breakdown === null).reduce((s, v) => s + v.value, 0);
        return (
          a.requests.every((r) => pqrsdStatuses.includes(r.status) && r.filed <= cutoff) &&
          received === a.requests.length &&
          a.requests.length + a.excluded === rows.length &&
          a.requests.every((r) => (r.status === 'a tiempo') === (r.answered !== null && r.due !== null && !['trasladada'].includes(r.status) && r.answered <= r.due))
        );
      }),
    );
  });
});

test('the fixture has the rows its comments describe', () => {
  expect(fixtureRows).toHaveLength(18);
});

test('a transfer or extension date outside the holiday calendar is invalid-date, never a crash', () => {
  const wb = (row: CellValue[]) => ({ sheets: [{ name: 'PQRSD', values: [header, row] }] });
  for (const cutoff of [fixtureCutoff, null]) {
    expect(analyzePqrsd(wb(['X', '07/04/2025', 'Petición', null, null, null, null, null, 'Sí', '01/01/5000']), { cutoff }).findings.map((f) => `${f.code}|${f.cell}`)).toEqual(['invalid-date|J2']);
    expect(analyzePqrsd(wb(['X', '07/04/2025', 'Petición', null, null, null, '01/01/1900', 5]), { cutoff }).findings.map((f) => `${f.code}|${f.cell}`)).toEqual(['invalid-date|G2']);
  }
});
