/**
 * What a platform export holds, as the dashboard reads it: the fields a column can be mapped to,
 * the networks, the header names recognised in French and English, and the presets of common
 * exports. Where each preset's column names come from is in docs/ARCHITECTURE.md ("Dashboard");
 * none is certain, so a preset only proposes a mapping that the visitor can change.
 */

/** Fields a column can be mapped to. `id` identifies a post (id or link), `post` is its text. */
export const fieldIds = [
  'date',
  'post',
  'id',
  'network',
  'reach',
  'impressions',
  'reactions',
  'comments',
  'shares',
  'saves',
  'clicks',
  'conversions',
  'followers',
  'cost',
] as const;
export type FieldId = (typeof fieldIds)[number];

/** Fields holding numbers: every field but the date, the post's text and id, and the network. */
const notMetrics = ['date', 'post', 'id', 'network'] as const;
export type MetricId = Exclude<FieldId, (typeof notMetrics)[number]>;
export const metricIds: readonly MetricId[] = fieldIds.filter(
  (field): field is MetricId => !(notMetrics as readonly string[]).includes(field),
);

/** What the site counts as engagements: reactions + comments + shares + saves (clicks apart). */
export const engagementParts = ['reactions', 'comments', 'shares', 'saves'] as const satisfies readonly MetricId[];

export function isMetric(field: FieldId): field is MetricId {
  return (metricIds as readonly string[]).includes(field);
}

/** The networks: the site's one list (src/lib/networks.ts), shared with the self-audit's profile. */
import { networkIds, type NetworkId } from '../networks';

export { networkIds, type NetworkId };

export function isNetworkId(value: unknown): value is NetworkId {
  return typeof value === 'string' && (networkIds as readonly string[]).includes(value);
}

