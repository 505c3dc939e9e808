/** The monthly service report's indicators: registry, inputs and computation. */
import type { RawWorkbook } from '../workbook';
import type { ReadOptionsInput } from '../table';
import { buildServiceInputs, readServiceData, type ServiceData, type ServiceInputs } from './inputs';
import { computeIndicators } from './compute';
import type { IndicatorValue } from './registry';

export * from './registry';
export * from './inputs';
export * from './compute';
export * from './log';

/** Reads the service sheets of a workbook (a locale, or reading options) and computes every indicator. */
export function computeServiceIndicators(workbook: RawWorkbook, options?: ReadOptionsInput): { data: ServiceData; inputs: ServiceInputs; indicators: IndicatorValue[] } {
  const data = readServiceData(workbook, options);
  const inputs = buildServiceInputs(data);
  return { data, inputs, indicators: computeIndicators(inputs) };
}
