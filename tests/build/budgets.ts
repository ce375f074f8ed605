/** The JavaScript budgets (see budgets.test.ts for what counts and why they are what they are). */
export const BUDGETS = { content: 2 * 1024, tool: 20 * 1024, embed: 20 * 1024 } as const;
/** The self-audit's tool and embed pages: its saved state, two-tab merge and report. */
export const AUDIT_BUDGET = 24 * 1024;
export const budgetOf = (path: string, type: keyof typeof BUDGETS) =>
  /^\/[a-z]{2}\/(tools|embed)\/audit\/$/.test(path) ? AUDIT_BUDGET : BUDGETS[type];
