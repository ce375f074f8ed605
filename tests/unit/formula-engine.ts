/**
 * A tiny spreadsheet formula evaluator for the tests: numbers, strings, cell references (with
 * `$`), ranges in SUM, `+ - * /`, `=` and `<>` comparisons, and the functions the templates use
 * (IF, SUM, OR, ISTEXT). It follows spreadsheet rules where they matter here: an empty cell is 0
 * in arithmetic, and only English function names with `,` separators are understood (a French
 * `SI(…;…)` fails). The real check by another engine is LibreOffice (tests/libreoffice).
 */
export type Value = number | string | boolean | null;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z(])|([A-Z][A-Z0-9.]*)(?=\()|(<>|[-+*/=(),:]))/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < src.length && (m = re.exec(src))) {
    if (m[1] !== undefined) tokens.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ t: 'ref', v: m[3].replace(/\$/g, '') });
    else if (m[4] !== undefined) tokens.push({ t: 'name', v: m[4] });
    else if (m[5] !== undefined) tokens.push({ t: 'op', v: m[5] });
    at = re.lastIndex;
  }
  if (at !== src.length) throw new Error(`Cannot read the formula at "${src.slice(at)}"`);
  return tokens;
}

const colNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string =>
  n <= 0 ? '' : colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

function expandRange(from: string, to: string): string[] {
  const [, c1 = '', r1 = ''] = /^([A-Z]+)(\d+)$/.exec(from) ?? [];
  const [, c2 = '', r2 = ''] = /^([A-Z]+)(\d+)$/.exec(to) ?? [];
  const refs: string[] = [];
  for (let c = colNumber(c1); c <= colNumber(c2); c++) {
    for (let r = Number(r1); r <= Number(r2); r++) refs.push(`${colLetters(c)}${r}`);
  }
  return refs;
}

/** Evaluates a formula (without `=`) against cell values; a missing cell is empty. */
export function evaluate(formula: string, cell: (ref: string) => Value): Value {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const take = (v?: string): Token => {
    const token = tokens[i++];
    if (!token || (v !== undefined && token.v !== v)) throw new Error(`Expected ${v ?? 'a token'} in ${formula}`);
    return token;
  };
  const num = (v: Value): number => {
    if (v === null) return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    throw new Error(`#VALUE!: "${v}" in arithmetic`);
  };
  const compare = (): Value => {
    const left = additive();
    const op = peek();
    if (op?.t === 'op' && (op.v === '=' || op.v === '<>')) {
      take();
      const right = additive();
      const l = left ?? 0;
      const r = right ?? 0;
      return op.v === '=' ? l === r : l !== r;
    }
    return left;
  };
  const additive = (): Value => {
    let value = term();
    for (let op = peek(); op?.t === 'op' && (op.v === '+' || op.v === '-'); op = peek()) {
      take();
      const right = term();
      value = op.v === '+' ? num(value) + num(right) : num(value) - num(right);
    }
    return value;
  };
  const term = (): Value => {
    let value = unary();
    for (let op = peek(); op?.t === 'op' && (op.v === '*' || op.v === '/'); op = peek()) {
      take();
      const right = unary();
      if (op.v === '/' && num(right) === 0) throw new Error(`#DIV/0! in ${formula}`);
      value = op.v === '*' ? num(value) * num(right) : num(value) / num(right);
    }
    return value;
  };
  const unary = (): Value => {
    const token = peek();
    if (token?.t === 'op' && token.v === '-') {
      take();
      return -num(unary());
    }
    return primary();
  };
  const args = (): (() => Value)[] => {
    // Arguments are evaluated lazily, so that IF evaluates only its chosen branch.
    take('(');
    const list: (() => Value)[] = [];
    let depth = 0;
    let start = i;
    for (; i < tokens.length; i++) {
      const token = tokens[i];
      if (token?.t !== 'op') continue;
      if (token.v === '(') depth++;
      else if (token.v === ')' && depth > 0) depth--;
      else if ((token.v === ',' || token.v === ')') && depth === 0) {
        const slice = tokens.slice(start, i);
        list.push(() => evaluateTokens(slice));
        if (token.v === ')') break;
        start = i + 1;
      }
    }
    take(')');
    return list;
  };
  const evaluateTokens = (slice: Token[]): Value => {
    // Rebuild the text of the slice and evaluate it with the same cells.
    const text = slice.map((t) => (t.t === 'str' ? `"${t.v.replace(/"/g, '""')}"` : String(t.v))).join('');
    return evaluate(text, cell);
  };
  const primary = (): Value => {
    const token = take();
    switch (token.t) {
      case 'num':
      case 'str':
        return token.v;
      case 'ref':
        return cell(token.v);
      case 'op':
        if (token.v === '(') {
          const value = compare();
          take(')');
          return value;
        }
        throw new Error(`Unexpected "${token.v}" in ${formula}`);
      case 'name': {
        if (token.v === 'SUM') {
          take('(');
          const from = take();
          take(':');
          const to = take();
          take(')');
          return expandRange(String(from.v), String(to.v)).reduce((sum, ref) => {
            const v = cell(ref);
            return typeof v === 'number' ? sum + v : sum;
          }, 0);
        }
        const list = args();
        switch (token.v) {
          case 'IF': {
            const [test, yes, no] = list;
            if (!test || !yes || !no) throw new Error(`IF needs three arguments in ${formula}`);
            return num(test()) !== 0 ? yes() : no();
          }
          case 'OR':
            return list.some((arg) => num(arg()) !== 0);
          case 'ISTEXT':
            return typeof list[0]?.() === 'string';
          default:
            throw new Error(`#NAME?: unknown function ${token.v}`);
        }
      }
    }
  };
  const value = compare();
  if (i !== tokens.length) throw new Error(`Unexpected text after ${formula}`);
  return value;
}
