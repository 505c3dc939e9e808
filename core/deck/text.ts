/** The deck's fixed texts, Spanish (Colombia) and English. */
import type { Bilingual } from '../i18n';
import type { SlideKey } from './plan';

export const reportTitle: Bilingual = { es: 'Informe de Servicio y Atención al Usuario', en: 'Service and User Care Report' };

/** Slide titles; `{month}` is the report month's name, `{year}` its year (the report: "Canales Febrero", "Consolidado 2025"). */
export const slideTitles: Record<SlideKey, Bilingual> = {
  cover: reportTitle,
  glossary: { es: 'Glosario', en: 'Glossary' },
  channels: { es: 'Canales de {month}', en: 'Channels in {month}' },
  yearToDate: { es: 'Consolidado {year}', en: 'Year to date {year}' },
  inPerson: { es: 'Cifras del canal presencial', en: 'In-person channel figures' },
  inPersonPoints: { es: 'Interacciones del canal presencial', en: 'In-person interactions' },
  phone: { es: 'Cifras del canal telefónico', en: 'Phone channel figures' },
  virtual: { es: 'Cifras del canal virtual', en: 'Virtual channel figures' },
  satisfaction: { es: 'Satisfacción consolidada', en: 'Consolidated satisfaction' },
  surveyDefinitions: { es: 'Percepción, satisfacción y confianza', en: 'Perception, satisfaction and trust' },
  serviceAnalysis: { es: 'Análisis de la atención', en: 'Service analysis' },
  satisfactionAnalysis: { es: 'Análisis de la satisfacción', en: 'Satisfaction analysis' },
  perceptionAnalysis: { es: 'Análisis de la percepción', en: 'Perception analysis' },
  trustAnalysis: { es: 'Análisis de la confianza', en: 'Trust analysis' },
  valueDelivered: { es: 'Entregas de valor', en: 'Value delivered' },
  dataQuality: { es: 'Calidad de los datos', en: 'Data quality' },
  selfDiagnosis: { es: 'Autodiagnóstico de rendición de cuentas', en: 'Accountability self-diagnosis' },
  spaces: { es: 'Espacios de rendición de cuentas', en: 'Accountability spaces' },
  closing: { es: 'Cierre', en: 'Closing' },
  pqrsd: { es: 'PQRSD: oportunidad de respuesta', en: 'PQRSD: response timeliness' },
};

/** `channel` as named mid-sentence and on cards: `canal presencial` / `in-person channel`. */
export const channelPhrase: Record<string, Bilingual> = {
  Telefónico: { es: 'canal telefónico', en: 'phone channel' },
  Presencial: { es: 'canal presencial', en: 'in-person channel' },
  Virtual: { es: 'canal virtual', en: 'virtual channel' },
};

/** Adjective-only form used in lists after the first mention (`el presencial`). */
export const channelShort: Record<string, Bilingual> = {
  Telefónico: { es: 'telefónico', en: 'phone' },
  Presencial: { es: 'presencial', en: 'in-person' },
  Virtual: { es: 'virtual', en: 'virtual' },
};

