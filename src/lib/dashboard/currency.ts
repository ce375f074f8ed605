/**
 * The currency of an export's cost column, read from its header (`Amount spent (USD)`,
 * `Montant dépensé (EUR)`) and its cells (`12,50 €`, `£3.20`), never guessed: a bare `$` (US,
 * Canadian…) or `F CFA` (West or Central African franc) is ambiguous, two currencies in one
 * column are a conflict, and a column with neither code nor symbol says nothing. In each of
 * those cases the page asks the visitor, who picks among the calculators' currencies.
 */
import { CURRENCIES, type KnownCurrency } from '../numbers/currencies';

export { CURRENCIES, type KnownCurrency };

export type CurrencyFinding =
  | { code: KnownCurrency }
  | {
      code: null;
      /** `none`: no code or symbol; `ambiguous`: only a symbol several currencies use; `conflict`: two currencies. */
      reason: 'none' | 'ambiguous' | 'conflict';
    };

export function isKnownCurrency(value: unknown): value is KnownCurrency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** Symbols that name one currency (longest first, so that `$US` is not read as `$`). */
const SYMBOLS: readonly (readonly [string, KnownCurrency])[] = [
  ['us$', 'USD'],
  ['$us', 'USD'],
  ['ca$', 'CAD'],
  ['$ca', 'CAD'],
  ['c$', 'CAD'],
  ['£gb', 'GBP'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];
/** Symbols several currencies write, and the currencies they may be. */
const AMBIGUOUS: readonly (readonly [RegExp, readonly KnownCurrency[]])[] = [
  [/\$/, ['USD', 'CAD']],
  [/(^|[^a-z])f ?cfa([^a-z]|$)/, ['XOF', 'XAF']],
];
const CODE = new RegExp(`(^|[^a-z])(${CURRENCIES.join('|')})([^a-z]|$)`, 'gi');

interface Signs {
  codes: Set<KnownCurrency>;
  /** Each ambiguous symbol seen: the currencies it may be. */
  maybe: (readonly KnownCurrency[])[];
}

function look(text: string, signs: Signs): void {
  let rest = text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
  for (const m of rest.matchAll(CODE)) signs.codes.add((m[2] ?? '').toUpperCase() as KnownCurrency);
  rest = rest.replace(CODE, ' ');
  for (const [symbol, code] of SYMBOLS) {
    if (rest.includes(symbol)) {
      signs.codes.add(code);
      rest = rest.split(symbol).join(' ');
    }
  }
  for (const [pattern, codes] of AMBIGUOUS) if (pattern.test(rest)) signs.maybe.push(codes);
}

/** The currency of a cost column, from its header and its cells (the page gives the first 500). */
export function findCurrency(header: string, cells: readonly string[]): CurrencyFinding {
  const signs: Signs = { codes: new Set(), maybe: [] };
  look(header, signs);
  for (const cell of cells) if (cell.trim() !== '') look(cell, signs);
  if (signs.codes.size > 1) return { code: null, reason: 'conflict' };
  const [code] = signs.codes;
  if (code) {
    // A bare `$` beside `USD` is that dollar; beside `€` it is a second currency.
    return signs.maybe.every((codes) => codes.includes(code)) ? { code } : { code: null, reason: 'conflict' };
  }
  return { code: null, reason: signs.maybe.length > 0 ? 'ambiguous' : 'none' };
}

/**
 * The one currency of the costs of every file read (each file's currency, null where unknown):
 * `mixed` when two files say different currencies (their costs cannot be added up), null while
 * one is unknown (the page asks on that file) or when no file has costs.
 */
export function sharedCurrency(currencies: readonly (KnownCurrency | null)[]): KnownCurrency | null | 'mixed' {
  const known = new Set(currencies.filter((c): c is KnownCurrency => c !== null));
  if (known.size > 1) return 'mixed';
  if (currencies.includes(null)) return null;
  return [...known][0] ?? null;
}
