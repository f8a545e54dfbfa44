import { everyColumn, type TableColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Import area reads of the tables already in the workbook: the Stages table whole
 * (known stage names, and the rows a stage mapping adds to), Customers and Deals whole (an import
 * matches rows by ID, company, phone or contact, shows each field an update changes, and
 * continues the ID sequence), and of Activities only what tells an imported follow-up apart from
 * one it already holds (alreadyImported: date, customer and summary). The rest of a
 * 500,000-row Activities table is never fetched. Of Team and Cadences, only the names an imported
 * Owner or Tier is checked against. Payments and Service whole (an import appends to them, matches
 * installments and tickets, and continues the T- ticket IDs), and ServiceLevels, whose headers
 * Service[DueBy]'s formula names. Of Contracts only ContractID: an imported payment naming a
 * contract the workbook lacks is flagged (unknownReferences).
 *
 * @example
 * importTableColumns.Activities //=> ["Date", "Customer", "Summary"]
 */
export const importTableColumns: TableColumns = {
  Stages: everyColumn("Stages"),
  Customers: everyColumn("Customers"),
  Deals: everyColumn("Deals"),
  Activities: ["Date", "Customer", "Summary"],
  // Owners are checked against the reps, tiers against the cadences; an added rep or tier is a
  // new row laid out on the table's headers, which are read whole anyway.
  Team: ["Rep"],
  Cadences: ["Tier"],
  // An import of installments or tickets appends to and matches against those tables (small next
  // to Activities); Service[DueBy] written by an import names ServiceLevels' headers.
  Payments: everyColumn("Payments"),
  Service: everyColumn("Service"),
  ServiceLevels: everyColumn("ServiceLevels"),
  // Of Contracts only the numbers an imported payment's ContractID is checked against (Deals,
  // read whole above, gives the DealIDs).
  Contracts: ["ContractID"],
};
