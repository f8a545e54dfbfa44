import type { Cell } from "@core/cells/cell";
import { parseDate } from "@core/cells/parseDate";
import type { CustomerIdentity } from "@core/customers/customerIdentity";
import type { ExcelResult } from "../excelFailure";
import { unguardTextColumns } from "../goals/placeRows";
import { runExcel } from "../runExcel";
import { openTable } from "../tables/openTable";
import { activityRow } from "./activityRow";
import { CustomerWriteError, typedFailure } from "./customerWriteFailure";
import { locateCustomers } from "./locateCustomers";

/** A follow-up the manager logs for one customer. */
export type FollowUpInput = {
  readonly customer: CustomerIdentity;
  /** The name written in the Activities row's Customer column (the company, as Deals uses it). */
  readonly customerName: string;
  readonly date: number;
  readonly owner: string;
  readonly method: string;
  readonly summary: string;
  readonly dealId?: string;
  /** An explicit next contact; it goes into the Activities row (Customers.NextContact stays a formula). */
  readonly nextContact?: number | null;
  readonly satisfaction?: number | null;
};

/** What logging changed: the customer's row and its LastContact / NextContact after recalculation. */
export type FollowUpLogged = {
  readonly row: number;
  /** False when the customer's LastContact was already later than the follow-up (it is kept). */
  readonly lastContactUpdated: boolean;
  readonly lastContact: number | null;
  /** The NextContact cell's value after Excel recalculated it (a date serial, or "" / an error text). */
  readonly nextContact: Cell;
};

/**
 * Logs a follow-up: appends an Activities row and moves the customer's LastContact to its date
 * (never backwards). Customers.NextContact is a formula column (SALES.NEXTVISIT of LastContact
 * and Tier): it is left as a formula and moves with LastContact, so the sheet stays live; an
 * explicit next contact is recorded in the Activities row's NextContact, which the pane's plan
 * prefers. The customer is found again by identity if the table changed since it was read.
 *
 * @param input - the follow-up
 * @returns the customer's row with LastContact and NextContact as they are now, or the failure
 * @example
 * await logFollowUp({ customer, customerName: "Acme", date: 45470, owner: "Wang", method: "Call", summary: "Renewal" })
 * //=> { ok: true, value: { row: 12, lastContactUpdated: true, lastContact: 45470, nextContact: 45500 } }
 */
export async function logFollowUp(input: FollowUpInput): Promise<ExcelResult<FollowUpLogged>> {
  return typedFailure(
    await runExcel(async (context) => {
      const located = await locateCustomers(context, [input.customer]);
      const row = located.rows[0];
      const opened = await openTable(context, "Activities");
      if (!opened) throw new CustomerWriteError("TableMissing", "The workbook has no Activities table.");
      if (opened.columns.Date < 0)
        throw new CustomerWriteError("ColumnMissing", "The Activities table has no Date column.");
      const { table: activities, headers } = opened;
      // Text-formatted ("@") columns store input as typed: the text guard must not go there.
      const lastRow = activities.getRange().getLastRow();
      lastRow.load("numberFormat");
      const lastColumn = located.columns.LastContact;
      const lastCell = lastColumn >= 0 ? located.body.getCell(row, lastColumn) : undefined;
      lastCell?.load("values");
      await context.sync();

      activities.rows.add(
        undefined,
        unguardTextColumns(
          [
            activityRow(headers, {
              Date: input.date,
              Customer: input.customerName,
              DealID: input.dealId,
              Owner: input.owner,
              Method: input.method,
              Summary: input.summary,
              NextContact: input.nextContact ?? null,
              Satisfaction: input.satisfaction ?? null,
            }),
          ],
          lastRow.numberFormat[0] ?? [],
        ),
      );
      const before = lastCell ? (parseDate(lastCell.values[0][0] as Cell) ?? null) : null;
      const update = lastCell !== undefined && (before === null || input.date >= before);
      if (update) lastCell.values = [[input.date]];
      await context.sync();

      const nextColumn = located.columns.NextContact;
      const nextCell = nextColumn >= 0 ? located.body.getCell(row, nextColumn) : undefined;
      nextCell?.load("values");
      if (nextCell) await context.sync();
      return {
        row,
        lastContactUpdated: update,
        lastContact: update ? input.date : before,
        nextContact: nextCell ? (nextCell.values[0][0] as Cell) : "",
      };
    }),
  );
}
