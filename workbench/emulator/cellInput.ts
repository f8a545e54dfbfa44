/**
 * What a cell becomes when Excel receives an input — typed by a user, or written through
 * `Range.values` / `Range.formulas`, which Excel treats exactly like typing. That is the reason
 * the add-in must never write user text starting with "=" unescaped: Excel makes it a formula.
 */
import { serialFromYmd } from "./serialDate";

/** The parsed content of a cell input. `impliedFormat` is the number format Excel picks. */
export type CellInput =
  | { kind: "empty" }
  | { kind: "formula"; formula: string }
  | { kind: "number"; value: number; impliedFormat?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; value: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * Parses a raw input. `textFormat` is true when the cell is formatted as Text ("@"), where Excel
 * stores every input as text. A leading apostrophe forces text and is not part of the value.
 * @example parseCellInput("'=1+1") //=> { kind: "text", value: "=1+1" }
 */
export function parseCellInput(input: unknown, textFormat = false): CellInput {
  if (input === null || input === undefined || input === "") return { kind: "empty" };
  if (typeof input === "number") return { kind: "number", value: input };
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  const text = String(input);
  if (textFormat) return { kind: "text", value: text };
  if (text.startsWith("'")) return { kind: "text", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const upper = text.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const numeric = percent ? trimmed.slice(0, -1) : trimmed;
  if (numeric !== "" && numeric !== "+" && numeric !== "-" && NUMBER.test(numeric) && /\d/.test(numeric)) {
    const value = Number(numeric.replace(/,/g, ""));
    if (Number.isFinite(value)) {
      if (percent) return { kind: "number", value: value / 100, impliedFormat: numeric.includes(".") ? "0.00%" : "0%" };
      return numeric.includes(",")
        ? { kind: "number", value, impliedFormat: numeric.includes(".") ? "#,##0.00" : "#,##0" }
        : { kind: "number", value };
    }
  }
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const serial = serialFromYmd(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== null) return { kind: "number", value: serial, impliedFormat: "yyyy-mm-dd" };
  }
  return { kind: "text", value: text };
}

/**
 * Whether a text value would be read back as something else if typed again: the formula bar shows
 * such text with its apostrophe, so `Range.formulas` returns it that way and a round trip keeps it
 * text.
 */
export function textNeedsApostrophe(text: string): boolean {
  const parsed = parseCellInput(text);
  return parsed.kind !== "text" || text.startsWith("'");
}
