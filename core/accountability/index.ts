/**
 * Accountability (rendición de cuentas, accountability.md): scoring DAFP's self-diagnosis and the
 * baseline of accountability spaces, with DIVIPOLA matching of departments and municipalities.
 */
export * from './sheets';
export * from './stages';
export * from './self-diagnosis';
export * from './divipola';
export * from './dates';
export * from './spaces';
export * from './review';
