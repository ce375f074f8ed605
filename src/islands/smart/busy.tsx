/**
 * What the SMART checker shows before its verdicts (the verdicts themselves, ./SmartResult.tsx,
 * load on demand): the five criteria, busy, while the engine is on its way; and the pieces both
 * share.
 */
import { CRITERIA } from '../../lib/smart/criteria';
import { decimalSeparators } from '../../lib/i18n/locales';
import type { Lang } from '../../lib/smart/lexicon';

export type Translate = (key: string, vars?: Record<string, string>) => string;

export const ICONS = { met: '✓', partial: '◐', missing: '✗', unknown: '?' } as const;

export function formatScore(score: number, lang: Lang): string {
  return String(score).replace('.', decimalSeparators[lang]);
}

/** The five criteria, busy, while the engine is on its way. */
export function BusyCriteria({ t }: { t: Translate }) {
  return (
    <div class="smart-analysis" aria-busy="true">
      <p class="smart-empty muted">{t('smart.loading')}</p>
      <ul class="smart-criteria">
        {CRITERIA.map((c) => (
          <li key={c} class="smart-criterion" data-criterion={c} data-status="unknown">
            <p class="smart-criterion-head">
              <span class="smart-icon" aria-hidden="true">
                {ICONS.unknown}
              </span>{' '}
              <strong>{t(`smart.criterion.${c}`)}</strong>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
