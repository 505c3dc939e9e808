/**
 * Each PQRSD request's due date and status at a cut-off date (pqrsd.md): the `PQRSD`, `Términos
 * PQRSD` and `Festivos` sheets read by the workbook's reading rules, terms in business days (Ley
 * 1755 de 2015), extensions (art. 14, parágrafo) and transfers (art. 21).
 *
 * A request whose status cannot be known for certain (a required cell blank or unreadable, an
 * unreadable date, contradictory dates, a duplicate Radicado) is left out of every figure, and a
 * finding says why: never a guess.
 */
import type { RawWorkbook } from '../workbook';
import { a1, parseA1 } from '../workbook';
import { makeFinding, type Finding } from '../findings';
import { formatDayFirst, type Locale } from '../i18n';
import { normalizeName } from '../text';
import { readTable, type Channel, type Located, type Table } from '../table';
import { addBusinessDays, businessCalendar, businessDaysBetween, firstCalendarYear, lastCalendarYear, type BusinessCalendar } from '../calendar';
import { closuresSheet, pqrsdSheet, termsSheet } from './sheets';
import { dueSoonDays, legalTerms, pqrsdTypes, transferDays, type PqrsdType } from './terms';

/** A request's status at the cut-off, with pqrsd.md's Spanish names (also the JSON values). */
export type PqrsdStatus = 'a tiempo' | 'fuera de término' | 'vigente' | 'por vencer' | 'vencida' | 'trasladada' | 'sin término';
export const pqrsdStatuses: readonly PqrsdStatus[] = ['a tiempo', 'fuera de término', 'vigente', 'por vencer', 'vencida', 'trasladada', 'sin término'];

/** Status names shown to people. */
export const statusLabels: Record<Locale, Record<PqrsdStatus, string>> = {
  es: { 'a tiempo': 'A tiempo', 'fuera de término': 'Fuera de término', vigente: 'Vigente', 'por vencer': 'Por vencer', vencida: 'Vencida', trasladada: 'Trasladada', 'sin término': 'Sin término' },
  en: { 'a tiempo': 'On time', 'fuera de término': 'Late', vigente: 'Open', 'por vencer': 'Due soon', vencida: 'Overdue', trasladada: 'Transferred', 'sin término': 'No term' },
};

/** One request as computed at the cut-off. Dates are `YYYY-MM-DD`; day counts are business days. */
export interface PqrsdRequest {
  /** 1-based sheet row. */
  row: number;
  radicado: string;
  type: PqrsdType;
  channel: Channel | null;
  dependency: string | null;
  filed: string;
  /** The term applied (legal or the entity's shorter one); null for a type without term. */
  term: number | null;
  /** Extension business days that count (notified in time, capped at the term). */
  extension: number;
  /** Due date (term plus a valid extension); null without term. */
  due: string | null;
  /** Response date, when answered by the cut-off. */
  answered: string | null;
  /** Business days from filing to response; null while pending. */
  businessDays: number | null;
  status: PqrsdStatus;
  /** Pending with a term: business days past the due date (`vencida`) or left until it (`vigente`, `por vencer`). */
  overdueDays: number | null;
  daysLeft: number | null;
  /** A1 address of the Radicado cell, for links. */
  cell: string;
}

/** The term of each type: the days applied and whether the entity shortened it. */
export type TermsInForce = Record<PqrsdType, { days: number | null; legal: number | null; shortened: boolean }>;

export interface PqrsdAnalysis {
  /** `YYYY-MM-DD`; null when analysed for findings only (no statuses of pending requests then). */
  cutoff: string | null;
  /** The `PQRSD` sheet's name as written, or null when absent. */
  sheetName: string | null;
  requests: PqrsdRequest[];
  terms: TermsInForce;
  /** Days from `Festivos` (ISO). */
  closures: string[];
  calendar: BusinessCalendar;
  /** Non-blank rows of `PQRSD` left out of the figures (each has a finding). */
  excluded: number;
  findings: Finding[];
}


