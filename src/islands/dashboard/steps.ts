/**
 * The steps shown once files are read (their mapping, the totals, keeping them): one chunk loaded
 * with the engine (./useDashboard.ts), not with the page, which only needs the picker.
 */
export { FileBody } from './FileCard';
export { Results } from './Results';
