/** Props of the audit island (built by src/lib/audit/view.ts) and its string lookup. */
export type { DimensionView, QuestionView } from '../../lib/audit/view';

/** UI strings with the `audit.` prefix removed. */
export type Strings = Record<string, string>;

export function translator(strings: Strings) {
  return (key: string, vars: Record<string, string | number> = {}): string =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
export type T = ReturnType<typeof translator>;
