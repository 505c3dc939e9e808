/**
 * The baseline of accountability spaces (accountability.md §2): `Espacios RdC` read and checked
 * against DIVIPOLA, and its indicators at a cut-off date.
 */
import type { CellValue, RawWorkbook } from '../workbook';
import { a1 } from '../workbook';
import { makeFinding, type Finding } from '../findings';
import type { Locale } from '../i18n';
import { displayRaw, findSpecSheet, isBlank, parseDate, readTable, type Located } from '../table';
import { addDays, formatDayFirst, suggestCalendarDate } from './dates';
import { inSheetOrder } from './review';
import { departmentByCode, matchDepartment, matchMunicipality, municipalitiesNamed, type Department, type Municipality } from './divipola';
import {
  inPersonSpaceTypes,
  listedSpaceTypes,
  readingRaw,
  spacesSheet,
  spacesSheetFor,
  spaceStatuses,
  type SpaceStatus,
  type SpaceType,
  type SpaceTypeContext,
} from './sheets';

/** Whether a cell gave a usable value, was blank, or held something unusable. */
export type CellState = 'ok' | 'blank' | 'unrecognised';

/** One row of `Espacios RdC`, as far as it could be read. */
export interface Space {
  /** 1-based sheet row. */
  row: number;
  type: SpaceType | null;
  typeState: CellState;
  department: Department | null;
  departmentState: CellState;
  /** Only when the department is recognised too. */
  municipality: Municipality | null;
  status: SpaceStatus | null;
  statusState: CellState;
  /** `YYYY-MM-DD`. */
  date: string | null;
  dateState: CellState;
  pdet: boolean | null;
  pdetState: CellState;
  attendees: number | null;
  /** A1 addresses of the row's cells, for links (null when the column is absent). */
  cells: { status: string | null; date: string | null; department: string | null; municipality: string | null };
}

export interface UpcomingSpace {
  date: string;
  type: SpaceType | null;
  department: string | null;
  municipality: string | null;
  sheet: string;
  cell: string | null;
}

/** The indicators of the spaces baseline. Buckets name what could not be read: `Sin dato` (blank), `No reconocido`. */
export interface SpacesBaseline {
  /** `YYYY-MM-DD`. */
  cutoff: string;
  /** Every non-blank row, valid or not. */
  total: number;
  byStatus: Record<string, number>;
  byType: Record<string, number>;
  /** By DIVIPOLA department (proper case), most spaces first. */
  byDepartment: Record<string, number>;
  /** By `YYYY-MM`, in order. */
  byMonth: Record<string, number>;
  /** Spaces `Realizada` held by the cut-off: not those dated after it (they are a `status-date-conflict`). */
  held: number;
  /** Spaces `Realizada` dated after the cut-off, left out of `held` and of the compliance. */
  heldAfterCutoff: number;
  /** Spaces `Programada` dated up to the cut-off. */
  scheduledDue: number;
  /** held / (held + scheduledDue), in points; null when both are 0. */
  compliance: number | null;
  /** Spaces marked PDET: count, share of `total` in points, and PDET cells that could not be read. */
  pdet: { count: number; share: number | null; unreadable: number };
  /** Distinct DIVIPOLA municipalities and departments of the spaces (any status). */
  municipalities: number;
  departments: number;
  /** Spaces with a DIVIPOLA department but no recognised municipality (blank or not found): why `departments` can exceed `municipalities`. */
  withoutMunicipality: number;
  /** `Programada` spaces in the 30 days after the cut-off, by date. */
  upcoming: UpcomingSpace[];
}

export const buckets = { blank: 'Sin dato', unrecognised: 'No reconocido' } as const;

/** Days after the cut-off that count as upcoming. */
export const upcomingDays = 30;

function text(raw: CellValue): string {
  return isBlank(raw) ? '' : displayRaw(raw);
}

/**
 * Reads `Espacios RdC`: every row with what could be read, and a finding for everything that could
 * not. `context` names the entity, whose `Tipo de espacio` values apply (spaceTypesFor).
 */
