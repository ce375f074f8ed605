/**
 * The suggested path through the site for each audience (learner, small business, trainer), as
 * data. A path names chapters by slug; `resolvePath` drops any chapter the guide does not hold
 * (yet), so a path never links to a missing page.
 */

export const audiences = ['learner', 'business', 'trainer'] as const;
export type Audience = (typeof audiences)[number];

/** One step: a guide chapter (by slug) or one of the site's pages. */
export type PathStep = { chapter: string } | { page: 'tools' | 'trainers' };

const chapter = (slug: string): PathStep => ({ chapter: slug });

export const audiencePaths: Record<Audience, readonly PathStep[]> = {
  learner: [
    chapter('what-are-social-media'),
    chapter('types-of-social-media'),
    chapter('managing-social-media'),
    chapter('building-a-strategy'),
    chapter('smart-objectives'),
    chapter('awareness-engagement-kpis'),
    chapter('content-strategy'),
    chapter('accessible-posts'),
    chapter('ai-in-social-media'),
  ],
  business: [
    chapter('auditing-your-presence'),
    chapter('building-a-strategy'),
    chapter('knowing-your-audience'),
    chapter('choosing-platforms'),
    chapter('content-strategy'),
    chapter('paid-social'),
    chapter('community-and-crises'),
    chapter('measuring-in-practice'),
    { page: 'tools' },
  ],
  trainer: [
    { page: 'trainers' },
    chapter('smart-objectives'),
    chapter('awareness-engagement-kpis'),
    chapter('conversion-cost-kpis'),
    chapter('measuring-in-practice'),
    chapter('influencer-marketing'),
    chapter('ai-in-social-media'),
  ],
};

/** The steps of a path whose chapters exist among `chapterSlugs`; page steps are always kept. */
export function resolvePath(steps: readonly PathStep[], chapterSlugs: ReadonlySet<string>): PathStep[] {
  return steps.filter((step) => !('chapter' in step) || chapterSlugs.has(step.chapter));
}
