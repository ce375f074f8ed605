/**
 * Relevant: the purpose, not the metric, decides. A stated purpose or a business metric is met; a
 * vanity metric with no purpose is partial; a vanity metric against a stated goal it cannot
 * measure (likes for leads), or activity for its own sake, is missing.
 */
import { HARD_GOALS, type Goal } from '../lexicon';
import type { Reading } from '../reading';
import { findAll, wordRe } from '../text';
import { verdict, type CriterionResult, type TermMatch } from '../types';

export interface Related {
  result: CriterionResult;
  /** A goal stated in the objective that its vanity metric cannot measure. */
  conflict: TermMatch | undefined;
}

const goalName = (g: Goal) => `smart.goal.${g}`;

export function judgeRelevant(r: Reading): Related {
  const { text, folded, terms, main, contextStart, statementAt, purposeAt, rules, q } = r;
  const stated = terms.filter((t) => t.start >= contextStart && t !== main && t.term.goal);
  const inStatement = terms.filter((t) => t.start >= statementAt && t !== main && t.term.goal);
  const conflict = main?.term.vanity
    ? inStatement.find(
        (s) =>
          HARD_GOALS.includes(s.term.goal ?? 'awareness') &&
          !terms.some((t) => t.start < contextStart && !t.term.vanity && t.term.goal === s.term.goal),
      )
    : undefined;
  const purpose =
    purposeAt < text.length
      ? findAll(text, folded, wordRe(rules.purpose)).find((m) => m.start === purposeAt)
      : undefined;
  const out = (result: CriterionResult): Related => ({ result, conflict });
  if (main && conflict) {
    const reason = {
      key: 'smart.R.conflict',
      vars: { metric: q([main]), words: q([conflict]), goal: goalName(conflict.term.goal ?? 'awareness') },
    };
    return out(verdict('relevant', 'missing', [main, conflict], reason, `smart.R.useMetric.${conflict.term.goal}`));
  }
  if (purpose)
    return out(
      verdict('relevant', 'met', [purpose, ...stated], {
        key: 'smart.R.purpose',
        vars: { words: q([purpose, ...stated]) },
      }),
    );
  if (stated[0]?.term.goal && !stated[0].term.vanity)
    return out(
      verdict('relevant', 'met', stated, {
        key: 'smart.R.stated',
        vars: { words: q(stated), goal: goalName(stated[0].term.goal) },
      }),
    );
  if (main?.term.goal && !main.term.vanity)
    return out(
      verdict('relevant', 'met', [main], {
        key: 'smart.R.metric',
        vars: { words: q([main]), goal: goalName(main.term.goal) },
      }),
    );
  if (main?.term.vanity)
    return out(
      verdict(
        'relevant',
        'partial',
        [main],
        { key: 'smart.R.vanity', vars: { words: q([main]) } },
        'smart.R.addPurpose',
      ),
    );
  const reason = { key: main ? 'smart.R.noGoal' : 'smart.R.missing', vars: main ? { words: q([main]) } : {} };
  return out(verdict('relevant', 'missing', main ? [main] : [], reason, 'smart.R.addGoal'));
}
