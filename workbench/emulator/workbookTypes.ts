/**
 * The plain data the emulated workbook exposes to tests and to the grid page: cell read-outs,
 * table summaries and the recorded (not rendered) workbook objects — charts, conditional formats,
 * data validation rules and names.
 */
import type { CellRect } from "./address";
import type { ExcelCellError } from "./functions/excelErrors";

/** Excel's `Range.valueTypes` entries. */
export type RangeValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** A cell as the grid shows it and as tests inspect it. `value` is Excel's: "" when empty, the error code for an error. */
export type CellInfo = {
  value: number | string | boolean;
  formula?: string;
  text: string;
  numberFormat: string;
  valueType: RangeValueType;
  isSpill?: boolean;
  error?: ExcelCellError;
};

/** Cell formatting the grid renders. */
export type CellFormat = {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
};

/** A table as `Workbook.tables()` lists it. `range` is the A1 address without the sheet. */
export type TableInfo = {
  name: string;
  sheet: string;
  range: string;
  headers: string[];
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
};

/** A chart added through `worksheet.charts.add` (recorded; the workbench page draws it, workbench/page/chartDrawing.ts). */
export type ChartModel = {
  id: string;
  name: string;
  type: string;
  sourceAddress: string;
  seriesBy: string;
  title: string | null;
  position?: { startCell: string; endCell?: string };
};

/** A conditional format added through `range.conditionalFormats.add` (recorded, not evaluated). */
export type ConditionalFormatModel = {
  id: string;
  address: string;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string };
  format: { fillColor?: string; fontColor?: string; bold?: boolean; italic?: boolean };
};

/** A data validation rule set through `range.dataValidation.rule` (recorded, not enforced). */
export type DataValidationModel = {
  address: string;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks: boolean;
};

/** A workbook name (`workbook.names`). `formula` is its reference, e.g. "=Setup!$B$2". */
export type NameModel = { name: string; formula: string; comment: string; visible: boolean };

/** A selection change, as the grid page reports it. */
export type SelectionChange = { sheet: string; address: string };

/** `Excel.DataChangeType`: how a changed event was triggered. */
export type DataChangeType =
  | "Unknown"
  | "RangeEdited"
  | "RowInserted"
  | "RowDeleted"
  | "ColumnInserted"
  | "ColumnDeleted"
  | "CellInserted"
  | "CellDeleted";

/** Who made a change: the grid's user, an add-in's request (`Excel.run`), or a co-author. */
export type ChangeOrigin = "user" | "addin" | "remote";

/** `Excel.ChangedEventDetail`: a single cell's value before and after the change. */
export type ChangedEventDetail = {
  valueBefore: number | string | boolean;
  valueAfter: number | string | boolean;
  valueTypeBefore: RangeValueType;
  valueTypeAfter: RangeValueType;
};

/**
 * A change of cell contents, for the `onChanged` events of worksheets and tables. `rect` is the
 * changed block on `sheet` (for a row deletion, where the rows were); `tableId` names the table
 * whose rows were inserted or deleted; `details` is there only when one cell changed.
 */
export type CellsChange = {
  sheet: string;
  address: string;
  rect: CellRect;
  changeType: DataChangeType;
  origin: ChangeOrigin;
  source: "Local" | "Remote";
  byUser: boolean;
  tableId?: string;
  details?: ChangedEventDetail;
};
