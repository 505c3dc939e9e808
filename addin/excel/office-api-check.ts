/**
 * Compile-time proof that the real Office.js types satisfy the port's interfaces (office-api.ts):
 * if the port used a member Office.js does not have, or with another type, `npm run typecheck`
 * fails here. Nothing here runs.
 */
/// <reference types="office-js" />
import type { ExcelContextLike, RangeAreasLike, RangeLike, WorksheetLike } from './office-api';

export type RealContextSatisfiesPort = Excel.RequestContext extends ExcelContextLike ? true : never;
export type RealWorksheetSatisfiesPort = Excel.Worksheet extends WorksheetLike ? true : never;
export type RealRangeSatisfiesPort = Excel.Range extends RangeLike ? true : never;
export type RealRangeAreasSatisfiesPort = Excel.RangeAreas extends RangeAreasLike ? true : never;

export const officeApiChecks: [RealContextSatisfiesPort, RealWorksheetSatisfiesPort, RealRangeSatisfiesPort, RealRangeAreasSatisfiesPort] = [true, true, true, true];
