/**
 * The SMART checker island for English pages: the English rules load with the page, the French
 * ones only when an objective is written in French.
 */
import '../lib/smart/en';

export { default } from './SmartChecker';
