/**
 * The SMART checker with both languages loaded: for Node (tests, build-time code). The browser
 * imports checker.ts and its page's language (fr.ts or en.ts), and fetches the other with
 * loadRules when an objective is written in it.
 */
import './fr';
import './en';

export * from './checker';
