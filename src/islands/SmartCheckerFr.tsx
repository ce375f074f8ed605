/**
 * The SMART checker island for French pages: the French rules load with the page, the English
 * ones only when an objective is written in English.
 */
import '../lib/smart/fr';

export { default } from './SmartChecker';
