/**
 * Consistency checks (checks.md): every rule as one registry of small functions over the typed rows
 * and indicators; the findings as a sheet, a JSON file and a summary; reversible marks as plans.
 */
export * from './context';
export * from './registry';
export * from './service';
export * from './published';
export * from './report';
export * from './marks';
export * from './scope';
