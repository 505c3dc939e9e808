/**
 * Workbooks for the checks' tests, built in memory: the February 2025 worked example (written in
 * other forms than examples/data, on purpose: percentages in points, text months, ids and English
 * names in Reportado) and a clean multi-month workbook with every service sheet and the raw log.
 */
import type { CellValue, RawSheet, RawWorkbook } from '../../../core/workbook';
import { parseA1 } from '../../../core/workbook';
import { computeServiceIndicators, indicatorRegistry } from '../../../core/service';
import { formatNumber } from '../../../core/i18n';

/** A workbook from sheet name → rows (row 1 first). */
export function book(sheets: Record<string, CellValue[][]>): RawWorkbook {
  return { sheets: Object.entries(sheets).map(([name, values]) => ({ name, values: values.map((r) => [...r]) })) };
}

/** A deep copy of a workbook. */
export function copyBook(wb: RawWorkbook): RawWorkbook {
  return { sheets: wb.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]) })) };
}

/** A copy with one cell set (the sheet grows when needed). */
export function withCell(wb: RawWorkbook, sheet: string, cell: string, value: CellValue): RawWorkbook {
  const out = copyBook(wb);
  const s = out.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell)!;
  while (s.values.length <= row) s.values.push([]);
  s.values[row][col] = value;
  return out;
}

/** A copy with rows appended to a sheet. */
export function withRows(wb: RawWorkbook, sheet: string, rows: CellValue[][]): RawWorkbook {
  const out = copyBook(wb);
  out.sheets.find((x) => x.name === sheet)!.values.push(...rows.map((r) => [...r]));
  return out;
}

/** A copy without a sheet. */
export function without(wb: RawWorkbook, sheet: string): RawWorkbook {
  const out = copyBook(wb);
  out.sheets = out.sheets.filter((s) => s.name !== sheet);
  return out;
}

export const canalesHeader = ['Mes', 'Canal', 'Interacciones', 'Resueltas en primer contacto', 'Llamadas entrantes', 'Llamadas contestadas', 'Encuestados', 'Satisfacción', 'Percepción', 'Confianza'];

/**
 * The worked example of indicators.md with a `Reportado` sheet of the report's published figures.
 * Reportado rows (1-based sheet rows) of the findings checks.md expects:
 *   E13 Sede Central share 78 % (error), E9 ANM trust 97,7 % (warning), E10 consolidated 98,6 %
 *   (rounding), E14 Presencial trust "97 %" from the analysis text (error).
 */
export function workedExample(): RawWorkbook {
  return book({
    Canales: [
      canalesHeader,
      ['2025-01', 'Telefónico', 542, null, null, null, null, null, null, null],
      ['2025-01', 'Presencial', 847, null, null, null, null, null, null, null],
      ['2025-01', 'Virtual', 4853, null, null, null, null, null, null, null],
      ['febrero 2025', 'Telefonico', 142, 118, 154, 142, 30, 100, 96.3, 96.3],
      ['febrero 2025', 'Presencial', '1.371', '1.348', null, null, '1.085', '99,8', '98,5', '97,8'],
      ['febrero 2025', 'Virtual', 6217, null, null, null, null, null, null, null],
    ],
    'Presencial por punto': [
      ['Mes', 'Punto de atención', 'Tipo de punto', 'Interacciones'],
      ['2025-02', 'Sede Central', 'Sede Central', 1127],
      ['2025-02', 'PAR Nobsa', 'PAR', 120],
      ['2025-02', 'PAR Cali', 'PAR', 124],
    ],
    'Tipos de interacción': [
      ['Mes', 'Canal', 'Tipo', 'Interacciones'],
      ['2025-02', 'Telefónico', 'Fallas tecnológicas', 20],
      ['2025-02', 'Telefónico', 'RUCOM', 33],
      ['2025-02', 'Telefónico', 'AnnA Minería', 39],
    ],
    'Gestión virtual': [
      ['Mes', 'Concepto', 'Cantidad'],
      ['2025-02', 'Comunicaciones radicadas del correo de contacto', 2102],
      ['2025-02', 'PQRS en seguimiento', 5258],
      ['2025-02', 'Comunicaciones del radicador web asignadas', 2875],
    ],
    Reportado: [
      ['Mes', 'Indicador', 'Canal', 'Desagregación', 'Valor'],
      /* 2 */ ['2025-02', 'Interacciones', 'Telefónico', null, 142],
      /* 3 */ ['2025-02', 'interactions', 'Total', null, '7.730'],
      /* 4 */ ['2025-02', 'Acumulado del año', null, null, 13972],
      /* 5 */ ['2025-02', 'first_contact_resolution', 'Presencial', null, '98,3%'],
      /* 6 */ ['2025-02', 'Solucion en primer contacto', 'Telefónico', null, 0.831],
      /* 7 */ ['2025-02', 'Llamadas contestadas vs entrantes', null, null, '92%'],
      /* 8 */ ['2025-02', 'Satisfacción', 'ANM', null, '99,8 %'],
      /* 9 */ ['2025-02', 'Confianza', 'ANM', null, 0.977],
      /* 10 */ ['2025-02', 'Consolidated satisfaction', '', null, '98,6%'],
      /* 11 */ ['2025-02', 'Percepción', 'ANM', null, '98,4%'],
      /* 12 */ ['2025-02', 'Participación por tipo de punto', 'Presencial', 'PAR', '18%'],
      /* 13 */ ['2025-02', 'Participación por tipo de punto', 'Presencial', 'sede central', 0.78],
      /* 14 */ ['2025-02', 'Confianza', 'Presencial', null, '97 %'],
      /* 15 */ ['2025-02', 'Percepción', 'Presencial', null, '98 %'], // the analysis text: exactly 0,5 off, still consistent
      /* 16 */ ['2025-02', 'Percepción', 'Telefónico', null, '96%'],
      /* 17 */ ['2025-02', 'Tasa de respuesta de la encuesta', 'Presencial', null, '79%'],
      /* 18 */ ['2025-02', 'Tasa de respuesta de la encuesta', 'Telefónico', null, '21%'],
      /* 19 */ ['2025-02', 'Participación por tipo', 'Telefónico', 'Anna Minería', '42,39%'],
      /* 20 */ ['2025-02', 'Participación por tipo', 'Telefónico', 'RUCOM', '35,87 %'],
      /* 21 */ ['2025-02', 'Confianza', 'Presencial', null, '97,8%'],
      /* 22 */ ['2025-01', 'Interacciones', 'Presencial', null, 847],
      /* 23 */ ['2025-02', 'Gestión canal virtual', 'Virtual', 'PQRS en seguimiento', '5.258'],
      /* 24 */ ['2025-02', 'Variación mensual', 'Telefónico', null, '−73,8 %'],
    ],
  });
}