export function readSpaces(workbook: RawWorkbook, cutoff: string, locale: Locale = 'es', context: SpaceTypeContext = {}): { sheetName: string | null; spaces: Space[]; findings: Finding[] } {
  const spec = readingRaw(spacesSheetFor(context), ['date']);
  const table = readTable(workbook, spec, locale);
  const findings: Finding[] = [...table.findings];
  const rawSheet = findSpecSheet(workbook, spec);
  if (!table.sheetName || !rawSheet) {
    findings.push(
      makeFinding('missing-sheet', { params: { sheet: spacesSheet.name[locale], purpose: locale === 'es' ? ' para la línea base de espacios' : ' for the spaces baseline' } }, locale),
    );
    return { sheetName: null, spaces: [], findings };
  }
  const sheet = table.sheetName;
  const cols = table.columns as Partial<Record<string, number>>;
  const header = (key: string) => spacesSheet.columns.find((c) => c.key === key)!.header[locale];
  const rawAt = (row: number, key: string): CellValue => (cols[key] === undefined ? null : rawSheet.values[row - 1]?.[cols[key]!]);
  const cellAt = (row: number, key: string): string | null => (cols[key] === undefined ? null : a1(row - 1, cols[key]!));
  const state = (row: number, key: string, located: unknown): CellState => (located ? 'ok' : isBlank(rawAt(row, key)) ? 'blank' : 'unrecognised');

  const spaces: Space[] = [];
  const pendingDates: { index: number; raw: string }[] = [];
  for (const r of table.rows) {
    const v = r.values as Record<string, Located<unknown> | undefined>;
    const type = (v.type?.value as SpaceType | undefined) ?? null;
    const status = (v.status?.value as SpaceStatus | undefined) ?? null;
    const space: Space = {
      row: r.row,
      type,
      typeState: state(r.row, 'type', v.type),
      department: null,
      departmentState: 'blank',
      municipality: null,
      status,
      statusState: state(r.row, 'status', v.status),
      date: null,
      dateState: 'blank',
      pdet: (v.pdet?.value as boolean | undefined) ?? null,
      pdetState: state(r.row, 'pdet', v.pdet),
      attendees: (v.attendees?.value as number | undefined) ?? null,
      cells: { status: cellAt(r.row, 'status'), date: cellAt(r.row, 'date'), department: cellAt(r.row, 'department'), municipality: cellAt(r.row, 'municipality') },
    };

    // Department, then the municipality within it (or within the department a near miss stands for).
    const departmentText = text(rawAt(r.row, 'department'));
    const municipalityText = text(rawAt(r.row, 'municipality'));
    let checkIn: Department | null = null;
    if (cols.department !== undefined) {
      if (!departmentText) {
        // The municipality may tell which department is missing (`Socota` → Boyacá) when its name is unique in the country.
        const named = municipalityText ? municipalitiesNamed(municipalityText) : [];
        const suggestion = named.length && new Set(named.map((m) => m.departmentCode)).size === 1 ? departmentLabelOf(named[0]) : null;
        findings.push(makeFinding('missing-value', { sheet, cell: space.cells.department, params: { column: header('department') }, suggestion }, locale));
      } else {
        const match = matchDepartment(departmentText);
        if (match.kind === 'exact') {
          space.department = match.place;
          space.departmentState = 'ok';
          checkIn = match.place;
        } else {
          space.departmentState = 'unrecognised';
          if (match.kind === 'near') checkIn = match.place;
          findings.push(
            makeFinding(
              'unknown-department',
              { sheet, cell: space.cells.department, params: { value: departmentText }, suggestion: match.kind === 'near' ? match.place.label : null },
              locale,
            ),
          );
        }
      }
    }
    if (cols.municipality !== undefined) {
      if (!municipalityText) {
        if (type && inPersonSpaceTypes.includes(type)) {
          findings.push(makeFinding('missing-value', { sheet, cell: space.cells.municipality, params: { column: header('municipality') } }, locale));
        }
      } else if (checkIn) {
        const match = matchMunicipality(municipalityText, checkIn.code);
        if (match.kind === 'exact') {
          if (space.departmentState === 'ok') space.municipality = match.place;
        } else {
          const elsewhere = match.kind === 'none' ? [...new Set(municipalitiesNamed(municipalityText).map(departmentLabelOf))] : [];
          const hint = elsewhere.length
            ? locale === 'es'
              ? ` Ese nombre existe en ${elsewhere.join(', ')}.`
              : ` That name exists in ${elsewhere.join(', ')}.`
            : '';
          findings.push(
            makeFinding(
              'unknown-municipality',
              {
                sheet,
                cell: space.cells.municipality,
                params: { value: municipalityText, department: checkIn.label, hint },
                suggestion: match.kind === 'near' ? match.place.label : null,
              },
              locale,
            ),
          );
        }
      }
    }

    // Dates: damaged ones are corrected once the whole calendar is read (the neighbours break ties).
    const rawDate = rawAt(r.row, 'date');
    if (!isBlank(rawDate)) {
      // The workbook's date system and the cell's format make a serial a date (issue 8), as in every sheet.
      const parsed = parseDate(rawDate, { dateSystem: workbook.dateSystem, format: rawSheet.formatOf?.(r.row - 1, cols.date!) });
      if (parsed.kind === 'ok') {
        space.date = parsed.value;
        space.dateState = 'ok';
      } else {
        space.dateState = 'unrecognised';
        pendingDates.push({ index: spaces.length, raw: displayRaw(rawDate) });
      }
    }
    spaces.push(space);
  }

  // The nearest valid date above and below each row, in one pass each way.
  const above: (string | null)[] = [];
  const below: (string | null)[] = new Array(spaces.length).fill(null);
  spaces.forEach((s, i) => (above[i] = i ? (spaces[i - 1].date ?? above[i - 1]) : null));
  for (let i = spaces.length - 2; i >= 0; i--) below[i] = spaces[i + 1].date ?? below[i + 1];
  for (const { index, raw } of pendingDates) {
    const [before, after] = [above[index], below[index]];
    const suggestion = suggestCalendarDate(raw, [before, after].filter((d): d is string => !!d));
    const space = spaces[index];
    findings.push(makeFinding('invalid-date', { sheet, cell: space.cells.date, params: { value: raw }, suggestion: suggestion ? formatDayFirst(suggestion) : null }, locale));
  }

  for (const s of spaces) {
    if (!s.date || !s.status) continue;
    if ((s.status === 'Realizada' && s.date > cutoff) || (s.status === 'Programada' && s.date < cutoff)) {
      findings.push(
        makeFinding(
          'status-date-conflict',
          {
            sheet,
            cell: s.cells.status,
            params: {
              status: s.status,
              date: formatDayFirst(s.date),
              cutoff: formatDayFirst(cutoff),
              detail:
                s.status === 'Realizada'
                  ? locale === 'es'
                    ? ' Marcada Realizada con fecha posterior al corte: no se cuenta como realizada al corte ni en el cumplimiento.'
                    : ' Marked Realizada with a date after the cut-off: not counted as held at the cut-off nor in the compliance.'
                  : locale === 'es'
                    ? ' Marcada Programada con fecha anterior al corte: ¿se realizó, se aplazó o se canceló?'
                    : ' Marked Programada with a date before the cut-off: was it held, postponed or cancelled?',
            },
          },
          locale,
        ),
      );
    }
  }
  return { sheetName: sheet, spaces, findings: inSheetOrder(findings) };
}

