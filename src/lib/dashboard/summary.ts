/**
 * The dashboard's figures, for the whole file set and per network. Every rate comes from the
 * calculators' own computation (`computeKpi` in src/lib/kpi): this module only adds figures up
 * and chooses what to divide, never restates a formula.
 *
 * Two methods side by side (the chapter on KPIs explains why they differ):
 * - `ratio`: the calculator on the period's totals (total engagements ÷ total reach…);
 * - `mean`: the calculator on each post, then the average of those rates.
 *
 * Followers are an account figure, not a post's: a rate on followers divides the period's total
 * by the latest follower count of the scope (`ratio`), or each post's figure by the followers
 * known at that post (`mean`).
 */
import { computeKpi } from '../kpi/compute';
import type { Basis, KpiId, Param } from '../kpi/definitions';
import { engagementParts, type MetricId, type NetworkId } from './fields';
import type { Post } from './rows';
import type { Day } from './values';

type Method = 'ratio' | 'mean';

export interface Total {
  kpi: KpiId;
  basis?: Basis | undefined;
  method: Method;
  /** Unrounded, in the calculator's unit; null when no post gives it (or a denominator is 0). */
  value: number | null;
  /** For `ratio`: the figures given to the calculator (its URL parameters). */
  inputs: Partial<Record<Param, number>>;
  /** Posts that had every figure this total needs. */
  posts: number;
}

type Sum = MetricId | 'engagements';

export interface Scope {
  /** null: every network. */
  network: NetworkId | null;
  posts: number;
  sums: Partial<Record<Sum, number>>;
  /** Latest follower count known in the scope. */
  followers: number | null;
  totals: Total[];
  /** Best and worst post by each per-post rate (when at least two posts have it). */
  ranks: Rank[];
  from: Day | null;
  to: Day | null;
}

interface Rank {
  kpi: KpiId;
  basis?: Basis | undefined;
  best: { post: Post; value: number };
  worst: { post: Post; value: number };
}

