import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { formatMessage, type MessageCode, type MessageParams } from "@core/messages";
import type { ImportTarget } from "@core/import/importColumns";
import { cellKey } from "@core/import/cellKey";
import { normalizeCompany } from "@core/import/normalizeCompany";
import { normalizePhone } from "@core/import/normalizePhone";
import { outputCell, textCell } from "@core/import/tableLayout";
import type { ImportedRow, ImportResult } from "@core/import/validateRows";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { recordIdColumns } from "@core/workbook/recordIds";
import { tableSpec } from "@core/workbook/schema";

/** What an import does with a row that matches one the table holds. */
export type DuplicatePolicy = "skip" | "update" | "add";

/**
 * What two rows are matched by: the record's ID, the company (folded as 查重 folds it), the phone
 * (digits, without +86), company plus contact name, or (deals without an ID, follow-ups) the
 * row's identity (see alreadyImported).
 */
export type MatchKey = "id" | "company" | "phone" | "companyContact" | "row";

/** The user's choice for one import. */
export type MatchChoice = { readonly policy: DuplicatePolicy; readonly key: MatchKey };

/** One field an update changes: the table column, the value it holds and the one it gets. */
export type FieldChange = {
  readonly key: string;
  /** The 0-based column in the table. */
  readonly column: number;
  readonly header: string;
  readonly old: Cell;
  readonly new: Cell;
  /** What goes into the values array (text guarded, see outputCell / textCell). */
  readonly write: Cell;
};

/** An existing row an import updates. */
export type RowUpdate = {
  /** 1-based row number in the source. */
  readonly sourceRow: number;
  /** 0-based row in the table's data body. */
  readonly tableRow: number;
  /** What the row is called in the preview (its key as written). */
  readonly shown: string;
  /** The row as it was read (every column of the table), to refuse a write over a row changed since. */
  readonly expected: readonly Cell[];
  readonly changes: readonly FieldChange[];
};

/** A source row the import leaves out, and why (both languages). */
export type RejectedRow = {
  readonly sourceRow: number;
  readonly reason: { readonly en: string; readonly zh: string };
};

/** What matching found, for the preview, the writer and the rejected-rows sheet. */
export type ImportMatches = MatchChoice & {
  /** The import's rows matched against the table. */
  readonly total: number;
  /** Source rows that matched one row of the table (or several). */
  readonly matched: number;
  /** Update: the matched rows with at least one field that changes. */
  readonly updates: readonly RowUpdate[];
  /** Update: matched rows already as the source has them. */
  readonly unchanged: number;
  readonly rejected: readonly RejectedRow[];
};

/** A table as matching needs it: its headers, where its schema columns are, its rows. */
export type MatchTable = {
  readonly headers: readonly string[];
  readonly columns: ColumnIndex;
  readonly rows: readonly (readonly Cell[])[];
  /** Which columns are formatted as Text (`@`): their cells are written as typed. */
  readonly textColumns?: readonly boolean[];
};

/**
 * The table's rows an import matches against: all but those an unfinished append of the same
 * table added (that import is continued or replaced as a whole, see alreadyImported).
 */
export function settledRows(
  target: ImportTarget,
  rowCount: number,
  pending?: {
    readonly mode: string;
    readonly target: string;
    readonly done: number;
    readonly baseRows?: number;
  } | null,
): (index: number) => boolean {
  const from = pending?.mode === "append" && pending.target === target ? (pending.baseRows ?? -1) : -1;
  const to = from >= 0 ? from + (pending?.done ?? 0) : -1;
  return (index) => index < rowCount && !(index >= from && index < to);
}

const keyColumns: Record<ImportTarget, Partial<Record<MatchKey, readonly string[]>>> = {
  Customers: {
    id: ["CustomerID"],
    company: ["Company"],
    phone: ["Phone"],
    companyContact: ["Company", "Name"],
  },
  Deals: { id: ["DealID"], row: ["Customer", "Owner", "Amount", "Created"] },
  Activities: { row: ["Date", "Customer", "Summary"] },
  // An installment is the contract's nth; without a contract number, its customer, due date and amount.
  Payments: { row: ["ContractID", "Installment", "Customer", "DueDate", "AmountDue"] },
  Service: { id: ["TicketID"], row: ["Customer", "OpenedOn", "Summary"] },
};

