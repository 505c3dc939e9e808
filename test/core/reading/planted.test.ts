/**
 * Planted errors (issue 8): a clean year plus one reading error of each kind in a different month,
 * next to one consistency error of each kind in other months. Every error is found at its cell, no
 * other check is lost, and no figure that does not depend on an error changes.
 */
import type { CellValue, RawSheet, RawWorkbook } from '../../../core/workbook';
import { parseA1 } from '../../../core/workbook';
import { computeServiceIndicators } from '../../../core/service';
import { runChecks } from '../../../core/actions/checks';
import { defaultActionOptions } from '../../../core/actions';
import { cleanWorkbook, copyBook } from '../checks/fixtures';
import { sheetOf } from './evidence';

const clean = cleanWorkbook(12);
// Rows of the clean year: Canales month i at 2+3i (Telefónico), 3+3i (Presencial), 4+3i (Virtual);
// points at 2+3i…4+3i; types at 2+2i, 3+2i; Reportado holds every figure of 2025-12.

function planted(): { wb: RawWorkbook; chatRow: number; logRow: number; typesRow: number; reportedRow: number } {
  const wb = copyBook(clean);
  const sheet = (name: string) => wb.sheets.find((s) => s.name === name)!;
  const set = (name: string, cell: string, value: CellValue) => {
    const p = parseA1(cell)!;
    sheet(name).values[p.row][p.col] = value;
  };
  // January: Mes merged over its three rows (evidence, not an error).
  set('Canales', 'A3', null);
  set('Canales', 'A4', null);
  // February: Presencial satisfaction typed as a bare fraction in a column of points → ambiguous.
  set('Canales', 'H6', 0.992);
  // March: Telefónico respondents a formula never computed.
  set('Canales', 'G8', null);
  // April: Virtual's month a serial misread (2009 → 1905-07-01).
  set('Canales', 'A13', 2009);
  // May: Presencial's count left blank.
  set('Canales', 'C15', null);
  // June: an extra row of a channel that is not one.
  const canales = sheet('Canales').values;
  canales.splice(19, 0, ['2025-06', 'Chat', 50, null, null, null, null, null, null, null]);
  const chatRow = 20;
  // (rows below June moved down one: July Telefónico is row 21, August 24, October 30…)
  // July: a log row whose date does not exist.
  const log = sheet('Interacciones').values;
  const logRow = log.findIndex((r) => typeof r[0] === 'string' && r[0].endsWith('/07/2025')) + 1;
  log[logRow - 1][0] = '31/02/2025';
  // August: Telefónico resolved above its interactions (a consistency error).
  const aug = canales[23];
  aug[3] = (aug[2] as number) + 7;
  // September: points adding up to more than Presencial (a consistency error).
  const points = sheet('Presencial por punto').values;
  points[2 + 3 * 8 - 1][3] = (points[2 + 3 * 8 - 1][3] as number) + 10;
  // October: Canales' Telefónico resolved differs from the log's (a consistency error).
  const oct = canales[29];
  oct[3] = (oct[3] as number) - 3;
  // November: a type's count unreadable.
  const types = sheet('Tipos de interacción').values;
  const typesRow = 2 + 2 * 10;
  types[typesRow - 1][3] = 'cuarenta';
  // December: a published figure that does not match (a consistency error).
  const reported = sheet('Reportado').values;
  const reportedRow = reported.findIndex((r) => r[1] === 'Interacciones' && r[2] === 'Virtual') + 1;
  reported[reportedRow - 1][4] = (reported[reportedRow - 1][4] as number) + 1;
  // The evidence a host gives: the merge, the formula without result, the date format of A13.
  const evidence = sheetOf('Canales', canales, { merges: ['A2:A4'], pending: ['G8'], formats: { A13: 'date' } });
  wb.sheets[wb.sheets.findIndex((s) => s.name === 'Canales')] = evidence;
  // Accountability sheets with damage of their own: never the month's report's findings.
  wb.sheets.push({ name: 'Espacios RdC', values: [['N°', 'Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'], [1, 'Audiencia pública', 'Boyaca', 'Sogamoso', 'Realizada', '1110912021']] } as RawSheet);
  return { wb, chatRow, logRow, typesRow, reportedRow };
}

const { wb, chatRow, logRow, typesRow, reportedRow } = planted();
const result = runChecks(wb, { ...defaultActionOptions, cutoff: '2025-12-31' });
const where = result.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort();

test('every planted error is found at its cell, and nothing else', () => {
  expect(where).toEqual(
    [
      'ambiguous-percent@Canales!H6',
      'formula-without-result@Canales!G8',
      'invalid-month@Canales!A13',
      'missing-value@Canales!C15',
      `unknown-value@Canales!B${chatRow}`,
      `invalid-date@Interacciones!A${logRow}`,
      'part-exceeds-total@Canales!D24',
      // …which the raw log contradicts too.
      'log-aggregate-mismatch@Canales!D24',
      'sum-mismatch@Presencial por punto!D26:D28',
      'log-aggregate-mismatch@Canales!D30',
      `invalid-number@Tipos de interacción!D${typesRow}`,
      `reported-mismatch@Reportado!E${reportedRow}`,
    ].sort(),
  );
});

