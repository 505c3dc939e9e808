/** The workbook template: input sheet specs and the `plantilla` plan. */
export * from './sheets';
export * from './plan';
export * from './missing';
