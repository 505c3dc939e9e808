/**
 * fast-check: the raw log read into typed columns and aggregated from them (core/service/log.ts,
 * aggregateLog) gives exactly what the straightforward per-cell path gives — every row read into
 * located values by core/table's readTable, then tallied row by row (the aggregation as it was
 * before issue 9's rewrite, kept here as the reference) — on random logs with blanks, unreadable
 * values, spelling variants, missing columns and findings.
 */
import fc from 'fast-check';
import { aggregateLog, breakdownGapKey, readLog, readServiceData, type ChannelField, type ChannelMonth, type LogAggregate } from '../../../core/service';
import { channelEnum, channels, displayRaw, isBlank, parseDate, parseEnum, parseYesNo, pointTypeEnum, readOptionsOf, readTable, type Channel, type Located, type Table, type ReadOptionsInput } from '../../../core/table';
import type { FormatKind } from '../../../core/workbook';
import { logSheet } from '../../../core/template';
import { makeFinding, type Finding } from '../../../core/findings';
import { a1, a1Range, type CellValue, type RawWorkbook } from '../../../core/workbook';
import { normalizeName } from '../../../core/text';
import type { Locale } from '../../../core/i18n';

interface Tally {
  month: string;
  channel: Channel;
  firstRow: number;
  lastRow: number;
  interactions: number;
  resolvedKnown: number;
  resolved: number;
  respondents: number;
  respondentsKnown: number;
  sat: [number, number];
  per: [number, number];
  tru: [number, number];
  unreadable: Set<ChannelField>;
  /** First row with a blank yes/no that a figure needs (resolved, survey answered, a respondent's answer). */
  firstBlank: Partial<Record<'resolved' | 'respondents' | 'satisfaction' | 'perception' | 'trust', number>>;
}


