import audit from './audit';
import dashboard from './dashboard';
import embed from './embed';
import kpi from './kpi';
import share from './share';
import site from './site';
import reveal from './reveal';
import smart from './smart';
import templates from './templates';
import worksheets from './worksheets';

/**
 * French UI strings: flat dotted keys, one module per area of the site so that each area
 * keeps its own strings. French is the reference: every key here must exist in every other
 * language's `index.ts`. Found by the dictionaries' registry (`../index.ts`) by its folder.
 */
const fr = {
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
export default fr;
export type UiKey = keyof typeof fr;
