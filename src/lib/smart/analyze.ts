/**
 * The SMART checker with both languages registered, synchronously: for Node (tests, build-time
 * code). The browser fetches the engine with its page's language on demand (load.ts) and the
 * other language with loadRules when an objective is written in it.
 */
import en from './en';
import fr from './fr';
import { registerRules } from './rules';

registerRules(fr);
registerRules(en);

export * from './checker';