test('the published figures that do not depend on an error are all compared', () => {
  // December's figures: only the year to date of the entity, Virtual (April) and Presencial (May) rest on errors.
  expect(result.summary.join('\n')).toMatch(/Cifras publicadas \(Reportado\): \d+ comparadas, 3 sin datos para calcularlas\./);
});

describe('figures', () => {
  const key = (v: { id: string; month: string; channel: string; breakdown: string | null }) => `${v.id}|${v.month}|${v.channel}|${v.breakdown}`;
  const before = new Map(computeServiceIndicators(clean).indicators.map((v) => [key(v), v.value]));
  const after = new Map(computeServiceIndicators(wb).indicators.map((v) => [key(v), v.value]));

  test('no figure appears, and none changes except those the consistency errors changed on purpose', () => {
    const changed = [...after].filter(([k, v]) => before.get(k) !== v).map(([k]) => k).sort();
    expect(changed).toEqual(
      [
        // August: resolved 7 above the count; October: resolved 3 lower.
        'first_contact_resolution|2025-08|Telefónico|null',
        'first_contact_resolution|2025-08|ANM|null',
        'first_contact_resolution|2025-10|Telefónico|null',
        'first_contact_resolution|2025-10|ANM|null',
        // September: Sede Central 10 higher.
        'point_interactions|2025-09|Presencial|Sede Central',
        'point_type_interactions|2025-09|Presencial|Sede Central',
        'point_type_share|2025-09|Presencial|Sede Central',
        'point_type_share|2025-09|Presencial|PAR',
        'point_type_share|2025-09|Presencial|PAL',
      ].sort(),
    );
  });

  test('what disappears is what rests on a reading error', () => {
    const gone = [...before.keys()].filter((k) => !after.has(k));
    const explained = (k: string) => {
      const [id, month, channel, breakdown] = k.split('|');
      const entitySurvey = /^(satisfaction|perception|trust)(_ci_(low|high))?$|^consolidated_satisfaction$|^survey_response_rate$/.test(id) && channel === 'ANM';
      if (month === '2025-02') return (channel === 'Presencial' && /^satisfaction/.test(id)) || (entitySurvey && id !== 'survey_response_rate');
      if (month === '2025-03') return channel === 'Telefónico' ? /^survey_response_rate$|_ci_/.test(id) : entitySurvey;
      // April's Virtual row and May's Presencial count: the entity's totals of the year from then on.
      if (id === 'ytd_interactions' && (channel === 'ANM' || (channel === 'Virtual' && month >= '2025-04') || (channel === 'Presencial' && month >= '2025-05'))) return month >= '2025-04';
      // April may be missing its Virtual row (the unplaced one): none of its entity-wide figures can be whole.
      if (month === '2025-04') return channel === 'Virtual' || channel === 'ANM' || id === 'channel_share';
      if (month === '2025-05' && (id === 'month_over_month') && channel === 'Virtual') return true;
      if (month === '2025-05') return channel === 'Presencial' ? /^(interactions|channel_share|month_over_month|first_contact_resolution|survey_response_rate)$/.test(id) : id === 'channel_share' || (channel === 'ANM' && /^(interactions|month_over_month|first_contact_resolution|survey_response_rate)$/.test(id));
      if (month === '2025-06') return id === 'month_over_month' && (channel === 'Presencial' || channel === 'ANM');
      if (month === '2025-11') return channel === 'Telefónico' && (id === 'interaction_type_share' || id === 'typified_coverage' || (id === 'interaction_type_count' && breakdown === 'RUCOM'));
      return false;
    };
    expect(gone.filter((k) => !explained(k))).toEqual([]);
    // And every month not listed above keeps all its figures.
    for (const month of ['2025-01', '2025-07', '2025-08', '2025-09', '2025-10', '2025-12']) {
      expect([month, gone.filter((k) => k.split('|')[1] === month && !k.startsWith('ytd_interactions'))]).toEqual([month, []]);
    }
  });
});

test('the month’s report (revisar --mes 2025-03) keeps the findings of the months its figures rest on, and those of rows whose month cannot be read', () => {
  const march = runChecks(wb, { ...defaultActionOptions, month: '2025-03', cutoff: '2025-12-31' });
  expect(march.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort()).toEqual(
    ['ambiguous-percent@Canales!H6', 'formula-without-result@Canales!G8', 'invalid-month@Canales!A13', `invalid-date@Interacciones!A${logRow}`].sort(),
  );
  expect(march.summary[0]).toBe('Alcance: el informe de marzo de 2025 y los meses de los que dependen sus cifras.');
});