/** A header or a cell as compared: lower case, no accents, words separated by one space. */
export function normalise(text: string): string {
  // eslint-disable-next-line no-control-regex -- the ASCII fast path: nothing to decompose.
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Network names as written in exports and by people. */
const NETWORK_NAMES: Record<string, NetworkId> = {
  facebook: 'facebook',
  fb: 'facebook',
  meta: 'facebook',
  instagram: 'instagram',
  ig: 'instagram',
  insta: 'instagram',
  linkedin: 'linkedin',
  tiktok: 'tiktok',
  youtube: 'youtube',
  yt: 'youtube',
  x: 'x',
  twitter: 'x',
  'x twitter': 'x',
  pinterest: 'pinterest',
  snapchat: 'snapchat',
  threads: 'threads',
  whatsapp: 'whatsapp',
  'google business': 'google-business',
  'google business profile': 'google-business',
  'google my business': 'google-business',
  'fiche d etablissement google': 'google-business',
};

/** The network named in a cell, `other` for any other name, null for an empty cell. */
export function networkOf(cell: string): NetworkId | null {
  const key = normalise(cell);
  if (key === '') return null;
  return NETWORK_NAMES[key] ?? 'other';
}

/**
 * Header names per field, normalised. An exact match is sure; a header that only contains one of
 * these words (as whole words) is a guess the visitor confirms. Headers naming a rate (`taux`,
 * `rate`, `%`, `ctr`) are never taken for a count.
 */
const HEADER_NAMES: Record<FieldId, readonly string[]> = {
  date: [
    'date',
    'day',
    'jour',
    'publish time',
    'published',
    'publication date',
    'date de publication',
    'heure de publication',
    'created date',
    'post time',
    'posted',
    'video publish time',
    'date de creation',
  ],
  post: [
    'post',
    'post title',
    'title',
    'titre',
    'video title',
    'titre de la video',
    'message',
    'text',
    'texte',
    'description',
    'caption',
    'legende',
    'content',
    'contenu',
    'publication',
  ],
  id: [
    'id',
    'post id',
    'identifiant de la publication',
    'identifiant',
    'post link',
    'video link',
    'lien de la video',
    'permalink',
    'lien permanent',
    'link',
    'lien',
    'url',
  ],
  network: ['network', 'social network', 'reseau', 'reseau social', 'platform', 'plateforme', 'channel', 'canal'],
  reach: [
    'reach',
    'couverture',
    'portee',
    'accounts reached',
    'comptes touches',
    'unique viewers',
    'spectateurs uniques',
  ],
  impressions: [
    'impressions',
    'views',
    'vues',
    'total views',
    'video views',
    'vues de la video',
    'plays',
    'lectures',
    'affichages',
  ],
  reactions: ['reactions', 'likes', 'like', 'j aime', 'mentions j aime', 'total likes'],
  comments: ['comments', 'commentaires', 'total comments'],
  shares: ['shares', 'partages', 'reposts', 'republications', 'total shares', 'retweets'],
  saves: ['saves', 'saved', 'enregistrements', 'total saves'],
  clicks: ['clicks', 'clics', 'link clicks', 'clics sur un lien', 'clics sur le lien', 'total clicks'],
  conversions: ['conversions', 'leads', 'prospects', 'ventes', 'sales', 'results', 'resultats'],
  followers: ['followers', 'abonnes', 'subscribers', 'fans', 'total followers', 'nombre d abonnes'],
  cost: ['cost', 'cout', 'spend', 'amount spent', 'montant depense', 'depenses', 'budget depense'],
};

const RATE_WORDS = /(^| )(taux|rate|ctr|ratio|moyenne|average|avg)( |$)|%/;

export interface Preset {
  id: 'meta-fr' | 'meta-en' | 'linkedin' | 'tiktok' | 'youtube';
  /** Every post of such a file is on this network. */
  network: NetworkId;
  /** Normalised header → field. */
  columns: Readonly<Record<string, FieldId>>;
}

/**
 * Presets of common exports. Their column names are unverified (see docs/ARCHITECTURE.md): a
 * preset is recognised when most of its headers are present, and then proposes its mapping.
 */
const PRESETS: readonly Preset[] = [
  {
    id: 'meta-fr',
    network: 'facebook',
    columns: {
      'identifiant de la publication': 'id',
      titre: 'post',
      'heure de publication': 'date',
      couverture: 'reach',
      impressions: 'impressions',
      reactions: 'reactions',
      commentaires: 'comments',
      partages: 'shares',
      'clics sur un lien': 'clicks',
      'montant depense eur': 'cost',
    },
  },
  {
    id: 'meta-en',
    network: 'facebook',
    columns: {
      'post id': 'id',
      title: 'post',
      'publish time': 'date',
      reach: 'reach',
      impressions: 'impressions',
      reactions: 'reactions',
      comments: 'comments',
      shares: 'shares',
      'link clicks': 'clicks',
      'amount spent eur': 'cost',
    },
  },
  {
    id: 'linkedin',
    network: 'linkedin',
    columns: {
      'post title': 'post',
      'post link': 'id',
      'created date': 'date',
      impressions: 'impressions',
      clicks: 'clicks',
      likes: 'reactions',
      comments: 'comments',
      reposts: 'shares',
    },
  },
  {
    id: 'tiktok',
    network: 'tiktok',
    columns: {
      'video title': 'post',
      'video link': 'id',
      'post time': 'date',
      'total views': 'impressions',
      'total likes': 'reactions',
      'total comments': 'comments',
      'total shares': 'shares',
      'total saves': 'saves',
    },
  },
  {
    id: 'youtube',
    network: 'youtube',
    columns: {
      content: 'id',
      'video title': 'post',
      'video publish time': 'date',
      views: 'impressions',
      impressions: 'reach',
      likes: 'reactions',
      comments: 'comments',
      shares: 'shares',
      subscribers: 'followers',
    },
  },
];

/** Where a column's field came from: a preset, an exact header name, a partial one, the visitor. */
type Certainty = 'preset' | 'exact' | 'guess' | 'visitor';

export interface ColumnMatch {
  field: FieldId | null;
  certainty: Certainty | null;
}

/** The field a header names, exactly or as a guess. */
export function matchHeader(header: string): ColumnMatch {
  const key = normalise(header.replace(/\([^)]*\)/g, ' '));
  const full = normalise(header);
  if (key === '') return { field: null, certainty: null };
  const rate = RATE_WORDS.test(full);
  for (const field of fieldIds) {
    if (rate && isMetric(field)) continue;
    if (HEADER_NAMES[field].includes(key) || HEADER_NAMES[field].includes(full)) return { field, certainty: 'exact' };
  }
  if (rate) return { field: null, certainty: null };
  const words = ` ${key} `;
  for (const field of fieldIds) {
    if (HEADER_NAMES[field].some((name) => name.length > 2 && words.includes(` ${name} `))) {
      return { field, certainty: 'guess' };
    }
  }
  return { field: null, certainty: null };
}

/** The preset whose headers are found, mostly, among these (at least 70 % of them). */
function findPreset(headers: readonly string[]): Preset | null {
  const present = new Set(headers.map((header) => normalise(header)));
  let best: Preset | null = null;
  let bestShare = 0;
  for (const preset of PRESETS) {
    const names = Object.keys(preset.columns);
    const share = names.filter((name) => present.has(name)).length / names.length;
    if (share >= 0.7 && share > bestShare) {
      best = preset;
      bestShare = share;
    }
  }
  return best;
}

/**
 * The mapping proposed for a header row: one match per column. A preset's columns come first;
 * then names; a field is given to one column only (the first sure one wins).
 */
export function detectColumns(headers: readonly string[]): { preset: Preset | null; columns: ColumnMatch[] } {
  const preset = findPreset(headers);
  const columns: ColumnMatch[] = headers.map((header) => {
    const fromPreset = preset?.columns[normalise(header)];
    if (fromPreset) return { field: fromPreset, certainty: 'preset' };
    return matchHeader(header);
  });
  const rank = (c: ColumnMatch | undefined) => (c?.certainty === 'preset' ? 0 : c?.certainty === 'exact' ? 1 : 2);
  const order = columns.map((_, index) => index).sort((a, b) => rank(columns[a]) - rank(columns[b]) || a - b);
  const taken = new Set<FieldId>();
  for (const index of order) {
    const match = columns[index];
    if (!match || match.field === null) continue;
    if (taken.has(match.field)) columns[index] = { field: null, certainty: null };
    else taken.add(match.field);
  }
  return { preset, columns };
}

/** A key for a file layout (its headers), to remember the visitor's mapping. */
export function layoutKey(headers: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of headers.map(normalise).join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
