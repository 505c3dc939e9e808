/**
 * The raw log `Interacciones` read into columns: one typed array per column, a value's row kept as
 * an index, no object per cell (issue 9: a million-row log). Read once per workbook and reading
 * options — the indicators, the checks, the deck and `todo` share it — by the same rules as every
 * other sheet (core/table's `scanSheet`: formats as evidence, blank or unreadable values are
 * findings at their cell, plausible months, headers as people write them).
 */
import type { RawSheet, RawWorkbook } from '../workbook';
import type { Finding } from '../findings';
import { channels, findSpecSheet, readOptionsOf, scanSheet, type Channel, type ReadOptionsInput } from '../table';
import { logSheet } from '../template';

export type LogKey = (typeof logSheet.columns)[number]['key'];

/** The yes/no columns of the log, in `LogTable.answers` order. */
export const logAnswerKeys = ['resolved', 'answeredSurvey', 'satisfied', 'favourablePerception', 'trusts'] as const;
export type LogAnswerKey = (typeof logAnswerKeys)[number];

/** The log as read: per data row `i` (in sheet order), its cells as codes in typed arrays. */
export interface LogTable {
  spec: typeof logSheet;
  /** The sheet's name as written in the workbook, or null when absent. */
  sheetName: string | null;
  /** 0-based column index per key, for present columns. */
  columns: Partial<Record<LogKey, number>>;
  missingColumns: LogKey[];
  findings: Finding[];
  /** Size of the sheet's used range (rows × columns). */
  size: { rows: number; columns: number };
  /** Data rows. */
  length: number;
  /** 1-based sheet row of each data row. */
  sheetRows: Int32Array;
  /** Index in `months` (`YYYY-MM`) of the row's date, -1 when there is no readable date. */
  month: Int32Array;
  months: string[];
  /** Index in `channels` of the row's channel, -1 when there is no readable channel. */
  channel: Int8Array;
  /** Index in `texts` of the row's service point, point type and interaction type, -1 when blank or unreadable. */
  point: Int32Array;
  pointType: Int32Array;
  type: Int32Array;
  /** Distinct texts as read (trimmed). */
  texts: string[];
  /** Per `logAnswerKeys`: 1 yes, 0 no, -1 not read (blank, unreadable or no such column). */
  answers: Record<LogAnswerKey, Int8Array>;
  /** Bit `i` set: the cell of `logSheet.columns[i]` is there but unreadable, or required and blank (`TypedRow.unreadable`). */
  unreadable: Int32Array;
}

/** The bit of a log column in `LogTable.unreadable`. */
export function logBit(key: LogKey): number {
  return 1 << logSheet.columns.findIndex((c) => c.key === key);
}

interface Memo {
  values: RawSheet['values'];
  rows: number;
  tables: Map<string, LogTable>;
}

/** Per sheet and reading options: a run's actions read the log once (issue 9). */
const memo = new WeakMap<RawSheet, Memo>();

/**
 * The workbook's log read into columns, with its reading findings; an empty table when the workbook
 * has no log. Memoised on the sheet object and the reading options, so every action of a run shares
 * one reading; a sheet whose values were replaced or grew is read again.
 */
export function readLog(workbook: RawWorkbook, options?: ReadOptionsInput): LogTable {
  const opts = readOptionsOf(options, workbook);
  const sheet = findSpecSheet(workbook, logSheet);
  if (!sheet) return emptyLog();
  const key = `${opts.locale}|${opts.dateSystem}|${opts.years.from}|${opts.years.to}`;
  let m = memo.get(sheet);
  if (!m || m.values !== sheet.values || m.rows !== sheet.values.length) memo.set(sheet, (m = { values: sheet.values, rows: sheet.values.length, tables: new Map() }));
  let table = m.tables.get(key);
  if (!table) m.tables.set(key, (table = readLogSheet(sheet, opts)));
  return table;
}

