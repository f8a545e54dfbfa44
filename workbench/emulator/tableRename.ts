/**
 * Rewrites the table name in formula text, as Excel does for every formula that refers to a
 * table when the table is renamed.
 */
import { tokenizeFormula } from "./formulaTokens";

function refersTo(tokens: ReturnType<typeof tokenizeFormula>, index: number, table: string): boolean {
  const t = tokens[index];
  const lower = table.toLowerCase();
  if (t.kind === "structured") return t.table !== null && t.table.toLowerCase() === lower;
  if (t.kind !== "name" || t.text.toLowerCase() !== lower) return false;
  const next = tokens[index + 1]?.text;
  return next !== "(" && next !== "!";
}

/**
 * The formula with references to table `from` renamed to `to`.
 * @example renameTableInFormula("=SUM(Deals[Amount])", "Deals", "Pipeline") //=> "=SUM(Pipeline[Amount])"
 */
export function renameTableInFormula(formula: string, from: string, to: string): string {
  const tokens = tokenizeFormula(formula);
  return tokens
    .map((t, i) => {
      if (!refersTo(tokens, i, from)) return t.text;
      return t.kind === "structured" ? `${to}${t.text.slice(from.length)}` : to;
    })
    .join("");
}

/** Whether a formula names a table. */
export function formulaUsesTable(formula: string, table: string): boolean {
  const tokens = tokenizeFormula(formula);
  return tokens.some((_, i) => refersTo(tokens, i, table));
}
