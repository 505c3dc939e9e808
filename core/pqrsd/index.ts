/**
 * PQRSD timeliness (pqrsd.md): terms in business days, each request's due date and status at a
 * cut-off, the indicators, and the pure core of the custom functions.
 */
export * from './terms';
export * from './sheets';
export * from './requests';
export * from './indicators';
export * from './functions';
