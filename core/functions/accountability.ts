/** Custom functions of accountability (accountability.md): self-diagnosis scores and level, DIVIPOLA lookup. */
import type { Bilingual } from '../i18n';
import { defaultLevelBands, levelOf, matchDepartment, matchMunicipality, scoreSelfDiagnosis, selfDiagnosisSheet, stages, type TotalRule } from '../accountability';
import { normalizeName } from '../text';
import type { CustomFunctionSpec } from './types';
import { invalid, matrix, notAvailable, optionalText, rangeWorkbook, requiredNumber } from './args';

const p = (es: string, en: string): Bilingual => ({ es, en });
const names = {
  activities: p('actividades', 'activities'),
  rule: p('regla', 'rule'),
  score: p('puntaje', 'score'),
  department: p('departamento', 'department'),
  municipality: p('municipio', 'municipality'),
};

export const selfDiagnosisStages: CustomFunctionSpec = {
  id: 'ETAPAS_AUTODIAGNOSTICO',
  name: p('ETAPAS_AUTODIAGNOSTICO', 'SELF_DIAGNOSIS_STAGES'),
  description: p(
    'Puntajes (0 a 100) de las cinco etapas del autodiagnóstico DAFP y el total, de un rango con Etapa, Categoría, Actividad y Puntaje.',
    'Scores (0 to 100) of the five DAFP self-diagnosis stages and the total, from a range with Etapa, Categoría, Actividad and Puntaje.',
  ),
  params: [
    { name: names.activities, description: p('Rango con la forma de la hoja Autodiagnóstico RdC, con encabezados.', 'Range shaped like the Autodiagnóstico RdC sheet, with headers.'), type: 'any', matrix: true },
    { name: names.rule, description: p('Regla del total: actividades (por omisión) o etapas.', 'Total rule: actividades (default) or etapas.'), type: 'string', optional: true },
  ],
  result: { type: 'any', matrix: true },
  run(activities, ruleArg) {
    const ruleText = optionalText(ruleArg, names.rule);
    const rule: TotalRule | undefined = ruleText === null ? 'actividades' : (['actividades', 'etapas'] as const).find((r) => r === normalizeName(ruleText));
    if (!rule) invalid(`«regla» debe ser «actividades» o «etapas», no «${ruleText}».`, `“rule” must be «actividades» or «etapas», not “${ruleText}”.`);
    const workbook = rangeWorkbook(selfDiagnosisSheet.name.es, matrix(activities, names.activities));
    const result = scoreSelfDiagnosis(workbook, rule, 'es');
    const errors = result.findings.filter((f) => f.severity === 'error');
    if (errors.length) {
      const en = scoreSelfDiagnosis(workbook, rule, 'en').findings.filter((f) => f.severity === 'error');
      invalid(`${errors[0].message} Las celdas se cuentan desde la esquina del rango.`, `${en[0]?.message ?? errors[0].message} Cells count from the range's corner.`);
    }
    const latest = result.latest;
    if (!latest || latest.total === null) notAvailable('El rango no tiene actividades con puntaje.', 'The range has no scored activities.');
    const score = (v: number | null) => (v === null ? '' : v);
    return [
      ...latest.stages.map((s) => [stages.find((x) => x.id === s.stage)!.short.es, score(s.score)]),
      ['Total', latest.total],
    ];
  },
};

export const selfDiagnosisLevel: CustomFunctionSpec = {
  id: 'NIVEL_AUTODIAGNOSTICO',
  name: p('NIVEL_AUTODIAGNOSTICO', 'SELF_DIAGNOSIS_LEVEL'),
  description: p('Nivel del autodiagnóstico de un puntaje de 0 a 100: Inicial, Consolidación o Perfeccionamiento.', 'Self-diagnosis level of a 0–100 score: Inicial, Consolidación or Perfeccionamiento.'),
  params: [{ name: names.score, description: p('Puntaje total, de 0 a 100.', 'Total score, 0 to 100.'), type: 'number' }],
  result: { type: 'string' },
  run(scoreArg) {
    const score = requiredNumber(scoreArg, names.score);
    const level = score >= 0 && score <= 100 ? levelOf(score, defaultLevelBands) : undefined;
    if (!level) invalid(`«puntaje» debe estar entre 0 y 100, no ${score}.`, `“score” must be between 0 and 100, not ${score}.`);
    return level.name.es;
  },
};

export const divipolaLookup: CustomFunctionSpec = {
  id: 'DIVIPOLA',
  name: p('DIVIPOLA', 'DIVIPOLA'),
  description: p(
    'Código DANE y nombre oficial de un departamento o de un municipio de la DIVIPOLA; un nombre mal escrito da #¡VALOR! con el nombre más parecido.',
    'DANE code and official name of a DIVIPOLA department or municipality; a misspelt name gives #VALUE! with the closest name.',
  ),
  params: [
    { name: names.department, description: p('Departamento (Nariño, Bogotá D.C.…).', 'Department (Nariño, Bogotá D.C.…).'), type: 'string' },
    { name: names.municipality, description: p('Municipio del departamento; vacío = el departamento.', 'Municipality in the department; blank = the department.'), type: 'string', optional: true },
  ],
  result: { type: 'string', matrix: true },
  run(departmentArg, municipalityArg) {
    const department = optionalText(departmentArg, names.department);
    if (department === null) invalid('Falta «departamento».', '“department” is missing.');
    const d = matchDepartment(department);
    if (d.kind !== 'exact') {
      if (d.kind === 'near') invalid(`«${department}» no es un departamento de la DIVIPOLA. ¿Quiso decir «${d.place.label}»?`, `“${department}” is not a DIVIPOLA department. Did you mean “${d.place.label}”?`);
      invalid(`«${department}» no es un departamento de la DIVIPOLA.`, `“${department}” is not a DIVIPOLA department.`);
    }
    const municipality = optionalText(municipalityArg, names.municipality);
    if (municipality === null) return [[d.place.code, d.place.label]];
    const m = matchMunicipality(municipality, d.place.code);
    if (m.kind !== 'exact') {
      if (m.kind === 'near') invalid(`«${municipality}» no es un municipio de ${d.place.label} en la DIVIPOLA. ¿Quiso decir «${m.place.label}»?`, `“${municipality}” is not a DIVIPOLA municipality of ${d.place.label}. Did you mean “${m.place.label}”?`);
      invalid(`«${municipality}» no es un municipio de ${d.place.label} en la DIVIPOLA.`, `“${municipality}” is not a DIVIPOLA municipality of ${d.place.label}.`);
    }
    return [[m.place.code, m.place.label]];
  },
};