function tallyShare(s: [number, number], yes: boolean): void {
  s[1]++;
  if (yes) s[0]++;
}

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const dates: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ m: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => serial(2025, m, d)) },
  { weight: 3, arbitrary: fc.record({ m: fc.integer({ min: 1, max: 4 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2025`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map((m) => new Date(Date.UTC(2025, m - 1, 3))) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '', 'ayer', '31/02/2025', serial(1905, 7, 1), '2150-01-01', 'Chat', true) },
);
const channelCells = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<CellValue>('Telefónico', 'Presencial', 'Virtual', 'telefonico', ' PRESENCIAL ', 'Teléfono', 'In person') },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 'Chat', 'Correo', 3) },
);
const pointCells = fc.constantFrom<CellValue>(null, null, 'Sede Central', 'sede central', ' Sede  Central ', 'PAR Nobsa', 'PAR nobsa', 'PAL Remedios', 42);
const pointTypeCells = fc.constantFrom<CellValue>(null, 'Sede Central', 'PAR', 'PAL', 'par', 'Punto de Atención Regional', 'Oficina');
const typeCells = fc.constantFrom<CellValue>(null, 'RUCOM', 'rucom', 'AnnA Minería', 'Anna mineria', 'Títulos', 7);
const yesNoCells = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<CellValue>('Sí', 'No', 'si', 'NO', 'X', 'n', true, false, 1, 0) },
  { weight: 3, arbitrary: fc.constant<CellValue>(null) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>('tal vez', 'N/A', 2, '') },
);
const columnCells: Record<string, fc.Arbitrary<CellValue>> = {
  date: dates,
  channel: channelCells,
  point: pointCells,
  pointType: pointTypeCells,
  type: typeCells,
  resolved: yesNoCells,
  answeredSurvey: yesNoCells,
  satisfied: yesNoCells,
  favourablePerception: yesNoCells,
  trusts: yesNoCells,
};
const headerOf = (key: string) => logSheet.columns.find((c) => c.key === key)!.header.es;

/** A random log: some optional columns dropped, the rest shuffled, rows of random cells (some empty, some repeating the row above). */
const logs = fc
  .record({
    keep: fc.subarray(logSheet.columns.map((c) => c.key).filter((k) => k !== 'date' && k !== 'channel')),
    dropRequired: fc.constantFrom(null, null, null, null, null, null, 'date', 'channel'),
    order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    rows: fc.array(fc.tuple(...logSheet.columns.map((c) => columnCells[c.key]), fc.boolean(), fc.nat(2)), { maxLength: 60 }),
  })
  .map(({ keep, dropRequired, order, rows }) => {
    const keys = logSheet.columns.map((c) => c.key as string).filter((k) => (k === 'date' || k === 'channel' ? k !== dropRequired : keep.includes(k as never)));
    const shuffled = keys.map((k, i) => ({ k, o: order[i] })).sort((a, b) => a.o - b.o).map((x) => x.k);
    const index = logSheet.columns.map((c) => c.key as string);
    const values: CellValue[][] = [shuffled.map(headerOf)];
    for (const r of rows) {
      // A log repeats values row after row: some rows copy the one above.
      if (r[11] === 0 && values.length > 1) values.push([...values[values.length - 1]]);
      else values.push(r[10] ? [] : shuffled.map((k) => r[index.indexOf(k)] as CellValue));
    }
    return values;
  });

const kinds: (FormatKind | undefined)[] = [undefined, 'date', 'general', 'percent', 'text', undefined, 'number'];
const options: fc.Arbitrary<ReadOptionsInput> = fc.constantFrom<ReadOptionsInput>('es', 'en', { locale: 'es', years: { from: 2025, to: 2025 } });

/** A finding as compared: everything a user sees. */
const shown = (f: Finding) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message, suggestion: f.suggestion });

describe('the log read into columns and aggregated equals the per-cell reference', () => {
  test('aggregates, unplaced rows, breakdown gaps and findings', () => {
    fc.assert(
      fc.property(logs, options, fc.option(fc.nat(1000)), (values, opts, formatSeed) => {
        // Number formats as evidence: some cells formatted as dates, percentages, text.
        const formatOf = formatSeed === null ? undefined : (r: number, c: number) => kinds[(r * 5 + c * 3 + formatSeed) % kinds.length];
        const book: RawWorkbook = { sheets: [{ name: 'Interacciones', values, formatOf }] };
        const table = readTable(book, logSheet, opts);
        const log = readLog(book, opts);
        // Each cell against its parser called directly (no memo).
        const reading = readOptionsOf(opts);
        const cols = log.columns;
        for (let i = 0; i < log.length; i++) {
          const r = log.sheetRows[i] - 1;
          const cell = (c: number | undefined) => (c === undefined ? null : values[r][c]);
          const date = cols.date === undefined ? null : parseDate(cell(cols.date), { format: formatOf?.(r, cols.date), dateSystem: '1900', years: reading.years });
          expect(log.month[i] < 0 ? null : log.months[log.month[i]]).toBe(date?.kind === 'ok' ? date.value.slice(0, 7) : null);
          const channel = parseEnum(cell(cols.channel), channelEnum);
          expect(log.channel[i] < 0 ? null : channels[log.channel[i]]).toBe(channel.kind === 'ok' ? channel.value : null);
          const text = (c: number | undefined) => (isBlank(cell(c)) ? null : displayRaw(cell(c)));
          const textOf = (id: number) => (id < 0 ? null : log.texts[id]);
          expect(textOf(log.point[i])).toBe(text(cols.point));
          expect(textOf(log.type[i])).toBe(text(cols.type));
          const pointType = parseEnum(cell(cols.pointType), pointTypeEnum);
          expect(textOf(log.pointType[i])).toBe(pointType.kind === 'ok' ? pointType.value : null);
          for (const key of ['resolved', 'answeredSurvey', 'satisfied', 'favourablePerception', 'trusts'] as const) {
            const yes = parseYesNo(cell(cols[key]));
            expect(log.answers[key][i]).toBe(yes.kind === 'ok' ? (yes.value ? 1 : 0) : -1);
          }
        }
        expect(log.findings.map(shown)).toEqual(table.findings.map(shown));
        expect(log.columns).toEqual(table.columns);
        expect(log.missingColumns).toEqual(table.missingColumns);
        expect(log.size).toEqual(table.size);
        expect([...log.sheetRows]).toEqual(table.rows.map((r) => r.row));
        const locale: Locale = typeof opts === 'string' ? opts : (opts.locale ?? 'es');
        const fast = aggregateLog(log, locale);
        const reference = referenceAggregate(table, locale);
        expect(fast.channelMonths).toEqual(reference.channelMonths);
        expect(fast.points).toEqual(reference.points);
        expect(fast.types).toEqual(reference.types);
        expect(fast.unplaced).toEqual(reference.unplaced);
        expect(fast.breakdownGaps).toEqual(reference.breakdownGaps);
        expect(fast.findings.map(shown)).toEqual(reference.findings.map(shown));
      }),
      { numRuns: 300 },
    );
  });

  test('the reference is not vacuous: the generated logs have aggregates, unplaced rows and findings', () => {
    let aggregates = 0;
    let unplaced = 0;
    let findings = 0;
    fc.assert(
      fc.property(logs, (values) => {
        const book: RawWorkbook = { sheets: [{ name: 'Interacciones', values }] };
        const reference = referenceAggregate(readTable(book, logSheet, 'es'));
        aggregates += reference.channelMonths.length;
        unplaced += reference.unplaced.length;
        findings += readTable(book, logSheet, 'es').findings.length + reference.findings.length;
      }),
      { numRuns: 100, seed: 7 },
    );
    expect(aggregates).toBeGreaterThan(50);
    expect(unplaced).toBeGreaterThan(10);
    expect(findings).toBeGreaterThan(50);
  });
});

describe('read once per run', () => {
  const values: CellValue[][] = [['Fecha', 'Canal'], ['03/02/2025', 'Virtual'], ['04/02/2025', 'Chat']];
  test('the same sheet and options give the same reading; other options or new values read again', () => {
    const book: RawWorkbook = { sheets: [{ name: 'Interacciones', values }] };
    const first = readLog(book, 'es');
    expect(readLog(book, { locale: 'es' })).toBe(first);
    expect(readServiceData(book, 'es').log).toBe(first);
    expect(readLog(book, 'en')).not.toBe(first);
    expect(readLog(book, 'en').findings[0].message).not.toBe(first.findings[0].message);
    book.sheets[0].values = [...values, ['05/03/2025', 'Presencial']];
    const again = readLog(book, 'es');
    expect(again).not.toBe(first);
    expect(again.months).toEqual(['2025-02', '2025-03']);
  });
});

/** The aggregation before issue 9's rewrite: every row read into located values first. */
function referenceAggregate(log: Table<typeof logSheet.columns>, locale: Locale = 'es'): LogAggregate {
  const empty: LogAggregate = { channelMonths: [], points: [], types: [], unplaced: [], breakdownGaps: [], findings: [] };
  if (!log.sheetName || log.rows.length === 0) return empty;
  const sheet = log.sheetName;
  const tallies = new Map<string, Tally>();
  const points = new Map<string, { month: string; group: string | null; key: string; n: number; first: number; last: number }>();
  const types = new Map<string, { month: string; channel: Channel; key: string; n: number; first: number; last: number }>();
  const unplaced: LogAggregate['unplaced'] = [];
  const breakdownGaps = new Set<string>();
  const col = log.columns;
  for (const r of log.rows) {
    const v = r.values;
    if (!v.date || !v.channel) {
      unplaced.push({ month: v.date?.value.slice(0, 7), channel: v.channel?.value });
      continue;
    }
    const month = v.date.value.slice(0, 7);
    const channel = v.channel.value;
    const key = `${month}|${channel}`;
    let t = tallies.get(key);
    if (!t) {
      t = { month, channel, firstRow: r.row, lastRow: r.row, interactions: 0, resolvedKnown: 0, resolved: 0, respondents: 0, respondentsKnown: 0, sat: [0, 0], per: [0, 0], tru: [0, 0], unreadable: new Set(), firstBlank: {} };
      tallies.set(key, t);
    }
    t.lastRow = r.row;
    t.interactions++;
    for (const k of r.unreadable) {
      if (k === 'resolved') t.unreadable.add('resolved');
      if (k === 'answeredSurvey') ['respondents', 'satisfaction', 'perception', 'trust'].forEach((f) => t!.unreadable.add(f as ChannelField));
      if (k === 'satisfied') t.unreadable.add('satisfaction');
      if (k === 'favourablePerception') t.unreadable.add('perception');
      if (k === 'trusts') t.unreadable.add('trust');
      if (k === 'pointType' && channel === 'Presencial') breakdownGaps.add(breakdownGapKey('points', month, 'Presencial'));
    }
    if (v.resolved) {
      t.resolvedKnown++;
      if (v.resolved.value) t.resolved++;
    } else if (col.resolved !== undefined && t.firstBlank.resolved === undefined && !r.unreadable.includes('resolved')) t.firstBlank.resolved = r.row;
    // A row answered the survey when it says so, or (no such column) when it rated anything.
    const answered = v.answeredSurvey ? v.answeredSurvey.value : col.answeredSurvey === undefined && !!(v.satisfied || v.favourablePerception || v.trusts);
    if (v.answeredSurvey || col.answeredSurvey === undefined) t.respondentsKnown++;
    else if (t.firstBlank.respondents === undefined && !r.unreadable.includes('answeredSurvey')) t.firstBlank.respondents = r.row;
    if (answered) {
      t.respondents++;
      const answer = (share: [number, number], value: { value: boolean } | undefined, field: 'satisfaction' | 'perception' | 'trust', key: string) => {
        if (value) tallyShare(share, value.value);
        else if (t!.firstBlank[field] === undefined && !r.unreadable.includes(key as never)) t!.firstBlank[field] = r.row;
      };
      answer(t.sat, v.satisfied, 'satisfaction', 'satisfied');
      answer(t.per, v.favourablePerception, 'perception', 'favourablePerception');
      answer(t.tru, v.trusts, 'trust', 'trusts');
    }
    if (channel === 'Presencial' && v.point) {
      const pk = `${month}|${normalizeName(v.point.value)}`;
      const p = points.get(pk) ?? { month, group: v.pointType?.value ?? null, key: v.point.value, n: 0, first: r.row, last: r.row };
      p.n++;
      p.last = r.row;
      points.set(pk, p);
    }
    if (v.type) {
      const tk = `${key}|${normalizeName(v.type.value)}`;
      const ty = types.get(tk) ?? { month, channel, key: v.type.value, n: 0, first: r.row, last: r.row };
      ty.n++;
      ty.last = r.row;
      types.set(tk, ty);
    }
  }
  const at = (value: number, first: number, last: number, column: number | undefined): Located<number> => ({
    value,
    sheet,
    cell: a1Range(first - 1, column ?? 0, last - 1, column ?? 0),
    raw: value,
  });
  const findings: Finding[] = [];
  const header = (key: string) => logSheet.columns.find((c) => c.key === key)!.header[locale];
  const channelMonths: ChannelMonth[] = [...tallies.values()].map((t) => {
    const share = (s: [number, number], column: number | undefined) => (s[1] > 0 ? at((100 * s[0]) / s[1], t.firstRow, t.lastRow, column) : undefined);
    // Some rows say whether they were resolved (or surveyed, or satisfied) and others are blank: the figure would be partial.
    const partly = (known: number, blankRow: number | undefined, field: ChannelField, column: number | undefined, key: string, of = t.interactions) => {
      if (known === 0 || known === of || blankRow === undefined || column === undefined) return;
      t.unreadable.add(field);
      if (field === 'respondents') ['satisfaction', 'perception', 'trust'].forEach((f) => t.unreadable.add(f as ChannelField));
      findings.push(makeFinding('missing-value', { severity: 'warning', sheet, cell: a1(blankRow - 1, column), params: { column: header(key) } }, locale));
    };
    partly(t.resolvedKnown, t.firstBlank.resolved, 'resolved', col.resolved, 'resolved');
    partly(t.respondentsKnown, t.firstBlank.respondents, 'respondents', col.answeredSurvey, 'answeredSurvey');
    partly(t.sat[1], t.firstBlank.satisfaction, 'satisfaction', col.satisfied, 'satisfied', t.respondents);
    partly(t.per[1], t.firstBlank.perception, 'perception', col.favourablePerception, 'favourablePerception', t.respondents);
    partly(t.tru[1], t.firstBlank.trust, 'trust', col.trusts, 'trusts', t.respondents);
    const known = (field: ChannelField, value: Located<number> | undefined) => (t.unreadable.has(field) ? undefined : value);
    return {
      month: t.month,
      channel: t.channel,
      source: 'log',
      sheet,
      row: t.firstRow,
      interactions: at(t.interactions, t.firstRow, t.lastRow, col.date),
      resolved: known('resolved', t.resolvedKnown > 0 ? at(t.resolved, t.firstRow, t.lastRow, col.resolved) : undefined),
      respondents: known('respondents', t.respondentsKnown > 0 ? at(t.respondents, t.firstRow, t.lastRow, col.answeredSurvey ?? col.satisfied) : undefined),
      satisfaction: known('satisfaction', share(t.sat, col.satisfied)),
      perception: known('perception', share(t.per, col.favourablePerception)),
      trust: known('trust', share(t.tru, col.trusts)),
      unreadable: t.unreadable,
      missing: new Set(),
    };
  });
  return {
    channelMonths,
    points: [...points.values()].map((p) => ({ month: p.month, channel: 'Presencial' as const, group: p.group, key: p.key, value: at(p.n, p.first, p.last, col.point), source: 'log' as const })),
    types: [...types.values()].map((t) => ({ month: t.month, channel: t.channel, group: null, key: t.key, value: at(t.n, t.first, t.last, col.type), source: 'log' as const })),
    unplaced,
    breakdownGaps: [...breakdownGaps],
    findings,
  };
}
