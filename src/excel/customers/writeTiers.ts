import type { Cell } from "@core/cells/cell";
import { literalText } from "@core/workbook/literalText";
import { normalizeLabel } from "@core/cells/outcome";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { openTable } from "../tables/openTable";
import type { ChunkOptions, ChunkedWrite } from "../write/writeInChunks";
import { writeKeyedRows } from "../write/writeKeyedRows";
import { ensureJournalSheet, queueStartJournal } from "../undo/undoJournal";
import { CustomerWriteError, typedFailure } from "./customerWriteFailure";

/** The header of the RFM column the tiering adds to Customers when it is missing (same in both languages). */
export const rfmHeader = "RFM";

/** Tiers and RFM codes for every row of the Customers table, as the pane computed and the manager confirmed. */
export type TierWrite = {
  /** The column that identifies customers, and its value in each data row when the pane read the table. */
  readonly key: "CustomerID" | "Company" | "Name";
  readonly identities: readonly string[];
  /** New Tier per data row ("A", "B", "C"). */
  readonly tiers: readonly string[];
  /** RFM code per data row ("545", or "" for a customer without a purchase). */
  readonly rfm: readonly string[];
};

export type TiersWritten = ChunkedWrite & {
  /** True when the RFM column had to be added to the table. */
  readonly addedRfmColumn: boolean;
  /** Identities of the customers whose row could not be found again while writing (deleted or renamed meanwhile). */
  readonly notWritten: readonly string[];
};

/**
 * Writes the Tier column and an RFM column (added at the table's right end when missing; the
 * user's own columns are kept) for the whole Customers table, in byte-bounded chunks with
 * progress and cancel. The table must still hold the customers the pane tiered (checked by their
 * identity column first, in any order: a sort since the pane read it is fine); otherwise nothing
 * is written (CustomersChanged). Each customer's tier goes to the row that holds its identity
 * when its chunk is written (writeKeyedRows): rows the manager deletes, inserts or sorts between
 * chunks never shift a tier onto a neighbour; a customer deleted meanwhile is reported in
 * `notWritten`. RFM codes are written as text. The NextContact formula recalculates from the new tiers.
 * What it overwrites is journaled (src/excel/undo/) in the same batch, for "Undo last SalesGrid change".
 *
 * @param write - the tiers and codes, with the identities they were computed for
 * @param options - progress, cancel, request size
 * @returns rows written, whether it was cancelled, whether the RFM column was added, and who was not written
 * @example
 * await writeTiers({ key: "CustomerID", identities, tiers, rfm }) //=> { ok: true, value: { done: 300, total: 300, cancelled: false, addedRfmColumn: true, notWritten: [] } }
 */
export async function writeTiers(write: TierWrite, options: ChunkOptions = {}): Promise<ExcelResult<TiersWritten>> {
  // Its own batch first: the hidden journal sheet cannot be added inside a merged undo group.
  // A failure here stops the command before it writes: nothing is changed that could not be taken back.
  const journalSheet = await ensureJournalSheet();
  if (!journalSheet.ok) return journalSheet;
  return typedFailure(
    await runExcel(async (context) => {
      const opened = await openTable(context, "Customers");
      if (!opened) throw new CustomerWriteError("TableMissing", "The workbook has no Customers table.");
      const { table, headers, columns } = opened;
      if (columns.Tier < 0) throw new CustomerWriteError("ColumnMissing", "The Customers table has no Tier column.");
      const keyColumn = columns[write.key];
      if (keyColumn < 0)
        throw new CustomerWriteError("CustomersChanged", `The Customers table has no ${write.key} column any more.`);
      const body = table.getDataBodyRange();
      body.load("rowCount");
      const idColumn = body.getColumn(keyColumn);
      idColumn.load("values");
      const startJournal = queueStartJournal(context, "tiers");
      await context.sync();
      const now = (idColumn.values as Cell[][]).map((row) => normalizeLabel(row[0]));
      const sorted = (labels: readonly string[]) => [...labels].sort();
      const wanted = sorted(write.identities.map(normalizeLabel));
      const changed = body.rowCount !== write.identities.length || sorted(now).some((label, i) => label !== wanted[i]);
      if (changed)
        throw new CustomerWriteError(
          "CustomersChanged",
          "The Customers table changed since it was read; refresh and tier again.",
        );

      let rfmColumn = headers.findIndex((h) => h.trim().toUpperCase() === rfmHeader);
      const addedRfmColumn = rfmColumn < 0;
      if (addedRfmColumn) {
        table.columns.add(undefined, undefined, rfmHeader);
        rfmColumn = headers.length;
        await context.sync();
      }
      const journal = await startJournal(write.tiers.length);
      const rowsNow = new Map<string, number[]>();
      now.forEach((label, row) => rowsNow.set(label, [...(rowsNow.get(label) ?? []), row]));
      const rows = write.tiers.map((tier, i) => {
        const label = normalizeLabel(write.identities[i]);
        const seen = now[i] === label ? i : (rowsNow.get(label)?.shift() ?? i);
        return {
          key: { columns: [keyColumn], cells: [write.identities[i]] },
          cells: [tier, write.rfm[i] ? literalText(write.rfm[i]) : ""],
          row: seen,
        };
      });
      const written = await writeKeyedRows(context, table, [columns.Tier, rfmColumn], rows, {
        ...options,
        ...journal.track(
          "Customers",
          [...headers, ...(addedRfmColumn ? [rfmHeader] : [])],
          [columns.Tier, rfmColumn],
          rows,
        ),
      });
      journal.commit();
      await context.sync();
      return {
        done: written.done,
        total: written.total,
        cancelled: written.cancelled,
        addedRfmColumn,
        notWritten: written.notWritten.map((i) => write.identities[i]),
      };
    }),
  );
}
