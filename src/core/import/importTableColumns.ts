import { everyColumn, type TableColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Import area reads of the tables already in the workbook: the Stages table whole
 * (known stage names, and the rows a stage mapping adds to), and of each target table only what
 * tells an imported row apart from one it already holds (alreadyImported) — a customer by company,
 * contact name and phone, which the duplicate check (查重) reads too; a deal by DealID, or
 * customer, owner, amount and created date; a follow-up by date, customer and summary. The rest
 * of a 500,000-row Activities table is never fetched. Of Team and Cadences, only the names an
 * imported Owner or Tier is checked against.
 *
 * @example
 * importTableColumns.Activities //=> ["Date", "Customer", "Summary"]
 */
export const importTableColumns: TableColumns = {
  Stages: everyColumn("Stages"),
  Customers: ["Name", "Company", "Phone"],
  Deals: ["DealID", "Customer", "Owner", "Amount", "Created"],
  Activities: ["Date", "Customer", "Summary"],
  // Owners are checked against the reps, tiers against the cadences; an added rep or tier is a
  // new row laid out on the table's headers, which are read whole anyway.
  Team: ["Rep"],
  Cadences: ["Tier"],
};
