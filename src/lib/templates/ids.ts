/**
 * The six downloadable templates. Their ids are public: `/{lang}/templates/#{id}`,
 * `/{lang}/templates/{id}.xlsx` and `/{lang}/templates/{id}/` (docs/CONTRACT.md).
 */
export const templateIds = [
  'editorial-calendar',
  'kpi-tracking',
  'persona',
  'competitor-benchmark',
  'crisis-plan',
  'monthly-report',
] as const;
export type TemplateId = (typeof templateIds)[number];

/**
 * The guide chapter (slug) that explains each template, when it exists today. Chapters being
 * written link to the templates themselves; they can be added here once published.
 */
export const templateChapters: Partial<Record<TemplateId, string>> = {
  'kpi-tracking': 'awareness-engagement-kpis',
  persona: 'knowing-your-audience',
  'competitor-benchmark': 'competitors-and-social-listening',
};
