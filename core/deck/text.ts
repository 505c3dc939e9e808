/** The deck's fixed texts, Spanish (Colombia) and English. */
import type { Bilingual } from '../i18n';
import type { SlideKey } from './plan';

export const reportTitle: Bilingual = { es: 'Informe de Servicio y Atención al Usuario', en: 'Service and User Care Report' };

export const slideTitles: Record<SlideKey, Bilingual> = {
  cover: reportTitle,
  channels: { es: 'Canales del mes', en: 'Channels this month' },
  yearToDate: { es: 'Consolidado del año', en: 'Year to date' },
  inPerson: { es: 'Canal presencial', en: 'In-person channel' },
  phone: { es: 'Canal telefónico', en: 'Phone channel' },
  virtual: { es: 'Canal virtual', en: 'Virtual channel' },
  satisfaction: { es: 'Satisfacción consolidada', en: 'Consolidated satisfaction' },
  analysis: { es: 'Análisis', en: 'Analysis' },
  dataQuality: { es: 'Calidad de los datos', en: 'Data quality' },
  selfDiagnosis: { es: 'Autodiagnóstico de rendición de cuentas', en: 'Accountability self-diagnosis' },
  spaces: { es: 'Espacios de rendición de cuentas', en: 'Accountability spaces' },
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
    en: 'And {count} more findings: see the Hallazgos sheet.',
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
} as const;

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
