/** Specific: one metric, and where it happens; a business result needs no network. */
import type { Reading } from '../reading';
import { verdict, type CriterionResult } from '../types';

export function judgeSpecific(r: Reading): CriterionResult {
  const { metric, channels, networks, terms, isMetric, q } = r;
  const s = (
    status: CriterionResult['status'],
    spans: CriterionResult['spans'],
    key: string,
    vars: Record<string, string>,
    fix?: string,
  ) => verdict('specific', status, spans, { key, vars }, fix);
  if (metric && metric.term.business && !channels.length)
    return s('met', [metric], 'smart.S.business', { metric: q([metric]) });
  if (metric && channels.length && metric.term.vanity && networks.size >= 3)
    return s(
      'partial',
      [metric, ...channels],
      'smart.S.scattered',
      { metric: q([metric]), channel: q(channels) },
      'smart.S.oneNetwork',
    );
  if (metric && channels.length) {
    const metrics = terms.filter(isMetric);
    return s('met', [...metrics, ...channels], 'smart.S.met', { metric: q(metrics), channel: q(channels) });
  }
  if (metric) return s('partial', [metric], 'smart.S.metricOnly', { metric: q([metric]) }, 'smart.S.addChannel');
  if (channels.length)
    return s('partial', channels, 'smart.S.channelOnly', { channel: q(channels) }, 'smart.S.addMetric');
  return s('missing', [], terms.length ? 'smart.S.aimOnly' : 'smart.S.missing', { words: q(terms) }, 'smart.S.addBoth');
}
