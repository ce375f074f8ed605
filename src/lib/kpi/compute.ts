/**
 * Computing a KPI from what the visitor typed (or what the URL carried): parse every field in
 * the page's locale, check each value (a number, not negative, a whole count, not absurdly
 * large), then the plausibility of the combination (clicks above impressions...), then compute.
 *
 * The result is a discriminated value: per field, `empty`, `ok` or `error` (with a translation
 * key); per output, a value or `null`. No NaN or Infinity ever leaves this module.
 */
import { parseLocaleNumber } from '../numbers';
import type { Locale } from '../i18n/locales';
import {
  bases,
  kpis,
  type Basis,
  type ErrorKey,
  type InputDef,
  type KpiDef,
  type KpiId,
  type Param,
  type WarningKey,
} from './definitions';

/** Above this, precision is lost and no real account has that many of anything. */
export const MAX_INPUT = 1e15;

/** Below this many impressions (or clicks, for conversion rate), rates are mostly noise. */
export const SMALL_SAMPLE = 100;

export type FieldState = { state: 'empty' } | { state: 'ok'; value: number } | { state: 'error'; error: ErrorKey };

export interface Output {
  /** Only for the engagement rate: the denominator used. */
  basis?: Basis;
  /** The unrounded value in the result's unit (percent or currency), or null. */
  value: number | null;
}

export interface Evaluation {
  id: KpiId;
  fields: Partial<Record<Param, FieldState>>;
  outputs: Output[];
  /** Some required input is still empty: show a hint, not an error. */
  incomplete: boolean;
  /** Non-blocking remarks: the value is shown, with a caution. */
  warnings: WarningKey[];
}

/** Checks one value against its input's constraints. */
export function checkValue(input: InputDef, value: number): ErrorKey | null {
  if (!Number.isFinite(value)) return 'notNumber';
  if (value < 0) return 'negative';
  if (value > MAX_INPUT) return 'tooLarge';
  if (input.unit === 'count' && !Number.isInteger(value)) return 'notWhole';
  return null;
}

/** Parses a typed text for an input in a locale (currency symbols allowed on money inputs). */
export function parseField(input: InputDef, text: string, locale: Locale, currency: string): FieldState {
  const parsed = parseLocaleNumber(text, locale, input.unit === 'currency' ? { currency } : {});
  if (!parsed.ok) {
    return parsed.reason === 'empty' ? { state: 'empty' } : { state: 'error', error: parsed.reason };
  }
  const error = checkValue(input, parsed.value);
  return error ? { state: 'error', error } : { state: 'ok', value: parsed.value };
}

const countInput: InputDef = { param: 'engagements', unit: 'count' };

/** Parses a whole count (the extra modes' rows and periods). */
export function parseCount(text: string, locale: Locale): FieldState {
  return parseField(countInput, text, locale, 'EUR');
}

