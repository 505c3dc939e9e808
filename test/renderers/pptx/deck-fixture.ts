/** The February 2025 deck with every slide kind: findings and both accountability results. */
import { buildDeckPlan, type DeckPlan } from '../../../core/deck';
import { makeFinding } from '../../../core/findings';
import type { Locale } from '../../../core/i18n';
import { february2025 } from '../../core/deck/february2025';

export function fullFebruaryPlan(locale: Locale = 'es'): DeckPlan {
  const findings = [
    makeFinding('incomplete-breakdown', {
      sheet: 'Tipos de interacción',
      cell: 'D2:D4',
      params: { breakdown: 'Tipos de interacción', sum: 92, totalValue: 142, total: 'interacciones', share: '64,8 %', context: 'Telefónico, 2025-02' },
    }, locale),
    makeFinding('negative-count', { sheet: 'Canales', cell: 'C7', params: { column: 'Interacciones', value: -3 } }, locale),
  ];
  return buildDeckPlan(
    {
      indicators: february2025(),
      findings,
      selfDiagnosis: {
        total: 59.4,
        level: 'Consolidación',
        stages: [
          { stage: 'Aprestamiento institucional para promover la Rendición de Cuentas', short: 'Aprestamiento', score: 47.5 },
          { stage: 'Diseño de la Estrategia de Rendición de Cuentas', short: 'Diseño', score: 66.3158 },
          { stage: 'Preparación para la Rendición de Cuentas', short: 'Preparación', score: 70 },
          { stage: 'Ejecución de la Estrategia de Rendición de Cuentas', short: 'Ejecución', score: 55 },
          { stage: 'Seguimiento y evaluación de la implementación de la Estrategia de Rendición de Cuentas', short: 'Seguimiento', score: null },
        ],
        priorities: [
          { stage: 'Aprestamiento', category: 'Identificar espacios de articulación y cooperación para la rendición de cuentas', activity: null, score: 16.667 },
          { stage: 'Aprestamiento', category: 'Analizar las debilidades y fortalezas', activity: 'Conformar y capacitar un equipo de trabajo que lidere el proceso', score: 10 },
        ],
      },
      spaces: {
        cutoff: '2021-10-31',
        total: 69,
        held: 47,
        byDepartment: { Boyacá: 12, Antioquia: 9, Cesar: 6, Meta: 5, Nariño: 5, Huila: 4 },
        compliance: 95.9,
        pdet: { count: 20, share: 29 },
        municipalities: 60,
        departments: 19,
      },
    },
    { locale },
  );
}