/**
 * The keys a table's rows can be matched by, in order of preference.
 *
 * @example
 * matchKeys("Deals") //=> ["id", "row"]
 */
export function matchKeys(target: ImportTarget): MatchKey[] {
  return Object.keys(keyColumns[target]) as MatchKey[];
}

/**
 * The columns a key reads.
 *
 * @example
 * matchKeyColumns("Customers", "companyContact") //=> ["Company", "Name"]
 */
export function matchKeyColumns(target: ImportTarget, key: MatchKey): readonly string[] {
  return keyColumns[target][key] ?? [];
}

/**
 * The keys an import can match by: those whose columns it maps (the ID column, the company …).
 *
 * @example
 * usableMatchKeys("Customers", ["Company", "Phone"]) //=> ["company", "phone"]
 */
export function usableMatchKeys(target: ImportTarget, mapped: readonly string[]): MatchKey[] {
  return matchKeys(target).filter((key) => matchKeyColumns(target, key).every((column) => mapped.includes(column)));
}

/**
 * The key an import matches by unless the user chooses another: the ID when the source has the
 * ID column, else customers by company, deals and follow-ups by the row's identity.
 *
 * @example
 * defaultMatchKey("Customers", ["Company", "Name"]) //=> "company"
 * defaultMatchKey("Deals", ["DealID", "Customer"]) //=> "id"
 */
export function defaultMatchKey(target: ImportTarget, mapped: readonly string[]): MatchKey {
  const usable = usableMatchKeys(target, mapped);
  return usable[0] ?? (target === "Customers" ? "company" : "row");
}

/**
 * The policies an import offers: follow-ups and payments have no ID and nothing to update by, so
 * only skip and add; customers, deals and service tickets all three.
 *
 * @example
 * duplicatePolicies("Activities") //=> ["skip", "add"]
 */
export function duplicatePolicies(target: ImportTarget): DuplicatePolicy[] {
  return target === "Activities" || target === "Payments" ? ["skip", "add"] : ["skip", "update", "add"];
}

/** The key of a row, "" when the row has nothing to match by (it is then always new). */
export function matchValue(target: ImportTarget, key: MatchKey, value: (column: string) => Cell): string {
  const columns = matchKeyColumns(target, key);
  if (columns.length === 0) return "";
  switch (key) {
    case "id":
      return cellKey(value(columns[0]));
    case "company":
      return normalizeCompany(value(columns[0]));
    case "phone":
      return normalizePhone(value(columns[0]));
    case "companyContact": {
      const company = normalizeCompany(value("Company"));
      const name = cellKey(value("Name"));
      return company === "" || name === "" ? "" : `${company}|${name}`;
    }
    case "row": {
      const parts = columns.map((column) => cellKey(value(column)));
      return parts.every((part) => part === "") ? "" : parts.join("|");
    }
  }
}

/** Whether an imported value and the table's cell hold the same thing. */
function same(imported: Cell, held: Cell): boolean {
  if (isEmpty(imported) && isEmpty(held)) return true;
  if (typeof imported === "number" && typeof held === "number") return Math.abs(imported - held) < 1e-9;
  if (typeof imported === "string" && typeof held === "string") return imported.trim() === held.trim();
  return String(imported).trim() === String(held ?? "").trim();
}

function reason(code: MessageCode, params: MessageParams): RejectedRow["reason"] {
  return { en: formatMessage(code, params, "en"), zh: formatMessage(code, params, "zh") };
}

/**
 * Matches an import against the table it goes into, by the user's key and policy:
 * - skip: a row matching one of the table's is left out (a rejected row, with the reason);
 * - update: a row matching exactly one of the table's updates it — only the mapped fields whose
 *   value differs, never blanking a field the source leaves empty, never a formula column, the
 *   record's ID or the columns matched by — and is not added; a row matching several of the table's rows is left
 *   out, as which to update is unknown;
 * - add: every row is added (as before; alreadyImported still leaves out exact repeats).
 * With skip and update, a row whose key an earlier row of the same import has is left out too, so
 * the import itself adds no duplicate. A row with an empty key matches nothing and is added.
 *
 * @param result - the validated rows (validateRows)
 * @param target - the table imported into
 * @param table - the table as it stands (every column read)
 * @param choice - policy and key
 * @param settled - which of the table's rows count (settledRows: not an unfinished append's own)
 * @returns the rows left to add, and what matching found
 *
 * @example
 * matchImport(validateRows([["Acme", "Li"]], ["Company", "Name"], "Customers", { knownStages: [] }), "Customers",
 *   { headers: ["Company", "Name"], columns: { Company: 0, Name: 1 }, rows: [["ACME Inc.", "Wang"]] },
 *   { policy: "update", key: "company" }).matches.updates[0].changes[0].new
 * //=> "Li"
 */