/** value × 100 ÷ base, multiplied first so that 25 × 100 ÷ 1000 gives exactly 2.5. */
function rate(numerator: number, denominator: number): number {
  return (numerator * 100) / denominator;
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Computes a KPI from numbers already checked one by one. Returns the per-field errors of the
 * combination (zero denominator, impossible pairs) or the outputs.
 */
export function computeKpi(
  id: KpiId,
  values: Partial<Record<Param, number>>,
): {
  errors: Partial<Record<Param, ErrorKey>>;
  outputs: Output[];
  warnings: WarningKey[];
} {
  const errors: Partial<Record<Param, ErrorKey>> = {};
  const warnings: WarningKey[] = [];
  const v = (param: Param): number => values[param] ?? Number.NaN;
  const one = (value: number | null) => ({ errors, outputs: [{ value }], warnings });
  const fail = (param: Param, key: ErrorKey) => {
    errors[param] = key;
    return one(null);
  };
  const ratio = (num: Param, den: Param) => (v(den) === 0 ? fail(den, 'zero') : one(finite(rate(v(num), v(den)))));

  switch (id) {
    case 'audience-growth':
      if (v('start') === 0) return fail('start', 'zero');
      if (v('start') < SMALL_SAMPLE) warnings.push('smallSample');
      return one(finite(rate(v('end') - v('start'), v('start'))));
    case 'reach-rate':
      if (v('followers') > 0 && v('reach') > v('followers')) warnings.push('reachAboveFollowers');
      return ratio('reach', 'followers');
    case 'share-of-voice':
      if (v('brand') + v('competitors') === 0) return fail('brand', 'noMentions');
      return one(finite(rate(v('brand'), v('brand') + v('competitors'))));
    case 'ctr':
      if (v('impressions') === 0) return fail('impressions', 'zero');
      if (v('clicks') > v('impressions')) return fail('clicks', 'clicksAboveImpressions');
      if (v('impressions') < SMALL_SAMPLE) warnings.push('smallSample');
      return one(finite(rate(v('clicks'), v('impressions'))));
    case 'conversion-rate':
      if (v('clicks') === 0) return fail('clicks', 'zero');
      if (v('conversions') > v('clicks')) warnings.push('conversionsAboveClicks');
      if (v('clicks') < SMALL_SAMPLE) warnings.push('smallSample');
      return one(finite(rate(v('conversions'), v('clicks'))));
    case 'story-completion':
      if (v('first') === 0) return fail('first', 'zero');
      if (v('last') > v('first')) return fail('last', 'lastAboveFirst');
      return one(finite(rate(v('last'), v('first'))));
    case 'amplification-rate':
      return ratio('shares', 'followers');
    case 'cpc':
      return v('clicks') === 0 ? fail('clicks', 'zero') : one(finite(v('cost') / v('clicks')));
    case 'cpm':
      return v('impressions') === 0 ? fail('impressions', 'zero') : one(finite((v('cost') * 1000) / v('impressions')));
    case 'cpa':
      return v('conversions') === 0 ? fail('conversions', 'zero') : one(finite(v('cost') / v('conversions')));
    case 'roi':
      return v('cost') === 0 ? fail('cost', 'zero') : one(finite(rate(v('revenue') - v('cost'), v('cost'))));
    case 'engagement-rate': {
      const given = bases.filter((basis) => values[basis] !== undefined);
      const impossible =
        values.reach !== undefined && values.impressions !== undefined && values.reach > values.impressions;
      if (impossible) errors.reach = 'reachAboveImpressions';
      const outputs: Output[] = given.map((basis) => {
        const base = v(basis);
        if (base === 0) {
          errors[basis] = 'zero';
          return { basis, value: null };
        }
        if (impossible && basis !== 'followers') return { basis, value: null };
        if (v('engagements') > base && !warnings.includes('engagementsAboveBase')) {
          warnings.push('engagementsAboveBase');
        }
        return { basis, value: finite(rate(v('engagements'), base)) };
      });
      return { errors, outputs, warnings };
    }
  }
}

/**
 * Evaluates a KPI from the texts of its fields (typed, or from URL params converted to text).
 * `texts` is keyed by param name; missing keys count as empty.
 */
export function evaluateKpi(
  id: KpiId,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency = 'EUR',
): Evaluation {
  return evaluateDef(kpis[id], texts, locale, currency);
}

/**
 * The same, from the KPI's definition itself: the calculator island gets its page's definition
 * as a prop and calls this, so that the other eleven definitions stay out of its bundle.
 */
export function evaluateDef(
  def: KpiDef,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency = 'EUR',
): Evaluation {
  const { id } = def;
  const fields: Partial<Record<Param, FieldState>> = {};
  const values: Partial<Record<Param, number>> = {};
  let incomplete = false;
  let invalid = false;

  for (const input of def.inputs) {
    const field = parseField(input, texts[input.param] ?? '', locale, currency);
    fields[input.param] = field;
    if (field.state === 'ok') values[input.param] = field.value;
    else if (field.state === 'error') invalid = true;
    else if (!input.optional) incomplete = true;
  }

  if (id === 'engagement-rate') return evaluateEngagement(fields, values);
  if (invalid || incomplete) {
    return { id, fields, outputs: [{ value: null }], incomplete, warnings: [] };
  }

  const computed = computeKpi(id, values);
  for (const [param, error] of Object.entries(computed.errors) as [Param, ErrorKey][]) {
    fields[param] = { state: 'error', error };
  }
  return { id, fields, outputs: computed.outputs, incomplete: false, warnings: computed.warnings };
}

/**
 * The engagement rate has one output per base typed; each base stands alone, so a bad reach does
 * not hide the rate by followers. An impossible pair (reach above impressions) blanks both.
 */
function evaluateEngagement(
  fields: Partial<Record<Param, FieldState>>,
  values: Partial<Record<Param, number>>,
): Evaluation {
  const id = 'engagement-rate';
  const typed = bases.filter((b) => fields[b]?.state !== 'empty');
  const engagements = fields.engagements;
  const incomplete = engagements?.state === 'empty' || typed.length === 0;
  if (typed.length === 0) return { id, fields, outputs: [{ value: null }], incomplete, warnings: [] };

  const okValues: Partial<Record<Param, number>> = {};
  for (const b of typed) if (values[b] !== undefined) okValues[b] = values[b];
  if (values.engagements !== undefined) okValues.engagements = values.engagements;
  const computed =
    values.engagements !== undefined ? computeKpi(id, okValues) : { errors: {}, outputs: [], warnings: [] };
  for (const [param, error] of Object.entries(computed.errors) as [Param, ErrorKey][]) {
    fields[param] = { state: 'error', error };
  }
  const impossible = computed.errors.reach === 'reachAboveImpressions';
  const outputs: Output[] = typed.map((basis) => {
    const found = computed.outputs.find((o) => o.basis === basis);
    const blank = impossible && (basis === 'reach' || basis === 'impressions');
    return { basis, value: blank || !found ? null : found.value };
  });
  return { id, fields, outputs, incomplete, warnings: computed.warnings };
}

/** The main value of an evaluation (the first output with a value), for the embed event. */
export function mainValue(evaluation: Evaluation): number | null {
  return evaluation.outputs.find((o) => o.value !== null)?.value ?? null;
}
