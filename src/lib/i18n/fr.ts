import audit from './fr/audit';
import dashboard from './fr/dashboard';
import embed from './fr/embed';
import kpi from './fr/kpi';
import share from './fr/share';
import site from './fr/site';
import reveal from './fr/reveal';
import smart from './fr/smart';
import templates from './fr/templates';
import worksheets from './fr/worksheets';

/**
 * French UI strings: flat dotted keys, one module per area of the site so that each area
 * keeps its own strings. French is the reference: every key here must exist in en.ts.
 */
export const fr = {
  ...site,
  ...kpi,
  ...smart,
  ...audit,
  ...embed,
  ...share,
  ...templates,
  ...reveal,
  ...worksheets,
  ...dashboard,
};
export type UiKey = keyof typeof fr;
