import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import { dealHistoryFieldChoices, workbookLanguages } from "@core/workbook/schema";

/** What a DealHistory row records a change of. */
export type HistoryField = "stage" | "amount" | "expectedClose";

/** One DealHistory row, read. */
export type HistoryChange = {
  /** 0-based row of the DealHistory table's data body. */
  readonly row: number;
  readonly dealId: string;
  readonly field: HistoryField;
  readonly from: Cell;
  readonly to: Cell;
  /** ChangedOn as a serial. */
  readonly on: number;
  /** The deal's amount at the time; NaN when empty or unreadable. */
  readonly amount: number;
  /** False when the change was noticed on reconciliation and its real date is unknown. */
  readonly exact: boolean;
};

/** The DealHistory table as the review reads it. */
export type DealHistory = {
  /** Data rows of the table. */
  readonly rows: number;
  /** Rows left out because their DealID, Field or ChangedOn could not be read. */
  readonly unreadable: number;
  /** Each deal's changes, oldest first (by ChangedOn, then the order they were recorded in). */
  readonly byDeal: ReadonlyMap<string, readonly HistoryChange[]>;
};

const FIELDS: readonly HistoryField[] = ["stage", "amount", "expectedClose"];

/** Field labels in both workbook languages (and the keys themselves), normalized. */
const fieldByLabel: ReadonlyMap<string, HistoryField> = new Map(
  dealHistoryFieldChoices.flatMap((choice, i) => [
    ...workbookLanguages.map((language) => [normalizeLabel(choice[language]), FIELDS[i]] as const),
    [normalizeLabel(FIELDS[i]), FIELDS[i]] as const,
  ]),
);

const INEXACT: ReadonlySet<string> = new Set(["false", "0", "no", "否", "假"]);

/** Only an explicit FALSE marks a date as unknown: the recorder writes TRUE or FALSE in every row. */
function exactOf(cell: Cell): boolean {
  if (cell === false || cell === 0) return false;
  return !INEXACT.has(normalizeLabel(cell));
}

/**
 * Reads the DealHistory table into each deal's changes, oldest first. Rows without a DealID, a
 * known Field or a readable ChangedOn are counted in `unreadable` and left out: without them a
 * change cannot be placed in a deal's path.
 *
 * @param table - the DealHistory table, or undefined when the workbook has none
 * @returns the history, or null when there is no table (recording is off)
 * @example
 * dealHistory(historyTable)?.byDeal.get("D-0042")?.length //=> 4
 */
export function dealHistory(table: PlainTable | undefined): DealHistory | null {
  if (!table) return null;
  const byDeal = new Map<string, HistoryChange[]>();
  let unreadable = 0;
  table.rows.forEach((cells, row) => {
    const idCell = cellOf(table, cells, "DealID");
    const field = fieldByLabel.get(normalizeLabel(cellOf(table, cells, "Field")));
    const on = parseDate(cellOf(table, cells, "ChangedOn"));
    if (isEmpty(idCell) || field === undefined || on === undefined) {
      unreadable += 1;
      return;
    }
    const dealId = String(idCell).trim();
    const amountCell = cellOf(table, cells, "Amount");
    const change: HistoryChange = {
      row,
      dealId,
      field,
      from: cellOf(table, cells, "From"),
      to: cellOf(table, cells, "To"),
      on,
      amount: parseNumber(amountCell) ?? NaN,
      exact: (table.columns.Exact ?? -1) < 0 || exactOf(cellOf(table, cells, "Exact")),
    };
    const list = byDeal.get(dealId);
    if (list) list.push(change);
    else byDeal.set(dealId, [change]);
  });
  for (const list of byDeal.values()) list.sort((a, b) => a.on - b.on || a.row - b.row);
  return { rows: table.rows.length, unreadable, byDeal };
}

/**
 * A deal's stage changes, oldest first.
 *
 * @example
 * stageChanges(history.byDeal.get("D1")).map((c) => c.to) //=> ["Prospecting", "Proposal"]
 */
export function stageChanges(changes: readonly HistoryChange[] | undefined): HistoryChange[] {
  return (changes ?? []).filter((change) => change.field === "stage");
}