const inCalendar = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  return y >= firstCalendarYear && y <= lastCalendarYear;
};

/** The days of the `Festivos` sheet (absent sheet: none) and its reading findings. */
export function readClosures(workbook: RawWorkbook, locale: Locale = 'es'): { dates: string[]; findings: Finding[] } {
  const table = readTable(workbook, closuresSheet, locale);
  return { dates: table.rows.filter((r) => r.values.date).map((r) => r.values.date!.value), findings: table.findings };
}

/** The terms in force: the legal ones, shortened by `Términos PQRSD` rows (a longer one is `term-above-law`). */
export function readTerms(workbook: RawWorkbook, locale: Locale = 'es'): { terms: TermsInForce; findings: Finding[] } {
  const terms = Object.fromEntries(pqrsdTypes.map((t) => [t, { days: legalTerms[t], legal: legalTerms[t], shortened: false }])) as TermsInForce;
  const table = readTable(workbook, termsSheet, locale);
  const findings: Finding[] = [...table.findings];
  const seen = new Map<PqrsdType, number>();
  for (const r of table.rows) {
    const type = r.values.type?.value as PqrsdType | undefined;
    const days = r.values.days;
    if (!r.complete || !type || !days) continue;
    const first = seen.get(type);
    if (first !== undefined) {
      findings.push(makeFinding('duplicate-row', { sheet: table.sheetName!, cell: r.values.type!.cell, params: { row: r.row, firstRow: first, key: type } }, locale));
      continue;
    }
    seen.set(type, r.row);
    const legal = legalTerms[type]!;
    if (days.value > legal) {
      findings.push(makeFinding('term-above-law', { sheet: days.sheet, cell: days.cell, params: { days: days.value, type, legal }, expected: legal, actual: days.value }, locale));
      continue;
    }
    terms[type] = { days: days.value, legal, shortened: days.value < legal };
  }
  return { terms, findings };
}

type PqrsdTable = Table<typeof pqrsdSheet.columns>;
type ColumnKey = (typeof pqrsdSheet.columns)[number]['key'];

/** Columns whose unreadable value makes a request's status uncertain. */
const statusColumns: readonly ColumnKey[] = ['radicado', 'filed', 'type', 'answered', 'extensionDate', 'extensionDays', 'transferred', 'transferDate'];

/** Per sheet row, the columns with a reading finding. */
function problemColumns(table: PqrsdTable): Map<number, Set<ColumnKey>> {
  const keyOfColumn = new Map<number, ColumnKey>(Object.entries(table.columns as Record<string, number>).map(([k, i]) => [i, k as ColumnKey]));
  const out = new Map<number, Set<ColumnKey>>();
  for (const f of table.findings) {
    const pos = f.cell ? parseA1(f.cell.split(':')[0]) : null;
    if (!pos || pos.row === 0) continue;
    const key = keyOfColumn.get(pos.col);
    if (!key) continue;
    if (!out.has(pos.row + 1)) out.set(pos.row + 1, new Set());
    out.get(pos.row + 1)!.add(key);
  }
  return out;
}

/**
 * Reads the PQRSD sheets and computes every request's due date and status at `cutoff`
 * (`YYYY-MM-DD`). An absent `PQRSD` sheet gives no requests and a `missing-sheet` finding. With a
 * null cut-off (findings only) no date is after it and pending requests count as `vigente`.
 */
