/**
 * A KPI's formula as words, in a language: "clics ÷ impressions × 100". Built from the KPI
 * definitions (`src/lib/kpi`) and the calculators' symbol labels (`kpi.sym.*`), so that the
 * glossary, the chapters and the tool pages can be checked against the one definition.
 */
import { formulaFor, type Basis, type KpiId } from '../kpi/definitions';
import { dictionaries, localeTags, type Locale } from '../i18n';

/** Spaces of any kind (no-break, narrow no-break) as one plain space, for comparing texts. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

export function formulaText(lang: Locale, id: KpiId, basis?: Basis): string {
  const dict: Readonly<Record<string, string>> = dictionaries[lang];
  const number = new Intl.NumberFormat(localeTags[lang]);
  const words = formulaFor(id, basis).map((token) => {
    if (token.kind === 'input') return dict[`kpi.sym.${token.param}`] ?? token.param;
    if (token.kind === 'const') return number.format(token.value);
    return token.text;
  });
  return normaliseSpaces(words.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')'));
}

/** The glossary entry of each calculator's KPI. */
export const glossaryIdOfKpi: Record<KpiId, string> = {
  'audience-growth': 'audience-growth-rate',
  'reach-rate': 'reach-rate',
  'share-of-voice': 'share-of-voice',
  'engagement-rate': 'engagement-rate',
  'amplification-rate': 'amplification-rate',
  'story-completion': 'story-completion-rate',
  ctr: 'ctr',
  'conversion-rate': 'conversion-rate',
  cpc: 'cpc',
  cpm: 'cpm',
  cpa: 'cpa',
  roi: 'roi',
};
