/** SMART objectives: the checker (analyze, every language), the guided builder (build) and their vocabulary. */
export * from './analyze';
export * from './build';
export { GOALS, NETWORKS, type Goal, type Lang } from './lexicon';
export { hasRules, loadRules } from './rules';
export { MAX_OBJECTIVE_LENGTH, sanitizeObjective, type Match, type Span } from './text';
export { interpolateMessage } from './message';
export { loadEngine, type Engine } from './load';
