import type { Cell } from "@core/cells/cell";
import { literalText } from "@core/workbook/literalText";
import { normalizeLabel } from "@core/cells/outcome";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { openTable } from "../tables/openTable";
import { writeInChunks, type ChunkOptions, type ChunkedWrite } from "../write/writeInChunks";
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
};

/**
 * Writes the Tier column and an RFM column (added at the table's right end when missing; the
 * user's own columns are kept) for the whole Customers table, in byte-bounded chunks with
 * progress and cancel. The table must still hold the customers the pane tiered, row for row
 * (checked by their identity column first); otherwise nothing is written (CustomersChanged).
 * RFM codes are written as text. The NextContact formula recalculates from the new tiers.
 *
 * @param write - the tiers and codes, with the identities they were computed for
 * @param options - progress, cancel, request size
 * @returns rows written, whether it was cancelled and whether the RFM column was added
 * @example
 * await writeTiers({ key: "CustomerID", identities, tiers, rfm }) //=> { ok: true, value: { done: 300, total: 300, cancelled: false, addedRfmColumn: true } }
 */
export async function writeTiers(write: TierWrite, options: ChunkOptions = {}): Promise<ExcelResult<TiersWritten>> {
  return typedFailure(
    await runExcel(async (context) => {
      const opened = await openTable(context, "Customers");
      if (!opened) throw new CustomerWriteError("TableMissing", "The workbook has no Customers table.");
      const { table, headers, columns } = opened;
      if (columns.Tier < 0) throw new CustomerWriteError("ColumnMissing", "The Customers table has no Tier column.");
      if (columns[write.key] < 0)
        throw new CustomerWriteError("CustomersChanged", `The Customers table has no ${write.key} column any more.`);
      const body = table.getDataBodyRange();
      body.load("rowCount");
      const idColumn = body.getColumn(columns[write.key]);
      idColumn.load("values");
      await context.sync();
      const now = (idColumn.values as Cell[][]).map((row) => normalizeLabel(row[0]));
      const changed =
        body.rowCount !== write.identities.length ||
        write.identities.some((identity, i) => normalizeLabel(identity) !== now[i]);
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
      const target = table.getDataBodyRange();
      const rows = write.tiers.map((tier, i) => [tier, write.rfm[i] ? literalText(write.rfm[i]) : ""]);
      const written = await writeInChunks(
        context,
        rows,
        (chunk, offset) => {
          target.getCell(offset, columns.Tier).getResizedRange(chunk.length - 1, 0).values = chunk.map((r) => [r[0]]);
          target.getCell(offset, rfmColumn).getResizedRange(chunk.length - 1, 0).values = chunk.map((r) => [r[1]]);
        },
        options,
      );
      return { ...written, addedRfmColumn };
    }),
  );
}
