/** The JavaScript budgets (see budgets.test.ts for what counts and why they are what they are). */
export const BUDGETS = { content: 2 * 1024, tool: 20 * 1024, embed: 20 * 1024 } as const;
/**
 * The self-audit's tool and embed pages: its saved state and two-tab merge (the report, history,
 * exports, import and profile form load on demand). Measured December 2026 on the merged build:
 * 24.0 KB (tool page); a regression to win back (docs/performance.md, "Budgets").
 */
export const AUDIT_BUDGET = 25 * 1024;
export const budgetOf = (path: string, type: keyof typeof BUDGETS) =>
  /^\/[a-z]{2}\/(tools|embed)\/audit\/$/.test(path) ? AUDIT_BUDGET : BUDGETS[type];
