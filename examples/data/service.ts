/**
 * The February 2025 worked example of indicators.md (ANM's *Informe de Servicio y Atención al
 * Usuario*, seeds/000), in the template's shape: January and February 2025. Where the report only
 * gives a rounded percentage, the count is the one consistent with it (indicators.md).
 * Percentages are stored as fractions, as Excel stores a cell formatted `%`.
 */
import type { CellValue } from '../../core/workbook';

// Colombian formats, tagged es-CO so LibreOffice shows `1.371`, `98,3 %` and `febrero 2025` in any locale.
const month = '[$-240A]mmmm yyyy';
const count = '[$-240A]#,##0';
const percent = '[$-240A]0.0 %';

const jan = new Date(Date.UTC(2025, 0, 1));
const feb = new Date(Date.UTC(2025, 1, 1));

export interface ExampleSheet {
  name: string;
  rows: CellValue[][];
  /** Excel number formats per 0-based column (rows below the header). */
  formats?: Record<number, string>;
  widths?: number[];
}

export const serviceExampleSheets: ExampleSheet[] = [
  {
    name: 'Canales',
    rows: [
      ['Mes', 'Canal', 'Interacciones', 'Resueltas en primer contacto', 'Llamadas entrantes', 'Llamadas contestadas', 'Encuestados', 'Satisfacción', 'Percepción', 'Confianza'],
      [jan, 'Telefónico', 542, null, null, null, null, null, null, null],
      [jan, 'Presencial', 847, null, null, null, null, null, null, null],
      [jan, 'Virtual', 4853, null, null, null, null, null, null, null],
      [feb, 'Telefónico', 142, 118, 154, 142, 30, 1, 0.963, 0.963],
      [feb, 'Presencial', 1371, 1348, null, null, 1085, 0.998, 0.985, 0.978],
      [feb, 'Virtual', 6217, null, null, null, null, null, null, null],
    ],
    formats: { 0: month, 2: count, 3: count, 4: count, 5: count, 6: count, 7: percent, 8: percent, 9: percent },
    widths: [12, 13, 14, 16, 12, 12, 12, 12, 12, 12],
  },
  {
    name: 'Presencial por punto',
    rows: [
      ['Mes', 'Punto de atención', 'Tipo de punto', 'Interacciones'],
      [feb, 'Sede Central', 'Sede Central', 1127],
      [feb, 'Puntos de Atención Regional (consolidado)', 'PAR', 244],
    ],
    formats: { 0: month, 3: count },
    widths: [12, 40, 14, 14],
  },
  {
    name: 'Tipos de interacción',
    rows: [
      ['Mes', 'Canal', 'Tipo', 'Interacciones'],
      [feb, 'Telefónico', 'Fallas tecnológicas', 20],
      [feb, 'Telefónico', 'RUCOM', 33],
      [feb, 'Telefónico', 'AnnA Minería', 39],
    ],
    formats: { 0: month, 3: count },
    widths: [12, 13, 22, 14],
  },
  {
    name: 'Gestión virtual',
    rows: [
      ['Mes', 'Concepto', 'Cantidad'],
      [feb, 'Comunicaciones radicadas del correo de contacto', 2102],
      [feb, 'PQRS en seguimiento', 5258],
      [feb, 'Comunicaciones del radicador web asignadas', 2875],
    ],
    formats: { 0: month, 2: count },
    widths: [12, 48, 12],
  },
  {
    // The figures the February 2025 report published, as printed (text keeps the printed precision).
    name: 'Reportado',
    rows: [
      ['Mes', 'Indicador', 'Canal', 'Desagregación', 'Valor', 'Fuente'],
      ['2025-01', 'Interacciones', 'Telefónico', null, 542, 'Consolidado 2025'],
      ['2025-01', 'Interacciones', 'Presencial', null, 847, 'Consolidado 2025'],
      ['2025-01', 'Interacciones', 'Virtual', null, 4853, 'Consolidado 2025'],
      ['2025-02', 'Interacciones', 'Telefónico', null, 142, 'Canales febrero'],
      ['2025-02', 'Interacciones', 'Presencial', null, 1371, 'Canales febrero'],
      ['2025-02', 'Interacciones', 'Virtual', null, 6217, 'Canales febrero'],
      ['2025-02', 'Interacciones', 'Total', null, 7730, 'Canales febrero'],
      ['2025-02', 'Acumulado del año', 'Telefónico', null, 684, 'Consolidado 2025'],
      ['2025-02', 'Acumulado del año', 'Presencial', null, 2218, 'Consolidado 2025'],
      ['2025-02', 'Acumulado del año', 'Virtual', null, 11070, 'Consolidado 2025'],
      ['2025-02', 'Acumulado del año', 'Total', null, 13972, 'Consolidado 2025'],
      ['2025-02', 'Solución en primer contacto', 'Presencial', null, '98,3%', 'Cifras Presencial'],
      ['2025-02', 'Solución en primer contacto', 'Telefónico', null, '83,1%', 'Cifras Telefónico'],
      ['2025-02', 'Llamadas contestadas vs. entrantes', 'Telefónico', null, '92%', 'Cifras Telefónico'],
      ['2025-02', 'Tasa de respuesta de la encuesta', 'Presencial', null, '79%', 'Análisis de la satisfacción'],
      ['2025-02', 'Tasa de respuesta de la encuesta', 'Telefónico', null, '21%', 'Análisis de la satisfacción'],
      ['2025-02', 'Satisfacción', 'Presencial', null, '99,8%', 'Cifras Presencial'],
      ['2025-02', 'Percepción', 'Presencial', null, '98,5%', 'Cifras Presencial'],
      ['2025-02', 'Confianza', 'Presencial', null, '97,8%', 'Cifras Presencial'],
      ['2025-02', 'Satisfacción', 'Telefónico', null, '100%', 'Cifras Telefónico'],
      ['2025-02', 'Percepción', 'Telefónico', null, '96,3%', 'Cifras Telefónico'],
      ['2025-02', 'Confianza', 'Telefónico', null, '96,3%', 'Cifras Telefónico'],
      ['2025-02', 'Satisfacción', 'ANM', null, '99,8%', 'Percepción, Satisfacción y Confianza'],
      ['2025-02', 'Percepción', 'ANM', null, '98,4%', 'Percepción, Satisfacción y Confianza'],
      ['2025-02', 'Confianza', 'ANM', null, '97,7%', 'Percepción, Satisfacción y Confianza'],
      ['2025-02', 'Satisfacción consolidada', 'ANM', null, '98,6%', 'Satisfacción Consolidada'],
      ['2025-02', 'Interacciones por tipo de punto', 'Presencial', 'Sede Central', 1127, 'Interacciones Canal Presencial'],
      ['2025-02', 'Interacciones por tipo de punto', 'Presencial', 'PAR', 244, 'Interacciones Canal Presencial'],
      ['2025-02', 'Participación por tipo de punto', 'Presencial', 'Sede Central', '78%', 'Interacciones Canal Presencial'],
      ['2025-02', 'Participación por tipo de punto', 'Presencial', 'PAR', '18%', 'Interacciones Canal Presencial'],
      ['2025-02', 'Participación por tipo', 'Telefónico', 'Fallas tecnológicas', '21,74%', 'Tipos de interacciones'],
      ['2025-02', 'Participación por tipo', 'Telefónico', 'RUCOM', '35,87%', 'Tipos de interacciones'],
      ['2025-02', 'Participación por tipo', 'Telefónico', 'AnnA Minería', '42,39%', 'Tipos de interacciones'],
      ['2025-02', 'Gestión canal virtual', 'Virtual', 'Comunicaciones radicadas del correo de contacto', 2102, 'Canal virtual'],
      ['2025-02', 'Gestión canal virtual', 'Virtual', 'PQRS en seguimiento', 5258, 'Canal virtual'],
      ['2025-02', 'Gestión canal virtual', 'Virtual', 'Comunicaciones del radicador web asignadas', 2875, 'Canal virtual'],
      ['2025-02', 'Confianza', 'Presencial', null, '97 %', 'Análisis de la confianza (texto)'],
    ],
    widths: [10, 34, 12, 44, 10, 36],
  },
];
