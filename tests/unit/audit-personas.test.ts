/**
 * Three small businesses take the self-audit, as they would answer it. Their answers and what a
 * consultant would tell each of them first were written before the plan's code, from their side:
 * - a bakery on Instagram and Facebook (French, on a phone): security, her Google Business Profile
 *   and reviews, and a pace she can keep, before any analytics;
 * - a yoga studio on Instagram (English): nothing links her posts to bookings, and that must be in
 *   her first three actions;
 * - a B2B accounting firm on LinkedIn only (French): lead tracking, and advice naming LinkedIn only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  actionPlan,
  fitView,
  scoreAudit,
  suggestions,
  toView,
  type Profile,
  type StoredAnswer,
} from '../../src/lib/audit';
import { pick } from '../../src/lib/i18n';
import { analyzeObjective } from '../../src/lib/smart/analyze';
import { AuditDimension } from '../../src/schemas/audit';

const content = AuditDimension.array().parse(
  parse(readFileSync(new URL('../../content/audit.yaml', import.meta.url), 'utf8')),
);

interface Persona {
  lang: 'fr' | 'en';
  profile: Profile;
  answers: Record<string, StoredAnswer>;
}

/** The bakery: she posts herself, a nephew who once helped is still admin, no 2FA. */
const bakery: Persona = {
  lang: 'fr',
  profile: { type: 'local', networks: ['instagram', 'facebook'], hours: 3, goal: 'loyalty' },
  answers: {
    'accounts-listed': 'partly',
    'admin-access': 'no',
    'owner-mission': 'no',
    'consistent-identity': 'partly',
    'bio-links': 'no',
    'recent-activity': 'yes',
    'google-business-profile': 'no',
    'smart-goals': 'no',
    'kpi-baselines': 'no',
    'business-link': 'no',
    'top-bottom-posts': 'unknown',
    'best-formats': 'partly',
    'content-calendar': 'no',
    'engager-profile': 'unknown',
    'target-match': 'partly',
    'engagement-benchmark': 'no',
    'best-times': 'unknown',
    'steady-frequency': 'no',
    'sustainable-rhythm': 'no',
    'best-network': 'unknown',
    'missing-network': 'no',
    'competitor-benchmark': 'no',
    'social-listening': 'no',
    'competitor-strengths': 'partly',
    'response-time': 'partly',
    'reviews-answered': 'partly',
    'crisis-plan': 'no',
    'crisis-contact': 'no',
    'platform-watch': 'no',
    'disclosure-consent': 'na',
  },
};

/** The yoga studio: organised and secure, posts well, but cannot tell which posts fill classes. */
const studio: Persona = {
  lang: 'en',
  profile: { type: 'local', networks: ['instagram'], hours: 4, goal: 'leads' },
  answers: {
    'accounts-listed': 'yes',
    'admin-access': 'yes',
    'owner-mission': 'yes',
    'consistent-identity': 'yes',
    'bio-links': 'partly',
    'recent-activity': 'yes',
    'google-business-profile': 'yes',
    'smart-goals': 'partly',
    'kpi-baselines': 'partly',
    'business-link': 'no',
    'top-bottom-posts': 'yes',
    'best-formats': 'yes',
    'content-calendar': 'yes',
    'engager-profile': 'yes',
    'target-match': 'partly',
    'engagement-benchmark': 'no',
    'best-times': 'yes',
    'steady-frequency': 'yes',
    'sustainable-rhythm': 'partly',
    'best-network': 'yes',
    'missing-network': 'no',
    'competitor-benchmark': 'no',
    'social-listening': 'no',
    'competitor-strengths': 'no',
    'response-time': 'yes',
    'reviews-answered': 'yes',
    'crisis-plan': 'no',
    'crisis-contact': 'partly',
    'platform-watch': 'partly',
    'disclosure-consent': 'yes',
  },
};

/** The accounting firm: LinkedIn only, secure but one admin, leads answered by email, untracked. */
const firm: Persona = {
  lang: 'fr',
  profile: { type: 'b2b', networks: ['linkedin'], hours: 2, goal: 'leads' },
  answers: {
    'accounts-listed': 'yes',
    'admin-access': 'partly',
    'owner-mission': 'no',
    'consistent-identity': 'yes',
    'bio-links': 'no',
    'recent-activity': 'partly',
    'smart-goals': 'no',
    'kpi-baselines': 'no',
    'business-link': 'no',
    'top-bottom-posts': 'unknown',
    'best-formats': 'unknown',
    'content-calendar': 'no',
    'engager-profile': 'partly',
    'target-match': 'partly',
    'engagement-benchmark': 'unknown',
    'best-times': 'unknown',
    'steady-frequency': 'no',
    'sustainable-rhythm': 'partly',
    'best-network': 'yes',
    'missing-network': 'yes',
    'competitor-benchmark': 'no',
    'social-listening': 'no',
    'competitor-strengths': 'unknown',
    'response-time': 'yes',
    'reviews-answered': 'na',
    'crisis-plan': 'no',
    'crisis-contact': 'yes',
    'platform-watch': 'no',
    'disclosure-consent': 'na',
  },
};

function run({ lang, profile, answers }: Persona) {
  const view = fitView(toView(content, lang, {}, {}), profile, pick(lang, 'audit.'));
  const score = scoreAudit(view, answers);
  const plan = actionPlan(view, answers, profile);
  const questions = new Map(view.flatMap((d) => d.questions.map((q) => [q.id, q] as const)));
  const ids = plan.map((a) => a.questionId);
  const kindOf = (id: string) => questions.get(id)?.kind;
  const firstAnalytics = ids.findIndex((id) => kindOf(id) === 'analytics');
  return { view, score, plan, ids, questions, firstAnalytics, drafts: suggestions(view, score, profile) };
}