function emptyLog(): LogTable {
  const none = new Int8Array(0);
  return {
    spec: logSheet,
    sheetName: null,
    columns: {},
    missingColumns: [],
    findings: [],
    size: { rows: 0, columns: 0 },
    length: 0,
    sheetRows: new Int32Array(0),
    month: new Int32Array(0),
    months: [],
    channel: none,
    point: new Int32Array(0),
    pointType: new Int32Array(0),
    type: new Int32Array(0),
    texts: [],
    answers: { resolved: none, answeredSurvey: none, satisfied: none, favourablePerception: none, trusts: none },
    unreadable: new Int32Array(0),
  };
}

/** Reads one log sheet into columns (no memo). */
export function readLogSheet(sheet: RawSheet, options?: ReadOptionsInput): LogTable {
  const capacity = Math.max(0, sheet.values.length + (sheet.pendingFormulas?.length ?? 0));
  const sheetRows = new Int32Array(capacity);
  const month = new Int32Array(capacity);
  const channel = new Int8Array(capacity);
  const point = new Int32Array(capacity);
  const pointType = new Int32Array(capacity);
  const type = new Int32Array(capacity);
  const unreadable = new Int32Array(capacity);
  const answers = Object.fromEntries(logAnswerKeys.map((k) => [k, new Int8Array(capacity)])) as Record<LogAnswerKey, Int8Array>;
  const index = (key: LogKey) => logSheet.columns.findIndex((c) => c.key === key);
  const iDate = index('date');
  const iChannel = index('channel');
  const iPoint = index('point');
  const iPointType = index('pointType');
  const iType = index('type');
  const iAnswers = logAnswerKeys.map(index);
  const answerArrays = logAnswerKeys.map((k) => answers[k]);
  const months: string[] = [];
  const monthIds = new Map<string, number>();
  const monthOfDate = new Map<string, number>();
  const texts: string[] = [];
  const textIds = new Map<string, number>();
  const textId = (ok: boolean, value: unknown): number => {
    if (!ok) return -1;
    const s = value as string;
    let id = textIds.get(s);
    if (id === undefined) {
      id = texts.length;
      texts.push(s);
      textIds.set(s, id);
    }
    return id;
  };
  let n = 0;
  const scanned = scanSheet(sheet, logSheet, options, (s) => {
    sheetRows[n] = s.row + 1;
    let m = -1;
    if (s.ok[iDate]) {
      const date = s.value[iDate] as string;
      let id = monthOfDate.get(date);
      if (id === undefined) {
        const key = date.slice(0, 7);
        id = monthIds.get(key);
        if (id === undefined) {
          id = months.length;
          months.push(key);
          monthIds.set(key, id);
        }
        monthOfDate.set(date, id);
      }
      m = id;
    }
    month[n] = m;
    channel[n] = s.ok[iChannel] ? channels.indexOf(s.value[iChannel] as Channel) : -1;
    point[n] = textId(s.ok[iPoint], s.value[iPoint]);
    pointType[n] = textId(s.ok[iPointType], s.value[iPointType]);
    type[n] = textId(s.ok[iType], s.value[iType]);
    for (let a = 0; a < iAnswers.length; a++) answerArrays[a][n] = s.ok[iAnswers[a]] ? (s.value[iAnswers[a]] ? 1 : 0) : -1;
    unreadable[n] = s.unreadable;
    n++;
  });
  return {
    spec: logSheet,
    sheetName: sheet.name,
    ...scanned,
    length: n,
    sheetRows: sheetRows.subarray(0, n),
    month: month.subarray(0, n),
    months,
    channel: channel.subarray(0, n),
    point: point.subarray(0, n),
    pointType: pointType.subarray(0, n),
    type: type.subarray(0, n),
    texts,
    answers: Object.fromEntries(logAnswerKeys.map((k) => [k, answers[k].subarray(0, n)])) as Record<LogAnswerKey, Int8Array>,
    unreadable: unreadable.subarray(0, n),
  };
}
