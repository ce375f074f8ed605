/**
 * URL parameters of the calculators (docs/CONTRACT.md): plain numbers with `.` decimals, plus
 * `currency` (ISO 4217, default EUR). A param is turned into the text a visitor would have
 * typed, so that it goes through exactly the same checks as typing. Takes the KPI's definition
 * (what the island has); `./params.ts` adds the by-id versions.
 */
import { formatInput, isCurrencyCode, parseParamNumber, toParam } from '../numbers';
import type { Locale } from '../i18n/locales';
import { parseField } from './evaluate';
import type { KpiDef, Param } from './metric';

export const DEFAULT_CURRENCY = 'EUR';

export interface Prefill {
  texts: Partial<Record<Param, string>>;
  currency: string;
  /** The `currency` param was present but is not an ISO 4217 code (EUR is used instead). */
  badCurrency: boolean;
}

/**
 * Reads the params of a KPI from a query string. A plain number becomes the locale text of that
 * number (`2.5` -> `2,5` on a French page); anything else is kept as is and will be refused by
 * the same parser that checks typing (`abc`, `1e5`, `1,5`).
 */
export function readParamsFor(def: KpiDef, search: string, locale: Locale): Prefill {
  const params = new URLSearchParams(search);
  const texts: Partial<Record<Param, string>> = {};
  for (const input of def.inputs) {
    const raw = params.get(input.param);
    if (raw === null) continue;
    const value = parseParamNumber(raw);
    texts[input.param] = value === null ? raw.slice(0, 100) : formatInput(value, locale);
  }
  const rawCurrency = params.get('currency');
  const code = rawCurrency?.trim().toUpperCase() ?? '';
  const valid = code !== '' && isCurrencyCode(code);
  return {
    texts,
    currency: valid ? code : DEFAULT_CURRENCY,
    badCurrency: rawCurrency !== null && !valid,
  };
}

/**
 * The query string that restores the current values: every field that holds a valid number (even
 * when the combination is impossible, so that the link reproduces what was typed),
 * written as a plain number, plus `currency` when the KPI uses money. Extra params (theme, size)
 * already in the page URL are kept.
 */
export function buildQueryFor(
  def: KpiDef,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency: string,
  keep: string = '',
): string {
  const kept = new URLSearchParams(keep);
  const params = new URLSearchParams();
  for (const input of def.inputs) {
    const field = parseField(input, texts[input.param] ?? '', locale, currency);
    if (field.state === 'ok') params.set(input.param, toParam(field.value));
  }
  if (def.inputs.some((input) => input.unit === 'currency')) params.set('currency', currency);
  for (const name of ['theme', 'size']) {
    const value = kept.get(name);
    if (value !== null) params.set(name, value);
  }
  return params.toString();
}

/** The inputs as the URL would carry them, for the `smm:result` event. */
export function resultInputsFor(
  def: KpiDef,
  texts: Partial<Record<Param, string>>,
  locale: Locale,
  currency: string,
): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(buildQueryFor(def, texts, locale, currency)));
}