const texts = (r: ReturnType<typeof run>) =>
  r.plan.flatMap((a) => {
    const q = r.questions.get(a.questionId);
    return q ? [q.action, q.step, q.check, q.advice] : [];
  });

describe('the bakery (local, Instagram and Facebook)', () => {
  const r = run(bakery);

  it('starts with two-factor authentication, her Google Business Profile and reviews, and a pace she can keep', () => {
    expect(r.ids.slice(0, 3)).toEqual(expect.arrayContaining(['admin-access', 'google-business-profile']));
    for (const id of ['admin-access', 'google-business-profile', 'reviews-answered', 'sustainable-rhythm']) {
      expect(r.ids.indexOf(id), id).toBeGreaterThanOrEqual(0);
      expect(r.ids.indexOf(id), `${id} before any analytics`).toBeLessThan(r.firstAnalytics);
    }
    expect(r.plan.filter((a) => a.horizon === 'week').map((a) => a.questionId)).toContain('admin-access');
  });

  it('loses no points on paid partnerships she marked not applicable', () => {
    expect(r.ids).not.toContain('disclosure-consent');
    const withNo = scoreAudit(r.view, { ...bakery.answers, 'disclosure-consent': 'no' });
    expect(r.score.max).toBeLessThan(withNo.max);
    expect(Math.round(r.score.percent)).toBeLessThan(35);
  });

  it('keeps every heavily weighted "No" in the plan (no cap per area)', () => {
    for (const d of r.view)
      for (const q of d.questions)
        if (q.weight >= 3 && bakery.answers[q.id] === 'no') expect(r.ids, q.id).toContain(q.id);
  });

  it('tells how to find out for "I don’t know", and names her networks only', () => {
    const best = r.plan.find((a) => a.questionId === 'best-times');
    expect(best?.answer).toBe('unknown');
    const admin = r.questions.get('admin-access');
    expect(admin?.step).toMatch(/(Facebook et Instagram|Instagram et Facebook)/);
    expect(texts(r).join(' ')).not.toMatch(/LinkedIn|Pinterest|TikTok/);
  });
});

describe('the yoga studio (local, Instagram, English)', () => {
  const r = run(studio);

  it('gets “link social activity to bookings” in its first three actions', () => {
    expect(r.ids.slice(0, 3)).toContain('business-link');
    expect(r.questions.get('business-link')?.action).toMatch(/bookings/);
  });

  it('gets SMART drafts on Instagram only, with blanks for her own figures', () => {
    expect(r.drafts.length).toBeGreaterThan(0);
    for (const s of r.drafts) {
      expect(s.networks).toEqual(['instagram']);
      expect(s.text).toContain('Instagram');
      expect(s.text).not.toMatch(/LinkedIn|Pinterest|Facebook/);
      expect(s.text).toMatch(/\[[^\]]+\]/);
    }
  });
});

describe('the accounting firm (B2B, LinkedIn only)', () => {
  const r = run(firm);

  it('gets lead tracking on LinkedIn in its first three actions', () => {
    expect(r.ids.slice(0, 3)).toContain('business-link');
    expect(r.questions.get('business-link')?.action).toBe('Suivre vos prospects venus de LinkedIn');
  });

  it('is never asked about a Google Business Profile, and its advice names LinkedIn only', () => {
    expect(r.questions.has('google-business-profile')).toBe(false);
    const all = texts(r).join(' ');
    expect(all).toContain('LinkedIn');
    expect(all).not.toMatch(/Instagram|Facebook|Pinterest|TikTok|Reels/);
  });

  it('gets SMART drafts the checker does not call complete until its own figures are in', () => {
    expect(r.drafts.length).toBeGreaterThan(0);
    for (const s of r.drafts) {
      expect(s.networks).toEqual(['linkedin']);
      expect(s.text).not.toMatch(/Instagram|Pinterest|Facebook/);
      const analysis = analyzeObjective(s.text, { lang: 'fr' });
      const met = analysis.criteria.filter((c) => c.status === 'met').length;
      expect(met, s.text).toBeLessThan(5);
    }
  });
});

describe('the plan', () => {
  it('groups actions into this week, this month, this quarter, with a time estimate and a first step', () => {
    const r = run(bakery);
    expect(r.plan.filter((a) => a.horizon === 'week')).toHaveLength(3);
    expect(r.plan.filter((a) => a.horizon === 'month').length).toBeGreaterThan(0);
    expect(r.plan.filter((a) => a.horizon === 'quarter').length).toBeGreaterThan(0);
    for (const a of r.plan) {
      expect(a.minutes).toBeGreaterThan(0);
      expect(r.questions.get(a.questionId)?.step.length).toBeGreaterThan(10);
    }
  });

  it('without a profile shows every question and says “your accounts”', () => {
    const view = fitView(toView(content, 'en', {}, {}), undefined, pick('en', 'audit.'));
    expect(view.flatMap((d) => d.questions).some((q) => q.id === 'google-business-profile')).toBe(true);
    const admin = view.flatMap((d) => d.questions).find((q) => q.id === 'admin-access');
    expect(admin?.step).toContain('your accounts');
  });
});