function departmentLabelOf(m: Municipality): string {
  return departmentByCode(m.departmentCode)?.label ?? m.departmentCode;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The baseline indicators of read spaces at a cut-off date (`YYYY-MM-DD`). */
export function spacesBaseline(spaces: readonly Space[], cutoff: string, sheet: string = spacesSheet.name.es, context: SpaceTypeContext = {}): SpacesBaseline {
  // Hosts validate the user's cut-off (the CLI's --fecha-corte); a malformed one here is a host bug.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cutoff) || parseDate(cutoff).kind !== 'ok') throw new Error(`spacesBaseline: cut-off must be YYYY-MM-DD, got ${cutoff}`);
  const bucketOf = (state: CellState) => (state === 'blank' ? buckets.blank : buckets.unrecognised);
  const byStatus: Record<string, number> = Object.fromEntries(spaceStatuses.map((s) => [s, 0]));
  // The entity's listed types even at zero; DAFP's forms only when used (the ANM example's counts stay as they were).
  const byType: Record<string, number> = Object.fromEntries(listedSpaceTypes(context).map((t) => [t, 0]));
  const departments: Record<string, number> = {};
  const months: Record<string, number> = {};
  for (const s of spaces) {
    increment(byStatus, s.status ?? bucketOf(s.statusState));
    increment(byType, s.type ?? bucketOf(s.typeState));
    increment(departments, s.department?.label ?? bucketOf(s.departmentState));
    increment(months, s.date ? s.date.slice(0, 7) : bucketOf(s.dateState));
  }
  const isBucket = (k: string) => k === buckets.blank || k === buckets.unrecognised;
  const byDepartment = Object.fromEntries(
    Object.entries(departments).sort(([a, x], [b, y]) => Number(isBucket(a)) - Number(isBucket(b)) || y - x || a.localeCompare(b, 'es')),
  );
  const byMonth = Object.fromEntries(Object.entries(months).sort(([a], [b]) => Number(isBucket(a)) - Number(isBucket(b)) || a.localeCompare(b)));

  // A space dated after the cut-off was not held at the cut-off, whatever its status says.
  const heldAfterCutoff = spaces.filter((s) => s.status === 'Realizada' && s.date !== null && s.date > cutoff).length;
  const held = spaces.filter((s) => s.status === 'Realizada').length - heldAfterCutoff;
  const scheduledDue = spaces.filter((s) => s.status === 'Programada' && s.date !== null && s.date <= cutoff).length;
  const pdetCount = spaces.filter((s) => s.pdet === true).length;
  const horizon = addDays(cutoff, upcomingDays);
  const upcoming = spaces
    .filter((s) => s.status === 'Programada' && s.date !== null && s.date > cutoff && s.date <= horizon)
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.row - b.row)
    .map((s) => ({ date: s.date!, type: s.type, department: s.department?.label ?? null, municipality: s.municipality?.label ?? null, sheet, cell: s.cells.date }));
  return {
    cutoff,
    total: spaces.length,
    byStatus: dropEmptyBuckets(byStatus),
    byType: dropEmptyBuckets(byType),
    byDepartment,
    byMonth,
    held,
    heldAfterCutoff,
    scheduledDue,
    compliance: held + scheduledDue ? (held / (held + scheduledDue)) * 100 : null,
    pdet: { count: pdetCount, share: spaces.length ? (pdetCount / spaces.length) * 100 : null, unreadable: spaces.filter((s) => s.pdetState === 'unrecognised').length },
    municipalities: new Set(spaces.filter((s) => s.municipality).map((s) => s.municipality!.code)).size,
    departments: new Set(spaces.filter((s) => s.department).map((s) => s.department!.code)).size,
    withoutMunicipality: spaces.filter((s) => s.department && !s.municipality).length,
    upcoming,
  };
}

function dropEmptyBuckets(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([k, n]) => n > 0 || (k !== buckets.blank && k !== buckets.unrecognised)));
}

/** Reads `Espacios RdC` and computes its baseline at the cut-off. */
export function buildSpacesBaseline(workbook: RawWorkbook, cutoff: string, locale: Locale = 'es', context: SpaceTypeContext = {}): { sheetName: string | null; spaces: Space[]; baseline: SpacesBaseline; findings: Finding[] } {
  const read = readSpaces(workbook, cutoff, locale, context);
  return { ...read, baseline: spacesBaseline(read.spaces, cutoff, read.sheetName ?? spacesSheet.name[locale], context) };
}
