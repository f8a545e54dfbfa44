/**
 * Translates an Excel formula into one HyperFormula evaluates: structured references to tables
 * (`Deals[Amount]`, `Deals[[#Headers],[Amount]]`, `Deals[#Data]`, `Deals[@Amount]`, `[@Target]`,
 * `Deals[[#This Row],[Amount]]`, `Deals[[A]:[C]]`) become absolute A1 ranges, and the bare
 * literals TRUE / FALSE (which HyperFormula only knows as functions) become TRUE() / FALSE().
 * The original text is kept by the workbook; the translation is redone whenever a table moves,
 * grows or is renamed, because the A1 ranges it produced are then stale.
 */
import { cellAddress, quoteSheetName, rectContains } from "./address";
import { tokenizeFormula } from "./formulaTokens";
import { fail } from "./officeError";
import { columnIndexByName, dataBodyRows, type TableModel } from "./tableModel";

/** What translation needs to know about the workbook and the formula's cell. */
export type FormulaEnv = {
  sheetId: number;
  row: number;
  col: number;
  sheetName(sheetId: number): string;
  tableByName(name: string): TableModel | undefined;
  tables(): readonly TableModel[];
};

/** The translation and whether it depends on tables (so must be redone when they change). */
export type TranslatedFormula = { text: string; usesTables: boolean };

type Specifier = "all" | "data" | "headers" | "totals" | "thisrow";
type StructuredParts = { specifiers: Set<Specifier>; first?: string; last?: string };

function unescapeName(name: string): string {
  return name.replace(/'(.)/g, "$1").trim();
}

function specifierOf(text: string): Specifier | null {
  const key = text.replace(/\s+/g, "").toLowerCase();
  switch (key) {
    case "#all":
      return "all";
    case "#data":
      return "data";
    case "#headers":
      return "headers";
    case "#totals":
      return "totals";
    case "#thisrow":
      return "thisrow";
    default:
      return null;
  }
}

/** Splits "[a],[b]:[c]" at top-level commas. */
function splitItems(content: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === "'") {
      current += ch + (content[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[") depth++;
    if (ch === "]") depth--;
    if (ch === "," && depth === 0) {
      items.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") items.push(current.trim());
  return items;
}

function stripBrackets(item: string): string {
  const t = item.trim();
  return t.startsWith("[") && t.endsWith("]") ? t.slice(1, -1) : t;
}

function addColumns(parts: StructuredParts, item: string): void {
  const colon = /^\[((?:'.|[^\]])*)\]\s*:\s*\[((?:'.|[^\]])*)\]$/.exec(item.trim());
  if (colon) {
    parts.first = unescapeName(colon[1]);
    parts.last = unescapeName(colon[2]);
  } else {
    parts.first = unescapeName(stripBrackets(item));
    parts.last = parts.first;
  }
}

/** Parses the text between a structured reference's outer brackets. */
export function parseStructured(content: string): StructuredParts {
  const parts: StructuredParts = { specifiers: new Set() };
  const text = content.trim();
  if (text === "") return parts;
  if (text.startsWith("@")) {
    parts.specifiers.add("thisrow");
    const rest = text.slice(1).trim();
    if (rest !== "") addColumns(parts, rest.startsWith("[") ? rest : `[${rest}]`);
    return parts;
  }
  if (!text.startsWith("[")) {
    const spec = specifierOf(text);
    if (spec) parts.specifiers.add(spec);
    else parts.first = parts.last = unescapeName(text);
    return parts;
  }
  for (const item of splitItems(text)) {
    const spec = specifierOf(stripBrackets(item));
    if (spec) parts.specifiers.add(spec);
    else addColumns(parts, item);
  }
  return parts;
}

/** The A1 text (or an error literal) a structured reference stands for. */
function resolveStructured(table: TableModel, parts: StructuredParts, env: FormulaEnv, original: string): string {
  let left = 0;
  let right = table.columns.length - 1;
  if (parts.first !== undefined) {
    const a = columnIndexByName(table, parts.first);
    const b = columnIndexByName(table, parts.last ?? parts.first);
    if (a < 0 || b < 0)
      fail("InvalidArgument", `The formula refers to a column that table ${table.name} does not have: ${original}`);
    left = Math.min(a, b);
    right = Math.max(a, b);
  }
  const body = dataBodyRows(table);
  const s = parts.specifiers;
  let top: number;
  let bottom: number;
  if (s.has("thisrow")) {
    if (env.sheetId !== table.sheetId || env.row < body.top || env.row > body.bottom) return "#VALUE!";
    top = bottom = env.row;
  } else if (s.has("all")) {
    top = table.range.top;
    bottom = table.range.bottom;
  } else {
    const wantsHeaders = s.has("headers");
    const wantsTotals = s.has("totals");
    const wantsData = s.has("data") || (!wantsHeaders && !wantsTotals);
    if ((wantsHeaders && !table.showHeaders) || (wantsTotals && !table.showTotals)) return "#REF!";
    top = wantsHeaders ? table.range.top : wantsData ? body.top : table.range.bottom;
    bottom = wantsTotals ? table.range.bottom : wantsData ? body.bottom : table.range.top;
  }
  const sheet = quoteSheetName(env.sheetName(table.sheetId));
  const c0 = table.range.left + left;
  const c1 = table.range.left + right;
  const start = cellAddress(top, c0, true);
  return top === bottom && c0 === c1 ? `${sheet}!${start}` : `${sheet}!${start}:${cellAddress(bottom, c1, true)}`;
}

/**
 * Translates one formula for the cell described by `env`. An unknown table or column fails with
 * InvalidArgument, as Excel refuses to accept such a formula.
 * @example translateFormula("=SUM(Deals[Amount])", env).text //=> "=SUM(Pipeline!$E$2:$E$40)"
 */
export function translateFormula(formula: string, env: FormulaEnv): TranslatedFormula {
  const tokens = tokenizeFormula(formula);
  let usesTables = false;
  const out = tokens.map((t, i) => {
    if (t.kind === "structured") {
      usesTables = true;
      const table =
        t.table === null
          ? env.tables().find((tb) => tb.sheetId === env.sheetId && rectContains(tb.range, env.row, env.col))
          : env.tableByName(t.table);
      if (!table)
        fail(
          "InvalidArgument",
          t.table === null ? `${t.text} is used outside a table` : `There is no table named ${t.table}: ${t.text}`,
        );
      return resolveStructured(table, parseStructured(t.content), env, t.text);
    }
    if (t.kind === "name" && /^(TRUE|FALSE)$/i.test(t.text)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const isCall = next?.kind === "other" && next.text === "(";
      const isQualified = prev?.kind === "other" && prev.text === "!";
      if (!isCall && !isQualified) return `${t.text.toUpperCase()}()`;
    }
    if (
      t.kind === "name" &&
      !/^[A-Za-z]{1,3}\d+$/.test(t.text) &&
      env.tableByName(t.text) &&
      tokens[i + 1]?.text !== "(" &&
      tokens[i + 1]?.text !== "!"
    ) {
      // A bare table name means its data body, as Table[#Data].
      usesTables = true;
      return resolveStructured(env.tableByName(t.text)!, { specifiers: new Set(["data"]) }, env, t.text);
    }
    return t.text;
  });
  return { text: out.join(""), usesTables };
}
