/** Measurable: a value to reach (digits or words, a rate, a multiplier, a frequency); an ambiguous number is partial. */
import type { NumberMatch } from '../quantities';
import type { Reading } from '../reading';
import { findAll, wordRe } from '../text';
import { verdict, type CriterionResult } from '../types';

export interface Measured {
  result: CriterionResult;
  /** The targets read with certainty. */
  clear: NumberMatch[];
}

export function judgeMeasurable(r: Reading): Measured {
  const { text, folded, quantities, rules, q } = r;
  const targets = quantities.filter((n) => n.kind !== 'frequency');
  const clear = targets.filter((n) => !n.ambiguous);
  const ambiguous = targets.filter((n) => n.ambiguous);
  const frequencies = quantities.filter((n) => n.kind === 'frequency');
  const comparatives = findAll(text, folded, wordRe(rules.comparatives));
  const m = (result: CriterionResult): Measured => ({ result, clear });
  if (ambiguous.length)
    return m(
      verdict(
        'measurable',
        'partial',
        ambiguous,
        { key: 'smart.M.ambiguous', vars: { words: q(ambiguous) } },
        'smart.M.unambiguous',
      ),
    );
  if (clear.length) return m(verdict('measurable', 'met', clear, { key: 'smart.M.met', vars: { words: q(clear) } }));
  if (frequencies.length)
    return m(verdict('measurable', 'met', frequencies, { key: 'smart.M.frequency', vars: { words: q(frequencies) } }));
  if (comparatives.length)
    return m(
      verdict(
        'measurable',
        'missing',
        comparatives,
        { key: 'smart.M.direction', vars: { words: q(comparatives) } },
        'smart.M.addNumber',
      ),
    );
  return m(verdict('measurable', 'missing', [], { key: 'smart.M.missing' }, 'smart.M.addNumber'));
}