export const labels = {
  total: { es: 'Total', en: 'Total' },
  interactions: { es: 'interacciones', en: 'interactions' },
  interactionsAttended: { es: 'Interacciones atendidas', en: 'Interactions attended' },
  interactionsByChannel: { es: 'Interacciones por canal', en: 'Interactions by channel' },
  interactionsByMonth: { es: 'Interacciones por canal y mes', en: 'Interactions by channel and month' },
  ofTotal: { es: 'del total', en: 'of the total' },
  versus: { es: 'frente a', en: 'vs.' },
  monthlyAverage: { es: 'Promedio mensual', en: 'Monthly average' },
  firstContact: { es: 'Solución en primer contacto', en: 'First-contact resolution' },
  answeredCalls: { es: 'Llamadas contestadas vs. entrantes', en: 'Answered vs. incoming calls' },
  satisfaction: { es: 'Satisfacción de usuario', en: 'User satisfaction' },
  perception: { es: 'Percepción de usuario', en: 'User perception' },
  trust: { es: 'Confianza', en: 'Trust' },
  respondents: { es: 'encuestados', en: 'respondents' },
  byPointType: { es: 'Interacciones por tipo de punto', en: 'Interactions by point type' },
  byInteractionType: { es: 'Tipos de interacción (% de las tipificadas)', en: 'Interaction types (% of typified)' },
  typified: {
    es: 'Tipificadas {typified} de {total} interacciones ({share}).',
    en: '{typified} of {total} interactions typified ({share}).',
  },
  virtualManagement: { es: 'Gestión del canal virtual', en: 'Virtual channel management' },
  consolidated: { es: 'Satisfacción consolidada', en: 'Consolidated satisfaction' },
  consolidatedDetail: { es: 'Promedio de satisfacción, percepción y confianza', en: 'Mean of satisfaction, perception and trust' },
  channel: { es: 'Canal', en: 'Channel' },
  respondentsHeader: { es: 'Encuestados', en: 'Respondents' },
  responseRate: { es: 'Tasa de respuesta', en: 'Response rate' },
  satisfactionShort: { es: 'Satisfacción', en: 'Satisfaction' },
  perceptionShort: { es: 'Percepción', en: 'Perception' },
  trustShort: { es: 'Confianza', en: 'Trust' },
  errors: { es: 'Errores', en: 'Errors' },
  warnings: { es: 'Advertencias', en: 'Warnings' },
  infos: { es: 'Informativos', en: 'Notes' },
  severity: { es: 'Severidad', en: 'Severity' },
  where: { es: 'Ubicación', en: 'Where' },
  finding: { es: 'Hallazgo', en: 'Finding' },
  severityNames: {
    error: { es: 'Error', en: 'Error' },
    warning: { es: 'Advertencia', en: 'Warning' },
    info: { es: 'Info', en: 'Info' },
  },
  noFindings: {
    es: 'No se encontraron hallazgos: las cifras del libro son consistentes.',
    en: 'No findings: the workbook’s figures are consistent.',
  },
  findingsIntro: {
    es: 'Revise estos hallazgos antes de presentar las cifras.',
    en: 'Review these findings before presenting the figures.',
  },
  moreFindings: {
    es: 'Y {count} hallazgos más: vea la hoja Hallazgos.',
    en: 'And {count} more findings: see the Findings sheet.',
  },
  wholeSheet: { es: 'toda la hoja', en: 'whole sheet' },
  stageChart: { es: 'Puntaje por etapa (0–100)', en: 'Score by stage (0–100)' },
  totalScore: { es: 'Puntaje total', en: 'Total score' },
  level: { es: 'Nivel', en: 'Level' },
  priorities: { es: 'Prioridades', en: 'Priorities' },
  noScore: { es: 'sin puntaje', en: 'no score' },
  spacesTotal: { es: 'Espacios registrados', en: 'Spaces recorded' },
  held: { es: 'Realizados', en: 'Held' },
  compliance: { es: 'Cumplimiento', en: 'Compliance' },
  complianceDetail: { es: 'Realizados / programados a la fecha', en: 'Held / scheduled to date' },
  pdet: { es: 'En municipios PDET', en: 'In PDET municipalities' },
  municipalities: { es: 'Municipios', en: 'Municipalities' },
  departments: { es: 'Departamentos', en: 'Departments' },
  byDepartment: { es: 'Espacios por departamento', en: 'Spaces by department' },
  otherDepartments: { es: 'Otros', en: 'Others' },
  cutoff: { es: 'Corte', en: 'Cut-off' },
  vigencia: { es: 'Vigencia', en: 'Year' },
  byPoint: { es: 'Interacciones por punto de atención', en: 'Interactions by service point' },
  pointTypeCard: { es: 'Interacciones en {type}', en: 'Interactions at {type}' },
  registered: { es: 'Usuarios registrados', en: 'Users registered' },
  valueDeliveredChannel: { es: 'Entregas de valor {channel}', en: 'Value delivered: {channel}' },
  /** The heading of `Entregas de valor` rows with a blank Canal: the whole group's. */
  generalDelivery: { es: 'General', en: 'General' },
  ofEntity: { es: 'de la entidad', en: 'entity-wide' },
  published: {
    es: '{indicator}{where}: publicado {reported}; calculado {computed} ({cell}).',
    en: '{indicator}{where}: published {reported}; computed {computed} ({cell}).',
  },
  publishedHead: { es: 'Cifras distintas de las publicadas (hoja Reportado)', en: 'Figures that differ from the published ones (Reported sheet)' },
  morePublished: { es: 'y {count} más en la hoja Hallazgos', en: 'and {count} more in the Findings sheet' },
  unreadableRows: {
    es: '{count} filas tienen datos que no se pudieron leer: solo cuentan en lo que sí se leyó (vea la hoja {sheet}).',
    en: '{count} rows have data that could not be read: they count only where they could be read (see the {sheet} sheet).',
  },
  unreadableRow: {
    es: '1 fila tiene datos que no se pudieron leer: solo cuenta en lo que sí se leyó (vea la hoja {sheet}).',
    en: '1 row has data that could not be read: it counts only where it could be read (see the {sheet} sheet).',
  },
  monthsOf: { es: '{first} a {last} de {year}', en: '{first} to {last} {year}' },
  noData: { es: 'Sin dato', en: 'No data' },
  noDataMonth: { es: 'sin dato', en: 'no data' },
  gap: {
    es: '{channel}: sin dato de interacciones{month} ({where}){rest}.',
    en: '{channel}: no interactions figure{month} ({where}){rest}.',
  },
  gapMonth: { es: ' de {month}', en: ' for {month}' },
  surveyGap: {
    es: '{channel}: sin dato de {field} ({where}){rest}.',
    en: '{channel}: no {field} figure ({where}){rest}.',
  },
  surveyField: {
    respondents: { es: 'encuestados', en: 'respondents' },
    satisfaction: { es: 'satisfacción', en: 'satisfaction' },
    perception: { es: 'percepción', en: 'perception' },
    trust: { es: 'confianza', en: 'trust' },
  },
  surveyFigure: {
    satisfaction: { es: 'la satisfacción', en: 'satisfaction' },
    perception: { es: 'la percepción', en: 'perception' },
    trust: { es: 'la confianza', en: 'trust' },
  },
  surveyGapChannel: { es: '{figure} del canal', en: 'the channel’s {figure}' },
  surveyGapEntity: { es: '{figure} de la entidad', en: 'the entity’s {figure}' },
  gapBlank: { es: '{cell} en blanco', en: '{cell} is blank' },
  gapUnreadable: { es: '{cell} no se pudo leer', en: '{cell} could not be read' },
  gapUnreadableNoCell: { es: 'no se pudo leer', en: 'could not be read' },
  gapNoRow: { es: 'sin fila en {sheet}', en: 'no row in {sheet}' },
  gapEntityTotal: { es: 'el total de la entidad', en: 'the entity total' },
  gapShares: { es: 'la participación de cada canal', en: 'each channel’s share' },
  gapYtd: { es: 'su acumulado del año', en: 'its year to date' },
  gapChange: { es: 'su variación frente a {month}', en: 'its change vs. {month}' },
  gapEntityChange: { es: 'la variación del total', en: 'the total’s change' },
} as const;

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
