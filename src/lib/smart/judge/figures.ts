/**
 * The figures an objective gives for its target: a baseline and a target ("from 1,200 to 1,800",
 * « (2 000 aujourd'hui) »), a relative change ("+20 %"), a multiplier ("double"), and whether the
 * target is an increment ("gain 500").
 */
import type { NumberMatch } from '../quantities';
import type { LangRules } from '../rules';
import { plainRe, wordRe } from '../text';
import type { Money } from './money';

export interface Figures {
  /** The target is an increment ("gagner 500 abonnés") over the baseline. */
  gain?: boolean;
  baseline?: NumberMatch;
  target?: NumberMatch;
  relative?: NumberMatch;
  multiplier?: NumberMatch;
}

/** Up to two words naming what is counted: "from 150 subscribers to 30,000", « de 800 abonnés à 1 200 ». */
const COUNTED = [/^ ?[\p{L}'-]+(?= )/u, /^ ?[\p{L}'-]+ [\p{L}'-]+(?= )/u];

function pairOf(folded: string, rules: LangRules, a: NumberMatch, b: NumberMatch): boolean {
  const { between, lead } = rules;
  if (!lead.test(folded.slice(Math.max(0, a.start - 10), a.start))) return false;
  const gap = folded.slice(a.end, b.start);
  return between.test(gap) || COUNTED.some((words) => words.test(gap) && between.test(gap.replace(words, '')));
}

export function extractFigures(
  folded: string,
  rules: LangRules,
  quantities: NumberMatch[],
  money: Money = {},
): Figures {
  const skip = new Set([money.budget, money.cost].filter(Boolean));
  const nums = quantities.filter((q) => (q.kind === 'number' || q.kind === 'words') && !q.ambiguous && !skip.has(q));
  const out: Figures = {};
  const multiplier = quantities.find((q) => q.kind === 'multiplier');
  if (multiplier) out.multiplier = multiplier;
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    const b = nums[i + 1];
    if (a && b && pairOf(folded, rules, a, b)) {
      out.baseline = a;
      out.target = b;
      return out;
    }
  }
  const marker = plainRe(`(?:${rules.baselineMarkers}) ?:? ?$`);
  const baselineAfter = plainRe(`^[^\\d()]{0,28}?(?<![\\p{L}])(?:${rules.baselineAfter})(?![\\p{L}])`);
  const changeBefore = plainRe(`(?:${rules.changeBefore}) $`);
  const extraAfter = plainRe(`^ ?(?:${rules.extraAfter})(?![\\p{L}])`);
  const comparative = wordRe(rules.comparatives);
  comparative.lastIndex = 0;
  const hasVerb = comparative.test(folded);
  for (const n of nums) {
    const before = folded.slice(Math.max(0, n.start - 30), n.start);
    const after = folded.slice(n.end, n.end + 40);
    if (!out.baseline && (marker.test(before) || baselineAfter.test(after))) out.baseline = n;
    else if (
      !out.relative &&
      n.unit === 'percent' &&
      ((n.signed && n.value > 0) || (hasVerb && changeBefore.test(before)) || extraAfter.test(after))
    )
      out.relative = n;
    else if (!out.target) out.target = n;
  }
  const { baseline, target } = out;
  if (baseline && target && !baseline.signed) {
    const gain = plainRe(`(?:^|[^\\p{L}])(?:${rules.gain})`);
    if (gain.test(folded.slice(Math.max(0, target.start - 14), target.start))) out.gain = true;
  }
  return out;
}
