import audit from './en/audit';
import dashboard from './en/dashboard';
import embed from './en/embed';
import kpi from './en/kpi';
import share from './en/share';
import site from './en/site';
import reveal from './en/reveal';
import smart from './en/smart';
import templates from './en/templates';
import worksheets from './en/worksheets';
import type { UiKey } from './fr';

/** English UI strings: exactly the keys of fr.ts (checked by TypeScript and by a unit test). */
export const en = {
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
