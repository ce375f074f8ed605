/** The JavaScript budgets (see budgets.test.ts for what counts and why they are what they are). */
export const BUDGETS = { content: 2 * 1024, tool: 22 * 1024, embed: 22 * 1024 } as const;
/**
 * The self-audit's tool and embed pages: the questions, the profile fitting and the changes the
 * page makes (reading and merging the save, the report, history, exports, import, profile form and
 * the rare notices load on demand). Measured 2 December 2026: 22,981 B (tool page), 22,929 B
 * (embed); still above the 22 KB of the other tools (docs/performance.md, "Budgets").
 */
export const AUDIT_BUDGET = 22.5 * 1024;
export const budgetOf = (path: string, type: keyof typeof BUDGETS) =>
  /^\/[a-z]{2}\/(tools|embed)\/audit\/$/.test(path) ? AUDIT_BUDGET : BUDGETS[type];
