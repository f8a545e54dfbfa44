import type { CustomerIdentity } from "@core/customers/customerIdentity";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import type { SelectedRange } from "../selection";
import { typedFailure } from "./customerWriteFailure";
import { locateCustomers } from "./locateCustomers";

/**
 * Selects a customer's row in the Customers table (activating its sheet), found again by identity
 * if the table was sorted or edited since the pane read it.
 *
 * @param identity - the customer as the pane read it
 * @returns where the row was selected, or the failure (CustomerNotFound when it is gone)
 * @example
 * await selectCustomerRow({ key: "CustomerID", value: "C0042", row: 41, label: "Acme" })
 * //=> { ok: true, value: { sheet: "Customers", address: "A43:Q43" } }
 */
export async function selectCustomerRow(identity: CustomerIdentity): Promise<ExcelResult<SelectedRange>> {
  return typedFailure(
    await runExcel(async (context) => {
      const located = await locateCustomers(context, [identity]);
      const target = located.body.getRow(located.rows[0]);
      target.select();
      target.load("address");
      located.table.worksheet.load("name");
      await context.sync();
      return {
        sheet: located.table.worksheet.name,
        address: target.address.slice(target.address.lastIndexOf("!") + 1),
      };
    }),
  );
}
