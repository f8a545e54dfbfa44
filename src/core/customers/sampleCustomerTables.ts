import type { Cell } from "@core/cells/cell";
import type { SampleWorkbook } from "@core/sample/sampleRows";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";
import type { CustomerTables } from "@core/customers/customerBook";
import type { CustomerTableRows } from "@core/customers/customerRecords";

/** Columns that name a customer or a deal: made unique per copy when a sample is tiled. */
const keyColumns = new Set(["CustomerID", "Company", "Customer", "DealID"]);

function tableOf(name: TableName, records: readonly object[], copies: number): CustomerTableRows {
  const headers = tableHeaders(name, "en-US");
  const columns = columnIndex(name, headers);
  const rows: Cell[][] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const record of records) {
      const values = record as Record<string, Cell>;
      rows.push(
        headers.map((header) => {
          const value = values[header] ?? "";
          return copy > 0 && keyColumns.has(header) && value !== "" ? `${value} #${copy}` : value;
        }),
      );
    }
  }
  return { rows, columns };
}

/**
 * The customer tables of a generated sample workbook, as the excel layer would read them (formula
 * columns empty). With `copies` > 1 the customers, deals and activities are repeated with unique
 * names ("Acme #1"), which scales the realistic sample to 10^4 customers and 10^5 deals in
 * milliseconds — for benchmarks and tests of the customer views at size. The team and stages
 * are not repeated.
 *
 * @param sample - a generated sample workbook
 * @param copies - how many times to repeat its customers, deals and activities (1)
 * @returns the tables
 *
 * @example
 * sampleCustomerTables(generateSampleWorkbook({ seed: 1, language: "en", today: 45600 }), 34).Customers.rows.length //=> 10200
 */
export function sampleCustomerTables(sample: SampleWorkbook, copies = 1): Required<CustomerTables> {
  return {
    Customers: tableOf("Customers", sample.customers, copies),
    Deals: tableOf("Deals", sample.deals, copies),
    Activities: tableOf("Activities", sample.activities, copies),
    Team: tableOf("Team", sample.team, 1),
    Stages: tableOf("Stages", sample.stages, 1),
  };
}
