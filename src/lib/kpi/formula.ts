/**
 * A KPI's one formula, read two ways: evaluated on the visitor's numbers, and rendered as text
 * (with words or with the figures). The tokens are the ones shown, so the page can never show a
 * formula other than the one computed.
 *
 * Evaluation follows the usual precedence (× and ÷ before + and −, brackets first). In a chain of
 * × and ÷ every multiplication is done before the divisions, so that `clicks ÷ impressions × 100`
 * is computed as `clicks × 100 ÷ impressions`: 25 clicks for 1,000 impressions give exactly 2.5.
 */
import { bases, type Basis, type FormulaToken, type KpiDef, type Param } from './metric';

/** The formula of a KPI; for a per-basis KPI, with the given basis as denominator. */
export function formulaOf(def: KpiDef<string>, basis?: Basis): readonly FormulaToken[] {
  if (!def.perBasis || !basis) return def.formula;
  return def.formula.map((token) =>
    token.kind === 'input' && bases.includes(token.param as Basis) ? { kind: 'input', param: basis } : token,
  );
}

/**
 * The value of a formula for some values (a missing value reads as NaN). Division by zero gives
 * Infinity or NaN: callers check denominators first (the KPI's rules).
 */
export function evaluateFormula(tokens: readonly FormulaToken[], value: (param: Param) => number): number {
  let at = 0;
  const peek = (): string | undefined => {
    const token = tokens[at];
    return token?.kind === 'op' ? token.text : undefined;
  };
  const factor = (): number => {
    const token = tokens[at++];
    if (!token) return Number.NaN;
    if (token.kind === 'input') return value(token.param);
    if (token.kind === 'const') return token.value;
    if (token.text !== '(') return Number.NaN;
    const inner = sum();
    at++; // ')'
    return inner;
  };
  const product = (): number => {
    let numerator = factor();
    let denominator = 1;
    for (let o = peek(); o === '×' || o === '÷'; o = peek()) {
      at++;
      if (o === '×') numerator *= factor();
      else denominator *= factor();
    }
    return denominator === 1 ? numerator : numerator / denominator;
  };
  const sum = (): number => {
    let total = product();
    for (let o = peek(); o === '+' || o === '−'; o = peek()) {
      at++;
      total = o === '+' ? total + product() : total - product();
    }
    return total;
  };
  return sum();
}

/**
 * A formula as text: each input written by `word` (its symbol, or the visitor's figure), each
 * constant by `constant`, operators as they are; no space inside brackets.
 */
export function renderFormula(
  tokens: readonly FormulaToken[],
  word: (param: Param) => string,
  constant: (value: number) => string,
): string {
  return tokens
    .map((token) =>
      token.kind === 'input' ? word(token.param) : token.kind === 'const' ? constant(token.value) : token.text,
    )
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}
