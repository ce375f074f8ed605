/**
 * The SMART checker with both languages loaded, synchronously: for Node (tests, build-time
 * code). The browser fetches the engine with its page's language on demand (load.ts) and the
 * other language with loadRules when an objective is written in it.
 */
import './fr';
import './en';

export * from './checker';
