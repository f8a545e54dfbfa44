/** Characters Excel escapes with an apostrophe inside a structured-reference column name. */
const SPECIAL = /['[\]#]/g;
/** Characters that make Excel write `[@[Name]]` instead of `[@Name]`. */
const NEEDS_BRACKETS = /[^\p{L}\p{N}_.]/u;

function escapeName(header: string): string {
  return header.replace(SPECIAL, (ch) => `'${ch}`);
}

/**
 * A structured reference to a whole table column, with the header as written in the sheet.
 *
 * @param table - the table's name in the workbook
 * @param header - the column's header as written
 * @example
 * columnRef("Stages", "赢单概率") //=> "Stages[赢单概率]"
 */
export function columnRef(table: string, header: string): string {
  return `${table}[${escapeName(header)}]`;
}

/**
 * A structured reference to the current row's cell of a column (inside a table formula).
 *
 * @param header - the column's header as written
 * @example
 * thisRowRef("Amount") //=> "[@Amount]"
 * thisRowRef("Next step") //=> "[@[Next step]]"
 */
export function thisRowRef(header: string): string {
  const escaped = escapeName(header);
  return NEEDS_BRACKETS.test(header) ? `[@[${escaped}]]` : `[@${escaped}]`;
}