/** A post's engagements: the sum of the parts its file has; undefined when it has none. */
function engagementsOf(post: Post): number | undefined {
  let sum: number | undefined;
  for (const part of engagementParts) {
    const value = post.values[part];
    if (value !== undefined) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** The latest follower count among posts (by date, then by row). */
function latestFollowers(posts: readonly Post[]): number | null {
  let best: Post | null = null;
  for (const post of posts) {
    if (post.values.followers === undefined) continue;
    if (
      !best ||
      (post.day ?? '') > (best.day ?? '') ||
      ((post.day ?? '') === (best.day ?? '') && post.row > best.row)
    ) {
      best = post;
    }
  }
  return best?.values.followers ?? null;
}

function one(kpi: KpiId, values: Partial<Record<Param, number>>): number | null {
  return computeKpi(kpi, values).outputs[0]?.value ?? null;
}

interface Spec {
  kpi: KpiId;
  basis?: Basis | undefined;
  /** The calculator's inputs for a post (followers given as the scope's when the post has none). */
  of: (post: Post, followers: number | null) => Partial<Record<Param, number>> | null;
  /** Summed over posts, except followers (the scope's latest). */
  perPost: boolean;
}

const v = (post: Post, metric: MetricId) => post.values[metric];
const followersAt = (post: Post, scope: number | null) => post.values.followers ?? scope ?? undefined;

/** The calculator's inputs, or null when one is missing (two at most: no array built). */
function need(
  p1: Param,
  v1: number | undefined,
  p2: Param,
  v2: number | undefined,
): Partial<Record<Param, number>> | null {
  if (v1 === undefined || v2 === undefined) return null;
  return { [p1]: v1, [p2]: v2 };
}

const SPECS: Spec[] = [
  ...(['reach', 'impressions', 'followers'] as const).map((basis): Spec => ({
    kpi: 'engagement-rate',
    basis,
    perPost: true,
    of: (post, f) =>
      need('engagements', engagementsOf(post), basis, basis === 'followers' ? followersAt(post, f) : v(post, basis)),
  })),
  {
    kpi: 'ctr',
    perPost: true,
    of: (post) => need('clicks', v(post, 'clicks'), 'impressions', v(post, 'impressions')),
  },
  {
    kpi: 'reach-rate',
    perPost: true,
    of: (post, f) => need('reach', v(post, 'reach'), 'followers', followersAt(post, f)),
  },
  {
    kpi: 'amplification-rate',
    perPost: true,
    of: (post, f) => need('shares', v(post, 'shares'), 'followers', followersAt(post, f)),
  },
  {
    kpi: 'cpc',
    perPost: false,
    of: (post) => need('cost', v(post, 'cost'), 'clicks', v(post, 'clicks')),
  },
  {
    kpi: 'cpm',
    perPost: false,
    of: (post) => need('cost', v(post, 'cost'), 'impressions', v(post, 'impressions')),
  },
  {
    kpi: 'cpa',
    perPost: false,
    of: (post) => need('cost', v(post, 'cost'), 'conversions', v(post, 'conversions')),
  },
];

/** The figures of a set of posts. */
export function summarise(posts: readonly Post[], network: NetworkId | null): Scope {
  const sums: Partial<Record<Sum, number>> = {};
  let from: Day | null = null;
  let to: Day | null = null;
  for (const post of posts) {
    const values = post.values;
    for (const metric in values) {
      if (metric !== 'followers')
        sums[metric as MetricId] = (sums[metric as MetricId] ?? 0) + (values[metric as MetricId] ?? 0);
    }
    const e = engagementsOf(post);
    if (e !== undefined) sums.engagements = (sums.engagements ?? 0) + e;
    if (post.day !== null) {
      if (from === null || post.day < from) from = post.day;
      if (to === null || post.day > to) to = post.day;
    }
  }
  const followers = latestFollowers(posts);
  const totals: Total[] = [];
  const ranks: Rank[] = [];
  SPECS.forEach((spec) => {
    // Ratio of totals: every input summed, except followers (the scope's latest count).
    const inputs: Partial<Record<Param, number>> = {};
    let count = 0;
    let rated = 0;
    let sum = 0;
    let best: { post: Post; value: number } | null = null;
    let worst: { post: Post; value: number } | null = null;
    for (const post of posts) {
      const each = spec.of(post, followers);
      if (each === null) continue;
      count++;
      for (const param in each) {
        const value = each[param as Param] ?? 0;
        inputs[param as Param] = param === 'followers' ? (followers ?? value) : (inputs[param as Param] ?? 0) + value;
      }
      if (!spec.perPost) continue;
      const value = one(spec.kpi, each);
      if (value === null) continue;
      rated++;
      sum += value;
      if (!best || value > best.value) best = { post, value };
      if (!worst || value < worst.value) worst = { post, value };
    }
    if (count === 0) return;
    totals.push({
      kpi: spec.kpi,
      basis: spec.basis,
      method: 'ratio',
      value: one(spec.kpi, inputs),
      inputs,
      posts: count,
    });
    if (!spec.perPost) return;
    totals.push({
      kpi: spec.kpi,
      basis: spec.basis,
      method: 'mean',
      value: rated ? sum / rated : null,
      inputs: {},
      posts: rated,
    });
    if (best && worst && rated >= 2) ranks.push({ kpi: spec.kpi, basis: spec.basis, best, worst });
  });
  return { network, posts: posts.length, sums, followers, totals, ranks, from, to };
}

/** The whole set, then each network present (in the order of `networkIds` given). */
export function summariseAll(posts: readonly Post[], order: readonly NetworkId[]): Scope[] {
  const networks = order.filter((n) => posts.some((p) => p.network === n));
  const scopes = [summarise(posts, null)];
  if (networks.length > 1 || (networks.length === 1 && networks[0] !== 'other')) {
    for (const network of networks)
      scopes.push(
        summarise(
          posts.filter((p) => p.network === network),
          network,
        ),
      );
  }
  return scopes;
}

/** Monday of a day's ISO week. */
function weekOf(day: Day): Day {
  const date = new Date(`${day}T00:00:00Z`);
  const shift = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - shift * 86400000).toISOString().slice(0, 10);
}

export interface Week {
  start: Day;
  posts: number;
  engagements: number;
}

/** Posts and engagements per ISO week, every week between the first and the last (empty ones too). */
export function weekly(posts: readonly Post[]): Week[] {
  const byWeek = new Map<Day, Week>();
  for (const post of posts) {
    if (!post.day) continue;
    const start = weekOf(post.day);
    const week = byWeek.get(start) ?? { start, posts: 0, engagements: 0 };
    week.posts++;
    week.engagements += engagementsOf(post) ?? 0;
    byWeek.set(start, week);
  }
  const starts = [...byWeek.keys()].sort();
  if (starts.length === 0) return [];
  const out: Week[] = [];
  for (let t = Date.parse(`${starts[0]}T00:00:00Z`); t <= Date.parse(`${starts.at(-1)}T00:00:00Z`); t += 7 * 86400000) {
    const start = new Date(t).toISOString().slice(0, 10);
    out.push(byWeek.get(start) ?? { start, posts: 0, engagements: 0 });
  }
  return out;
}

export interface Comparison {
  /** `YYYY-MM` of the latest month with posts, and of the month before it. */
  month: string;
  previousMonth: string;
  current: Scope;
  previous: Scope;
}

/** The latest month against the one before, when the posts cover both. */
export function compareMonths(posts: readonly Post[]): Comparison | null {
  const months = [...new Set(posts.map((p) => p.day?.slice(0, 7)).filter((m): m is string => !!m))].sort();
  const month = months.at(-1);
  if (!month) return null;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const previousMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  if (!months.includes(previousMonth)) return null;
  const within = (mm: string) => posts.filter((p) => p.day?.startsWith(mm));
  return {
    month,
    previousMonth,
    current: summarise(within(month), null),
    previous: summarise(within(previousMonth), null),
  };
}
