import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { cellKey } from "@core/import/cellKey";
import type { ImportTarget } from "@core/import/importColumns";
import { importProblem, type ImportProblem } from "@core/import/importProblem";
import { normalizePhone } from "@core/import/normalizePhone";
import type { ImportedRow, ImportResult } from "@core/import/validateRows";
import type { ColumnIndex } from "@core/workbook/columnIndex";

/** The rows a table holds, and where its schema columns are. */
export type TableRows = {
  readonly columns: ColumnIndex;
  readonly rows: readonly (readonly Cell[])[];
};

/** An append that did not finish, as far as telling its rows apart needs. */
export type PendingAppend = {
  readonly mode: string;
  readonly target: string;
  readonly done: number;
  readonly baseRows?: number;
};

/**
 * What makes a row the same row again, per table: a customer by company, contact name and phone
 * as written (the looser duplicate check, 查重, only warns); a deal by its DealID, or, without one, by
 * customer, owner, amount and created date; a follow-up (which has no ID) by date, customer and
 * summary; an installment by contract, installment number, customer, due date, amount due and
 * what was received when (a payment recorded since is a new row); a service ticket by its
 * TicketID, or without one by customer, opened date and summary.
 */
function identity(target: ImportTarget, value: (key: string) => Cell): { key: string; shown: string } {
  switch (target) {
    case "Customers": {
      const name = isEmpty(value("Company")) ? value("Name") : value("Company");
      const phone = value("Phone");
      const shown = isEmpty(phone) ? String(name ?? "") : `${String(name ?? "")} / ${String(phone)}`;
      // As written (case and spaces aside), not as 查重 matches: "ACME" and "Acme Inc." stay two
      // rows, reported as possible duplicates, while the same row imported twice is left out.
      return { key: `${cellKey(value("Company"))}|${cellKey(value("Name"))}|${normalizePhone(phone)}`, shown };
    }
    case "Deals": {
      const id = value("DealID");
      if (!isEmpty(id)) return { key: `id|${cellKey(id)}`, shown: String(id) };
      const parts = ["Customer", "Owner", "Amount", "Created"].map((key) => value(key));
      return { key: `row|${parts.map(cellKey).join("|")}`, shown: String(parts[0] ?? "") };
    }
    case "Activities": {
      const parts = ["Date", "Customer", "Summary"].map((key) => value(key));
      return { key: parts.map(cellKey).join("|"), shown: `${String(parts[1] ?? "")} / ${String(parts[2] ?? "")}` };
    }
    case "Payments": {
      const keys = ["ContractID", "Installment", "Customer", "DueDate", "AmountDue", "Received", "ReceivedOn"];
      const parts = keys.map((key) => value(key));
      const contract = isEmpty(parts[0]) ? String(parts[2] ?? "") : String(parts[0]);
      return {
        key: parts.map(cellKey).join("|"),
        shown: isEmpty(parts[1]) ? contract : `${contract} / ${String(parts[1])}`,
      };
    }
    case "Service": {
      const id = value("TicketID");
      if (!isEmpty(id)) return { key: `id|${cellKey(id)}`, shown: String(id) };
      const parts = ["Customer", "OpenedOn", "Summary"].map((key) => value(key));
      return {
        key: `row|${parts.map(cellKey).join("|")}`,
        shown: `${String(parts[0] ?? "")} / ${String(parts[2] ?? "")}`,
      };
    }
  }
}

/**
 * The rows of an append that the target table already holds, taken out of the import so that a
 * second run (after a failure whose answer was lost, or by mistake) never adds a row twice; each
 * is reported "already-imported". Rows an unfinished append of the same table added are not
 * counted as held: that import is finished or replaced as a whole (see resumePoint).
 *
 * @param result - the validated rows (validateRows)
 * @param target - the table appended to
 * @param table - the table as it stands
 * @param pending - the workbook's record of an unfinished import, if any
 * @returns the result without the rows already held, those rows' problems added
 *
 * @example
 * alreadyImported(validateRows([["D-1", "Acme"]], ["DealID", "Customer"], "Deals", { knownStages: [] }), "Deals",
 *   { columns: { DealID: 0 }, rows: [["D-1"]] }).rows.length
 * //=> 0
 */
export function alreadyImported(
  result: ImportResult,
  target: ImportTarget,
  table: TableRows,
  pending?: PendingAppend | null,
): ImportResult {
  const { columns } = table;
  const skipFrom = pending?.mode === "append" && pending.target === target ? (pending.baseRows ?? -1) : -1;
  const skipTo = skipFrom >= 0 ? skipFrom + (pending?.done ?? 0) : -1;
  const held = new Set<string>();
  table.rows.forEach((row, index) => {
    if (index >= skipFrom && index < skipTo) return;
    const value = (key: string) => ((columns[key] ?? -1) < 0 ? null : (row[columns[key]] ?? null));
    held.add(identity(target, value).key);
    // A deal (a ticket) imported without an ID was given one (assignRecordIds): the same row
    // imported again, still without it, is known by its other columns.
    if (target === "Deals") held.add(identity(target, (key) => (key === "DealID" ? null : value(key))).key);
    if (target === "Service") held.add(identity(target, (key) => (key === "TicketID" ? null : value(key))).key);
  });
  if (held.size === 0) return result;
  const rows: ImportedRow[] = [];
  const found: ImportProblem[] = [];
  for (const row of result.rows) {
    const { key, shown } = identity(target, (name) => row.values[name] ?? null);
    if (!held.has(key)) {
      rows.push(row);
      continue;
    }
    const params = { row: row.sourceRow, value: shown, table: target };
    found.push(importProblem("already-imported", row.sourceRow, "", null, "alreadyImported", params));
  }
  if (found.length === 0) return result;
  const problems = [...result.problems, ...found].sort((a, b) => a.row - b.row);
  return { ...result, rows, problems };
}
