import type { Cell } from "@core/cells/cell";
import type { SetupRecord } from "@core/setup/setupRecord";
import type { TableName } from "@core/workbook/schema";

/** A set-up table found in the workbook (by the id recorded for its role, else by its name). */
export type FoundSetupTable = {
  readonly table: TableName;
  /** Its name in the workbook ("Deals", or whatever the user renamed it to). */
  readonly workbookName: string;
  readonly id: string;
  readonly sheet: string;
  /** 0-based sheet row of the header row and sheet column of the first column. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Data rows (Excel's blank row of an empty table counts). */
  readonly rowCount: number;
  /** The first cell of the last data row ("" when blank), to check an interrupted write. */
  readonly lastRowFirstCell: Cell;
};

/** A worksheet and how far right its values reach. */
export type ExistingSheet = {
  readonly name: string;
  /** 0-based column of the right-most cell holding a value, or null for a sheet without values. */
  readonly lastUsedColumn: number | null;
};

/** What set-up found in the workbook before writing. */
export type SetupState = {
  readonly tables: readonly FoundSetupTable[];
  readonly sheets: readonly ExistingSheet[];
  /** Workbook names (defined names), as written. */
  readonly names: readonly string[];
  /** Every table name in the workbook, SalesGrid's or not (a new table's name must be free). */
  readonly tableNames: readonly string[];
  readonly record: SetupRecord;
};