export function matchImport(
  result: ImportResult,
  target: ImportTarget,
  table: MatchTable,
  choice: MatchChoice,
  settled: (index: number) => boolean = () => true,
): { result: ImportResult; matches: ImportMatches } {
  const { policy, key } = choice;
  const empty = { ...choice, total: result.rows.length, matched: 0, updates: [], unchanged: 0, rejected: [] };
  if (policy === "add") return { result, matches: empty };
  const cell = (row: readonly Cell[], column: string) => {
    const at = table.columns[column] ?? -1;
    return at < 0 ? null : (row[at] ?? null);
  };
  const held = new Map<string, number[]>();
  table.rows.forEach((row, index) => {
    if (!settled(index)) return;
    const value = matchValue(target, key, (column) => cell(row, column));
    if (value === "") return;
    const list = held.get(value);
    if (list) list.push(index);
    else held.set(value, [index]);
  });
  const specs = tableSpec(target).columns;
  const idColumn = (recordIdColumns as Partial<Record<ImportTarget, { key: string }>>)[target]?.key;
  const updatable = result.columns.filter((column) => {
    const spec = specs.find((s) => s.key === column);
    if (!spec || spec.formula || (table.columns[column] ?? -1) < 0) return false;
    // The record's ID and the columns matched by stay as the table has them ("华瑞科技有限公司"
    // matched by "华瑞科技" keeps its full name).
    return column !== idColumn && !matchKeyColumns(target, key).includes(column);
  });
  const write = (value: Cell, at: number) => (table.textColumns?.[at] ? textCell(value) : outputCell(value));

  const kept: ImportedRow[] = [];
  const updates: RowUpdate[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  let matched = 0;
  let unchanged = 0;
  for (const row of result.rows) {
    const value = matchValue(target, key, (column) => row.values[column] ?? null);
    const shown = matchKeyColumns(target, key)
      .map((column) => row.values[column])
      .filter((v) => !isEmpty(v ?? null))
      .map(String)
      .join(" / ");
    if (value === "") {
      kept.push(row);
      continue;
    }
    const earlier = seen.get(value);
    if (earlier !== undefined) {
      rejected.push({
        sourceRow: row.sourceRow,
        reason: reason("matchRepeated", { row: row.sourceRow, value: shown, first: earlier }),
      });
      continue;
    }
    seen.set(value, row.sourceRow);
    const rows = held.get(value);
    if (!rows) {
      kept.push(row);
      continue;
    }
    matched++;
    const params = { row: row.sourceRow, value: shown, table: target, at: rows[0] + 2, count: rows.length };
    if (policy === "skip") {
      rejected.push({ sourceRow: row.sourceRow, reason: reason("matchSkipped", params) });
      continue;
    }
    if (rows.length > 1) {
      rejected.push({ sourceRow: row.sourceRow, reason: reason("matchAmbiguous", params) });
      continue;
    }
    const tableRow = rows[0];
    const existing = table.rows[tableRow];
    const changes: FieldChange[] = [];
    for (const column of updatable) {
      const imported = row.values[column] ?? null;
      if (isEmpty(imported)) continue;
      const at = table.columns[column];
      const old = existing[at] ?? null;
      if (same(imported, old)) continue;
      changes.push({
        key: column,
        column: at,
        header: table.headers[at] ?? column,
        old,
        new: imported,
        write: write(imported, at),
      });
    }
    if (changes.length === 0) unchanged++;
    else updates.push({ sourceRow: row.sourceRow, tableRow, shown, expected: existing, changes });
  }
  return {
    result: { ...result, rows: kept },
    matches: { ...choice, total: result.rows.length, matched, updates, unchanged, rejected },
  };
}
