/** Reading cells into typed rows, each value keeping its sheet and A1 cell (workbook.md). */
export * from './values';
export * from './read';
