/**
 * A light tokenizer for Excel formula text: enough to find names, A1 references and structured
 * references outside string literals and quoted sheet names, so they can be rewritten for
 * HyperFormula (which knows no tables) and shifted for calculated columns. Joining the tokens'
 * text gives back the formula unchanged.
 */

/** One piece of formula text. */
export type FormulaToken =
  | { kind: "string"; text: string }
  | { kind: "quotedSheet"; text: string }
  | { kind: "number"; text: string }
  | { kind: "name"; text: string }
  | { kind: "structured"; text: string; table: string | null; content: string }
  | { kind: "other"; text: string };

const NAME_START = /[A-Za-z_$\\\u00C0-\uFFFF]/;
const NAME_PART = /[A-Za-z0-9_.$\\\u00C0-\uFFFF]/;

/** Reads a bracketed structured-reference body starting at `[`; returns the index after the closing `]`. */
function readBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Splits formula text into tokens.
 * @example tokenizeFormula('=SUM(Deals[Amount])').map(t => t.kind) //=> ["other","name","other","structured","other"]
 */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      tokens.push({ kind: "string", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      tokens.push({ kind: "quotedSheet", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(formula[i + 1] ?? ""))) {
      const m = /^(\d*\.?\d+|\d+\.?)([eE][+-]?\d+)?/.exec(formula.slice(i))!;
      // "1:3" row ranges and "A1" style tails are plain text to HyperFormula either way.
      tokens.push({ kind: "number", text: m[0] });
      i += m[0].length;
    } else if (NAME_START.test(ch)) {
      let j = i + 1;
      while (j < formula.length && NAME_PART.test(formula[j])) j++;
      const name = formula.slice(i, j);
      if (formula[j] === "[") {
        const end = readBrackets(formula, j);
        if (end > 0) {
          tokens.push({
            kind: "structured",
            text: formula.slice(i, end),
            table: name,
            content: formula.slice(j + 1, end - 1),
          });
          i = end;
          continue;
        }
      }
      tokens.push({ kind: "name", text: name });
      i = j;
    } else if (ch === "[") {
      const end = readBrackets(formula, i);
      if (end < 0) {
        tokens.push({ kind: "other", text: formula.slice(i) });
        break;
      }
      tokens.push({
        kind: "structured",
        text: formula.slice(i, end),
        table: null,
        content: formula.slice(i + 1, end - 1),
      });
      i = end;
    } else {
      tokens.push({ kind: "other", text: ch });
      i++;
    }
  }
  return tokens;
}

const A1_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

/**
 * Moves the relative rows of A1 references by `dRow` (absolute `$` rows stay), as Excel does when
 * it fills a formula down. Structured references are left alone: they are already row-relative.
 * @example shiftRows("=E2*$F$1", 3) //=> "=E5*$F$1"
 */
export function shiftRows(formula: string, dRow: number): string {
  if (dRow === 0) return formula;
  const tokens = tokenizeFormula(formula);
  return tokens
    .map((t, index) => {
      if (t.kind !== "name") return t.text;
      const m = A1_REF.exec(t.text);
      const next = tokens[index + 1];
      if (!m || (next?.kind === "other" && next.text === "(")) return t.text;
      if (m[3] === "$") return t.text;
      const row = Number(m[4]) + dRow;
      return `${m[1]}${m[2]}${m[3]}${Math.max(1, row)}`;
    })
    .join("");
}
