/** The SMART checker's warm-up in French (src/islands/smart/useSmartAnalysis.ts). */

/** An objective that exercises every SMART rule once, analysed before the visitor types. */
export const objectiveWarmUp = 'Doubler nos abonnés Instagram de 2 000 à 4 000 d’ici le 31 mars pour vendre plus';
