/**
 * Every question list a share link was ever made with, by its fingerprint (see codec.ts). A link
 * made before the questions changed is read with its own list, and the answers to questions that
 * still exist are kept. When the questions of content/audit.yaml change, the list they had is
 * added here (a unit test fails until it is): old links then keep opening.
 */
export const QUESTION_SETS: Readonly<Record<string, readonly string[]>> = {
  // December 2026: 27 questions in 9 dimensions.
  dt75ue: [
    'accounts-listed',
    'admin-access',
    'owner-mission',
    'consistent-identity',
    'bio-links',
    'recent-activity',
    'smart-goals',
    'kpi-baselines',
    'business-link',
    'top-bottom-posts',
    'best-formats',
    'content-calendar',
    'engager-profile',
    'target-match',
    'engagement-benchmark',
    'best-times',
    'steady-frequency',
    'best-network',
    'missing-network',
    'competitor-benchmark',
    'social-listening',
    'competitor-strengths',
    'response-time',
    'reviews-answered',
    'crisis-plan',
    'platform-watch',
    'disclosure-consent',
  ],
};
