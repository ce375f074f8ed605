/**
 * What a result means, as a translation key and the numbers it needs: the island formats the
 * numbers in the page's locale and fills the sentence. Kept here so that the choice of sentence
 * (gain or loss, which base) is tested with the rest of the logic.
 */
import type { Evaluation, Output } from './compute';
import type { Param } from './definitions';

export type VarUnit = 'count' | 'currency' | 'percent' | 'decimal';
export interface Sentence {
  /** Key suffix under `kpi.`: `ctr.meaning`, `roi.meaning.loss`... */
  key: string;
  vars: Record<string, { value: number; unit: VarUnit }>;
}

export function describeResult(evaluation: Evaluation, output: Output): Sentence | null {
  if (output.value === null) return null;
  const { id } = evaluation;
  const vars: Sentence['vars'] = { value: { value: output.value, unit: 'percent' } };
  const val = (p: Param) => {
    const field = evaluation.fields[p];
    return field?.state === 'ok' ? field.value : 0;
  };
  const count = (p: Param) => (vars[p] = { value: val(p), unit: 'count' });
  const money = (p: Param) => (vars[p] = { value: val(p), unit: 'currency' });
  switch (id) {
    case 'audience-growth':
      count('start');
      count('end');
      return { key: 'audience-growth.meaning', vars };
    case 'reach-rate':
      count('reach');
      count('followers');
      return { key: 'reach-rate.meaning', vars };
    case 'engagement-rate':
    case 'amplification-rate':
      vars['per100'] = { value: output.value, unit: 'decimal' };
      return { key: `${id}.meaning${output.basis ? `.${output.basis}` : ''}`, vars };
    case 'share-of-voice':
      count('brand');
      vars['total'] = { value: val('brand') + val('competitors'), unit: 'count' };
      return { key: 'share-of-voice.meaning', vars };
    case 'ctr':
      count('clicks');
      count('impressions');
      return { key: 'ctr.meaning', vars };
    case 'conversion-rate':
      count('conversions');
      count('clicks');
      return { key: 'conversion-rate.meaning', vars };
    case 'story-completion':
      count('first');
      count('last');
      return { key: 'story-completion.meaning', vars };
    case 'cpc':
    case 'cpm':
    case 'cpa':
      vars['value'] = { value: output.value, unit: 'currency' };
      return { key: `${id}.meaning`, vars };
    case 'roi': {
      const net = val('revenue') - val('cost');
      money('cost');
      vars['net'] = { value: Math.abs(net), unit: 'currency' };
      return { key: net >= 0 ? 'roi.meaning.gain' : 'roi.meaning.loss', vars };
    }
  }
}
