/** The SMART checker's warm-up in English (src/islands/smart/useSmartAnalysis.ts). */

/** An objective that exercises every SMART rule once, analysed before the visitor types. */
export const objectiveWarmUp = 'Double our Instagram followers from 2,000 to 4,000 by March 31 to grow sales';
