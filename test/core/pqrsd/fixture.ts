/**
 * A small PQRSD sheet whose every status and indicator at the cut-off 2025-06-30 (a Monday holiday)
 * was worked out by hand with the 2025 calendar (holidays: 24 Mar, 17–18 Apr, 1 May, 2, 23 and 30 Jun).
 */
import type { CellValue, RawWorkbook } from '../../../core/workbook';

export const fixtureCutoff = '2025-06-30';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const header = ['Radicado', 'Fecha de radicación', 'Tipo', 'Canal', 'Dependencia', 'Fecha de respuesta', 'Fecha de ampliación', 'Días de ampliación', 'Trasladada', 'Fecha de traslado'];

/** Rows 2–19 of the sheet. Columns: A Radicado … J Fecha de traslado. */
export const fixtureRows: CellValue[][] = [
  // 2: the worked example: due 07/04, answered 09/04 after 17 business days → fuera de término
  ['2025-000123', '14/03/2025', 'Petición', 'Virtual', 'Jurídica', '09/04/2025', null, null, 'No', null],
  // 3: filed on a Saturday; due 07/04; answered 04/04 after 14 → a tiempo
  ['R2', d('2025-03-15'), 'Queja', 'Presencial', 'Atención', d('2025-04-04'), null, null, null, null],
  // 4: alias of Solicitud de documentos o información; due 05/05, answered that day (10) → a tiempo
  ['R3', '16/04/2025', 'Solicitud de información', 'Virtual', 'Atención', '05/05/2025', null, null, null, null],
  // 5: filed on a holiday; due 24/06; pending → vencida, 3 business days overdue at 30/06
  ['R4', '02/06/2025', 'Petición', 'Virtual', 'Jurídica', null, null, null, null, null],
  // 6: due 15/07 (no Ley 2578 holiday in 2025) → vigente, 11 business days left
  ['R5', '20/06/2025', 'Petición', 'Telefónico', 'Atención', null, null, null, null, null],
  // 7: due 04/07 → por vencer, 4 business days left
  ['R6', '18/06/2025', 'Solicitud de copias', 'Virtual', 'Jurídica', null, null, null, null, null],
  // 8: Consulta, original due 17/06, extension of 10 notified 10/06 → due 03/07; answered 20/06 (33) → a tiempo
  ['R7', '05/05/2025', 'Consulta', 'Presencial', 'Jurídica', '20/06/2025', '10/06/2025', 10, null, null],
  // 9: due 23/05; extension notified 30/05 is late and does not count; answered 03/06 (21) → fuera de término
  ['R8', '02/05/2025', 'Petición', 'Virtual', 'Atención', '03/06/2025', '30/05/2025', 5, null, null],
  // 10: transferred 21/04, 8 business days after filing → trasladada, transfer-late
  ['R9', '07/04/2025', 'Petición', 'Virtual', 'Jurídica', null, null, null, 'Sí', '21/04/2025'],
  // 11: no term; answered next business day → sin término
  ['R10', '10/04/2025', 'Felicitación', 'Presencial', 'Atención', '11/04/2025', null, null, null, null],
  // 12: answered before filing → response-before-filing, left out
  ['R11', '12/05/2025', 'Reclamo', 'Virtual', 'Jurídica', '02/05/2025', null, null, null, null],
  // 13: R3 again → duplicate-row, left out
  ['R3', '16/04/2025', 'Solicitud de información', 'Virtual', 'Atención', '05/05/2025', null, null, null, null],
  // 14: filed after the cut-off → future-date, not counted
  ['R13', '15/07/2025', 'Queja', 'Virtual', 'Atención', null, null, null, null, null],
  // 15: unknown type → unknown-value suggesting Queja, left out
  ['R14', '20/05/2025', 'Quejas', 'Virtual', 'Atención', null, null, null, null, null],
  // 16: no Radicado → missing-value, left out
  [null, '20/05/2025', 'Petición', 'Virtual', 'Atención', null, null, null, null, null],
  // 17: 31 February → invalid-date, left out (never taken as pending)
  ['R16', '03/03/2025', 'Petición', 'Virtual', 'Atención', '31/02/2025', null, null, null, null],
  // 18: extension of 20 > term 15 → extension-too-long, capped: due 16/04; answered 15/04 (29) → a tiempo
  ['R17', '04/03/2025', 'Queja', 'Virtual', 'Jurídica', '15/04/2025', '10/03/2025', 20, null, null],
  // 19: answered after the cut-off → future-date; pending at the cut-off, due 16/07 → vigente, 12 left
  ['R18', '24/06/2025', 'Petición', 'Virtual', 'Atención', '02/07/2025', null, null, null, null],
];

export function fixtureWorkbook(extra: RawWorkbook['sheets'] = []): RawWorkbook {
  return { sheets: [{ name: 'PQRSD', values: [header, ...fixtureRows.map((r) => [...r])] }, ...extra] };
}