/** The findings checks.md lists for the worked example: code, severity, sheet and cell. */
export const workedExampleFindings = [
  { code: 'reported-mismatch', severity: 'error', sheet: 'Reportado', cell: 'E13' },
  { code: 'reported-mismatch', severity: 'warning', sheet: 'Reportado', cell: 'E9' },
  { code: 'reported-rounding', severity: 'info', sheet: 'Reportado', cell: 'E10' },
  { code: 'reported-mismatch', severity: 'error', sheet: 'Reportado', cell: 'E14' },
  { code: 'incomplete-breakdown', severity: 'warning', sheet: 'Tipos de interacción', cell: 'D2:D4' },
  { code: 'unusual-change', severity: 'info', sheet: 'Canales', cell: 'C5' },
  { code: 'unusual-change', severity: 'info', sheet: 'Canales', cell: 'C6' },
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A clean, consistent workbook of several months: Canales (phone figures equal to the raw log's),
 * points, types, virtual management, the raw log, and a Reportado sheet of every computed plain and
 * breakdown figure of the last month, printed at its registry precision.
 */
export function cleanWorkbook(months = 6): RawWorkbook {
  const canales: CellValue[][] = [canalesHeader];
  const points: CellValue[][] = [['Mes', 'Punto de atención', 'Tipo de punto', 'Interacciones']];
  const types: CellValue[][] = [['Mes', 'Canal', 'Tipo', 'Interacciones']];
  const virtual: CellValue[][] = [['Mes', 'Concepto', 'Cantidad']];
  const log: CellValue[][] = [['Fecha', 'Canal', 'Punto de atención', 'Tipo de punto', 'Tipo de interacción', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho', 'Percepción favorable', 'Confía']];
  for (let i = 0; i < months; i++) {
    const month = `2025-${pad(i + 1)}`;
    // Telefónico from the log: 100 + 10i calls, 40 surveyed, 38 satisfied, 36 favourable, 35 trusting.
    const phone = 100 + 10 * i;
    const resolved = phone - 12;
    for (let k = 0; k < phone; k++) {
      const surveyed = k < 40;
      log.push([
        `${pad((k % 28) + 1)}/${pad(i + 1)}/2025`,
        'Telefónico',
        null,
        null,
        k % 2 ? 'RUCOM' : 'AnnA Minería',
        k < resolved ? 'Sí' : 'No',
        surveyed ? 'Sí' : 'No',
        surveyed ? (k < 38 ? 'Sí' : 'No') : null,
        surveyed ? (k < 36 ? 'Sí' : 'No') : null,
        surveyed ? (k < 35 ? 'Sí' : 'No') : null,
      ]);
    }
    const presencial = 1000 + 40 * i;
    canales.push([month, 'Telefónico', phone, resolved, phone + 8, phone, 40, 95, 90, 87.5]);
    canales.push([month, 'Presencial', presencial, presencial - 20, null, null, 500, 99.2, 98.4, 97.6]);
    canales.push([month, 'Virtual', 5000 + 100 * i, null, null, null, null, null, null, null]);
    points.push([month, 'Sede Central', 'Sede Central', presencial - 300]);
    points.push([month, 'PAR Nobsa', 'PAR', 200]);
    points.push([month, 'PAL El Zulia', 'PAL', 100]);
    types.push([month, 'Telefónico', 'RUCOM', Math.floor(phone / 2)]);
    types.push([month, 'Telefónico', 'AnnA Minería', phone - Math.floor(phone / 2)]);
    virtual.push([month, 'PQRS en seguimiento', 3000 + i]);
    virtual.push([month, 'Comunicaciones del radicador web asignadas', 2000 + i]);
  }
  const base = book({ Canales: canales, 'Presencial por punto': points, 'Tipos de interacción': types, 'Gestión virtual': virtual, Interacciones: log });
  const last = `2025-${pad(months)}`;
  const reported: CellValue[][] = [['Mes', 'Indicador', 'Canal', 'Desagregación', 'Valor']];
  for (const v of computeServiceIndicators(base).indicators) {
    if (v.month !== last) continue;
    const spec = indicatorRegistry[v.id];
    const value = spec.unit === 'count' ? v.value : `${formatNumber(v.value, spec.decimals)}%`;
    reported.push([v.month, spec.name.es, v.channel === 'ANM' ? 'Total' : v.channel, v.breakdown, value]);
  }
  return { sheets: [...base.sheets, { name: 'Reportado', values: reported } as RawSheet] };
}
