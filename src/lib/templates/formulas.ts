/**
 * Spreadsheet formulas derived from the KPI definitions (src/lib/kpi/definitions.ts), so that a
 * template never computes a KPI differently from its calculator: the definition's formula tokens
 * are written with cell references, the operators in spreadsheet syntax, and the division guarded
 * against a zero denominator (`IF(den=0,"n/a",…)`, with the "n/a" text of the file's language).
 *
 * Formulas are stored as spreadsheets store them whatever the language of the labels: English
 * function names and `,` between arguments (Excel and LibreOffice translate them on screen).
 */
import { formulaOf, type Basis, type FormulaToken, type KpiDef, type Param } from '../kpi/definitions';

/** Where each input of a KPI is, as a spreadsheet expression: `B5`, `$F$4`, `(SUM(F4:F8)-F4)`. */
export type Refs = Partial<Record<Param, string>>;

const operators: Record<string, string> = { '(': '(', ')': ')', '+': '+', '−': '-', '÷': '/', '×': '*' };

function write(tokens: readonly FormulaToken[], refs: Refs): string {
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'input': {
          const ref = refs[token.param];
          if (ref === undefined) throw new Error(`No cell for the input "${token.param}"`);
          return ref;
        }
        case 'const':
          return String(token.value);
        case 'op': {
          const op = operators[token.text];
          if (op === undefined) throw new Error(`Unknown operator "${token.text}" in a KPI formula`);
          return op;
        }
      }
    })
    .join('');
}

/**
 * The tokens of the denominator: what follows the formula's single `÷`, either one input or a
 * bracketed group. A formula with no division or several is refused (none exists today).
 */
function denominatorOf(tokens: readonly FormulaToken[]): readonly FormulaToken[] {
  const divisions = tokens.flatMap((token, index) => (token.kind === 'op' && token.text === '÷' ? [index] : []));
  const at = divisions[0];
  if (at === undefined || divisions.length !== 1) throw new Error('A KPI formula must have exactly one division');
  const first = tokens[at + 1];
  if (first?.kind === 'input') return [first];
  if (first?.kind !== 'op' || first.text !== '(') throw new Error('A denominator must be an input or a group');
  let depth = 0;
  for (let end = at + 1; end < tokens.length; end++) {
    const token = tokens[end];
    if (token?.kind === 'op' && token.text === '(') depth++;
    if (token?.kind === 'op' && token.text === ')') depth--;
    if (depth === 0) return tokens.slice(at + 1, end + 1);
  }
  throw new Error('Unbalanced brackets in a KPI formula');
}

/** Escapes a text for a string literal inside a formula (`"` is doubled). */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The spreadsheet formula (without the leading `=`) of a KPI with its inputs at `refs`:
 * `IF(C5=0,"n/a",B5/C5*100)`. Percent KPIs keep the site's `× 100`: the cell holds 2.5 for
 * 2.5 %, as the calculators' `data-value` does, and its number format adds the sign.
 */
export function kpiFormula(def: KpiDef, refs: Refs, na: string, basis?: Basis): string {
  const tokens = formulaOf(def, basis);
  const denominator = write(denominatorOf(tokens), refs);
  return `IF(${denominator}=0,${formulaString(na)},${write(tokens, refs)})`;
}

/** The inputs a KPI's formula reads (for the engagement rate, with the chosen basis). */
export function formulaParams(def: KpiDef, basis?: Basis): Param[] {
  const params: Param[] = [];
  for (const token of formulaOf(def, basis)) {
    if (token.kind === 'input' && !params.includes(token.param)) params.push(token.param);
  }
  return params;
}
