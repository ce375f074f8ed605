/**
 * Share of voice with named competitors (the share-of-voice calculator's extra mode). Its own
 * module so that only the share-of-voice island ships it.
 */
import type { Locale } from '../i18n/locales';
import { parseCount, type FieldState } from './evaluate';

export interface CompetitorRow {
  name: string;
  mentions: FieldState;
}

export interface VoiceEvaluation {
  rows: CompetitorRow[];
  /** Sum of the competitors' mentions (the `competitors` value), or null if a row is wrong. */
  total: number | null;
}

/** Adds up the competitors' mentions; a row with a bad or missing figure blocks the total. */
export function evaluateCompetitors(
  rows: readonly { name: string; mentions: string }[],
  locale: Locale,
): VoiceEvaluation {
  let total: number | null = 0;
  const out = rows.map((row) => {
    const mentions = parseCount(row.mentions, locale);
    if (mentions.state === 'ok' && total !== null) total += mentions.value;
    else total = null;
    return { name: row.name.trim(), mentions };
  });
  return { rows: out, total };
}

export interface VoiceShare {
  /** Display name ('' for the brand: the island labels it). */
  name: string;
  brand: boolean;
  mentions: number;
  /** Share of all mentions, percent. */
  share: number;
}

/** Each party's share of all mentions (brand first). Null when there are no mentions at all. */
export function voiceShares(
  brand: number,
  competitors: readonly { name: string; mentions: number }[],
): VoiceShare[] | null {
  const total = brand + competitors.reduce((sum, c) => sum + c.mentions, 0);
  if (!(total > 0) || !Number.isFinite(total)) return null;
  return [
    { name: '', brand: true, mentions: brand, share: (brand * 100) / total },
    ...competitors.map((c) => ({
      name: c.name,
      brand: false,
      mentions: c.mentions,
      share: (c.mentions * 100) / total,
    })),
  ];
}
