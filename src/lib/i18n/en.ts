import audit from './en/audit';
import embed from './en/embed';
import kpi from './en/kpi';
import site from './en/site';
import smart from './en/smart';
import worksheets from './en/worksheets';
import type { UiKey } from './fr';

/** English UI strings: exactly the keys of fr.ts (checked by TypeScript and by a unit test). */
export const en = { ...site, ...kpi, ...smart, ...audit, ...embed, ...worksheets } satisfies Record<UiKey, string>;