export function analyzePqrsd(workbook: RawWorkbook, options: { cutoff: string | null; locale?: Locale }): PqrsdAnalysis {
  const locale = options.locale ?? 'es';
  const cutoff = options.cutoff;
  const closures = readClosures(workbook, locale);
  const { terms, findings: termFindings } = readTerms(workbook, locale);
  const calendar = businessCalendar(closures.dates);
  const table = readTable(workbook, pqrsdSheet, locale);
  const findings: Finding[] = [...table.findings, ...termFindings, ...closures.findings];
  const base = { cutoff, terms, closures: closures.dates, calendar };
  if (!table.sheetName) {
    findings.push(makeFinding('missing-sheet', { params: { sheet: pqrsdSheet.name[locale], purpose: locale === 'es' ? ' para calcular los vencimientos de PQRSD' : ' to compute PQRSD due dates' } }, locale));
    return { ...base, sheetName: null, requests: [], excluded: 0, findings };
  }
  if (cutoff !== null && !inCalendar(cutoff)) throw new RangeError(`Cut-off ${cutoff} is outside the holiday calendar (${firstCalendarYear}–${lastCalendarYear}).`);
  const sheet = table.sheetName;
  const problems = problemColumns(table);
  const header = (key: ColumnKey) => pqrsdSheet.columns.find((c) => c.key === key)!.header[locale];
  const cellOf = (row: number, key: ColumnKey) => {
    const c = (table.columns as Partial<Record<ColumnKey, number>>)[key];
    return c === undefined ? null : a1(row - 1, c);
  };
  const firstRowOf = new Map<string, number>();
  const requests: PqrsdRequest[] = [];
  let excluded = 0;
  const es = locale === 'es';

  for (const r of table.rows) {
    const v = r.values;
    const rowProblems = problems.get(r.row);
    if (!r.complete || statusColumns.some((k) => rowProblems?.has(k)) || !v.radicado || !v.filed || !v.type) {
      excluded++;
      continue;
    }
    const radicado = v.radicado.value;
    const type = v.type.value as PqrsdType;
    const at = (located: Located<unknown>, params: Record<string, string | number>, extra: { expected?: number | string; actual?: number | string } = {}) => ({
      sheet,
      cell: located.cell,
      params: { radicado, ...params },
      ...extra,
    });

    const key = normalizeName(radicado);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      findings.push(makeFinding('duplicate-row', { sheet, cell: v.radicado.cell, params: { row: r.row, firstRow: first, key: radicado } }, locale));
      excluded++;
      continue;
    }
    firstRowOf.set(key, r.row);

    // A date the holiday calendar does not cover (before 1984, after 4099) cannot be counted in business days.
    const outside = (['filed', 'extensionDate', 'transferDate'] as const).find((k) => v[k] && !inCalendar(v[k]!.value));
    if (outside) {
      findings.push(makeFinding('invalid-date', { sheet, cell: v[outside]!.cell, params: { column: header(outside), value: formatDayFirst(v[outside]!.value) } }, locale));
      excluded++;
      continue;
    }
    const filed = v.filed.value;
    const future = (located: Located<string>, column: ColumnKey, consequence: string) =>
      findings.push(makeFinding('future-date', at(located, { column: header(column), date: formatDayFirst(located.value), cutoff: formatDayFirst(cutoff!), consequence }), locale));
    if (cutoff !== null && filed > cutoff) {
      future(v.filed, 'filed', es ? 'al corte no se había radicado y no se cuenta.' : 'it had not been filed at the cut-off and is not counted.');
      excluded++;
      continue;
    }

    let answered: string | null = v.answered?.value ?? null;
    if (answered !== null && answered < filed) {
      findings.push(makeFinding('response-before-filing', at(v.answered!, { answered: formatDayFirst(answered), filed: formatDayFirst(filed) }), locale));
      excluded++;
      continue;
    }
    if (cutoff !== null && answered !== null && answered > cutoff) {
      future(v.answered!, 'answered', es ? 'al corte la solicitud figura sin respuesta.' : 'at the cut-off the request is pending.');
      answered = null;
    }

    // An extension needs both its notice date and its days; half of it cannot be judged.
    const extensionDate = v.extensionDate;
    const extensionDays = v.extensionDays;
    if (!!extensionDate !== !!extensionDays) {
      const missing: ColumnKey = extensionDate ? 'extensionDays' : 'extensionDate';
      const present = (extensionDate ?? extensionDays)!;
      findings.push(makeFinding('missing-value', { sheet, cell: cellOf(r.row, missing) ?? present.cell, params: { column: header(missing) } }, locale));
      excluded++;
      continue;
    }

    const term = terms[type].days;
    let due: string | null = null;
    let extension = 0;
    if (term !== null) {
      const originalDue = addBusinessDays(filed, term, calendar);
      if (extensionDate && extensionDays) {
        const days = extensionDays.value;
        if (days > term) findings.push(makeFinding('extension-too-long', at(extensionDays, { extension: days, term }, { expected: term, actual: days }), locale));
        if (cutoff !== null && extensionDate.value > cutoff) {
          future(extensionDate, 'extensionDate', es ? 'al corte la ampliación no cuenta.' : 'the extension does not count at the cut-off.');
        } else if (extensionDate.value > originalDue) {
          findings.push(makeFinding('extension-late', at(extensionDate, { notified: formatDayFirst(extensionDate.value), due: formatDayFirst(originalDue) }), locale));
        } else {
          extension = Math.min(days, term);
        }
      }
      due = addBusinessDays(originalDue, extension, calendar);
    }

    // A transfer date is evidence of a transfer when Trasladada is blank; an explicit No wins.
    let transferred = v.transferred ? v.transferred.value : !!v.transferDate;
    if (transferred && v.transferDate) {
      const date = v.transferDate.value;
      if (cutoff !== null && date > cutoff) {
        future(v.transferDate, 'transferDate', es ? 'al corte no se había trasladado.' : 'it had not been transferred at the cut-off.');
        transferred = false;
      } else {
        const days = businessDaysBetween(filed, date, calendar);
        if (days > transferDays) findings.push(makeFinding('transfer-late', at(v.transferDate, { transferred: formatDayFirst(date), days, limit: transferDays }, { expected: transferDays, actual: days }), locale));
      }
    }

    const businessDays = answered !== null ? businessDaysBetween(filed, answered, calendar) : null;
    let status: PqrsdStatus;
    let overdueDays: number | null = null;
    let daysLeft: number | null = null;
    if (transferred) status = 'trasladada';
    else if (due === null) status = 'sin término';
    else if (answered !== null) status = answered <= due ? 'a tiempo' : 'fuera de término';
    else if (cutoff === null) status = 'vigente';
    else if (due < cutoff) {
      status = 'vencida';
      overdueDays = businessDaysBetween(due, cutoff, calendar);
    } else {
      daysLeft = businessDaysBetween(cutoff, due, calendar);
      status = daysLeft <= dueSoonDays ? 'por vencer' : 'vigente';
    }

    requests.push({
      row: r.row,
      radicado,
      type,
      channel: v.channel?.value ?? null,
      dependency: v.dependency?.value ?? null,
      filed,
      term,
      extension,
      due,
      answered,
      businessDays,
      status,
      overdueDays,
      daysLeft,
      cell: v.radicado.cell,
    });
  }
  return { ...base, sheetName: sheet, requests, excluded, findings };
}

/** Pending requests to act on: `vencida` (most business days overdue first), then `por vencer` (fewest days left first). */
export function attentionList(requests: readonly PqrsdRequest[]): PqrsdRequest[] {
  const overdue = requests.filter((r) => r.status === 'vencida').sort((a, b) => b.overdueDays! - a.overdueDays! || a.due!.localeCompare(b.due!) || a.row - b.row);
  const soon = requests.filter((r) => r.status === 'por vencer').sort((a, b) => a.daysLeft! - b.daysLeft! || a.due!.localeCompare(b.due!) || a.row - b.row);
  return [...overdue, ...soon];
}

/**
 * The PQRSD sheets' findings for the consistency check: reading problems and the PQRSD rules.
 * Nothing when the workbook has no `PQRSD` sheet (it is optional). Without a cut-off, dates after
 * it (`future-date`) are not judged.
 */
export function pqrsdFindings(workbook: RawWorkbook, options: { cutoff?: string | null; locale?: Locale }): Finding[] {
  const cutoff = options.cutoff && inCalendar(options.cutoff) ? options.cutoff : null;
  const analysis = analyzePqrsd(workbook, { cutoff, locale: options.locale });
  return analysis.sheetName ? analysis.findings : [];
}
