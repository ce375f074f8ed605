/**
 * The calculators' extra modes, as pure functions: several posts for the engagement rate,
 * named competitors for the share of voice, several periods for the audience growth. Each lives
 * in its own module so that a page ships only its own mode; islands import those modules
 * directly, this file gathers them for the rest of the code and the tests.
 */
export * from './posts';
export * from './competitors';
export * from './growth';
