/**
 * The audit saved in localStorage as the visitor goes (format in docs/CONTRACT.md, "Storage").
 * Whatever is read back is outside input: it is validated, and a state that does not fit is never
 * used as is, never crashes the page and is never silently lost:
 *
 * - version 1 (December 2026) is read and upgraded (./saved/migrate.ts);
 * - a newer version is left where it is, untouched, and the page says it cannot read it;
 * - anything else (corrupted, foreign, older than 1) is copied to a set-aside slot before the main
 *   key is freed; when it cannot be copied (storage full, every slot taken) it stays where it is
 *   and the page offers to download it before anything replaces it (./saved/slots.ts).
 *
 * Two tabs share one save: every save re-reads the stored state and merges it with the tab's own
 * (each answer by its own time, finished attempts by id: ./saved/merge.ts), and a tab merges the
 * saves of the others as they come (`storage` events).
 *
 * The parts, one concern each: ./saved/state.ts (format, key, limits, types), ./saved/changes.ts
 * (what the page changes), ./saved/clean.ts (validating what is read back), ./saved/migrate.ts
 * (older versions), ./saved/parse.ts (what a stored text means), ./saved/merge.ts (two tabs),
 * ./saved/slots.ts (the storage itself: load, save, set-aside slots). The page loads the last four
 * with the saved state, after its first render; this module gathers them for everything else.
 */
export * from './saved/state';
export * from './saved/changes';
export * from './saved/clean';
export * from './saved/parse';
export * from './saved/merge';
export * from './saved/slots';
export { questionIds } from './types';
export type { Answer } from './types';
