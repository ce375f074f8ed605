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
import type { UiKey } from '../fr';

/** English UI strings: exactly the keys of the French ones (`../fr/index.ts`) (checked by TypeScript and by a unit test). */
const en = {
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
} satisfies Record<UiKey, string>;
export default en;
