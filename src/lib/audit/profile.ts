/**
 * The business profile the audit may carry (type, networks, hours a week, main goal), with the ids
 * of docs/CONTRACT.md; the networks are the site's one list (src/lib/networks.ts). It fits the
 * questions, their weights and wording (fit.ts, view.ts) and the plan. Outside input: only known
 * ids are kept, never an unknown string.
 */
import { decimalSeparators, type Locale } from '../i18n/locales';
import { networkIds } from '../networks';
import { isObject, isTimestamp } from './validate';

export const PROFILE_TYPES = ['local', 'b2b', 'online', 'nonprofit', 'creator'] as const;
export const NETWORKS = networkIds;
export const GOALS = ['awareness', 'leads', 'loyalty', 'recruitment'] as const;
/** Hours a week: 0 to 168 (a week has no more), quarter hours at most. */
export const MAX_HOURS = 168;

export type ProfileType = (typeof PROFILE_TYPES)[number];
export type Network = (typeof NETWORKS)[number];
export type Goal = (typeof GOALS)[number];

export interface Profile {
  type?: ProfileType;
  networks?: Network[];
  hours?: number;
  goal?: Goal;
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : undefined;

function hoursOf(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d{1,3}(\.\d{1,2})?$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_HOURS ? Math.round(n * 4) / 4 : undefined;
}

/** Known networks from a list or a comma-separated string, each once, in the contract's order. */
function networksOf(v: unknown): Network[] | undefined {
  const items = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : undefined;
  if (items === undefined) return undefined;
  const given = new Set(items.map((x) => (typeof x === 'string' ? x.trim().toLowerCase() : '')));
  return NETWORKS.filter((n) => given.has(n));
}

/** The known fields of a profile from anything (stored JSON, an import, URL params); others dropped. */
export function cleanProfile(v: unknown): Profile | undefined {
  const source = v instanceof URLSearchParams ? Object.fromEntries(v.entries()) : v;
  if (!isObject(source)) return undefined;
  const profile: Profile = {};
  const type = oneOf(PROFILE_TYPES, source['type']);
  if (type) profile.type = type;
  const networks = networksOf(source['networks']);
  if (networks && networks.length > 0) profile.networks = networks;
  const hours = hoursOf(source['hours']);
  if (hours !== undefined) profile.hours = hours;
  const goal = oneOf(GOALS, source['goal']);
  if (goal) profile.goal = goal;
  return Object.keys(profile).length > 0 ? profile : undefined;
}

/** A stored profile: its fields and when it was last changed (for the merge of two tabs). */
export interface StoredProfile extends Profile {
  at: string;
}

export function cleanStoredProfile(v: unknown): StoredProfile | undefined {
  if (!isObject(v) || !isTimestamp(v['at'])) return undefined;
  return { ...cleanProfile(v), at: v['at'] };
}

/** The profile as URL params (`type`, `networks`, `hours`, `goal`), in that order. */
export function profileParams(profile: Profile | undefined): [string, string][] {
  if (profile === undefined) return [];
  const out: [string, string][] = [];
  if (profile.type) out.push(['type', profile.type]);
  if (profile.networks?.length) out.push(['networks', profile.networks.join(',')]);
  if (profile.hours !== undefined) out.push(['hours', String(profile.hours)]);
  if (profile.goal) out.push(['goal', profile.goal]);
  return out;
}

/**
 * Sets the business profile of the audit in progress (or records that it was skipped: a profile
 * with no field), stamped with its time for the two-tab merge.
 */
export function withProfile<S extends { current: { profile?: StoredProfile; updatedAt: string } }>(
  state: S,
  profile: Profile | undefined,
  now: Date,
): S {
  const at = now.toISOString();
  return { ...state, current: { ...state.current, profile: { ...cleanProfile(profile), at }, updatedAt: at } };
}

/** Hours a week as the visitor reads and types them: `1,5` in French, `1.5` in English. */
export const hoursText = (h: number, lang: Locale) => String(h).replace('.', decimalSeparators[lang]);
