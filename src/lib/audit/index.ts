/** Pure logic of the self-audit: no DOM, no Astro, no Preact. */
export * from './codec';
export * from './csv';
export * from './exchange';
export * from './fit';
export * from './history';
export * from './plan';
export * from './priorities';
export * from './profile';
export * from './question-sets';
export * from './recover';
export * from './scoring';
export * from './storage';
export * from './types';
export * from './view';
export * from './validate';
