/**
 * The `Excel` global: `Excel.run`, `Excel.RequestContext`, `Excel.ErrorCodes` and the enum-like
 * string constants add-in code uses (`Excel.ConditionalFormatType.custom` …).
 */
import { ExcelErrorCodes, OfficeExtensionError } from "./officeError";
import { RequestContext } from "./requestContext";
import type { EmulatorRuntime } from "./runtime";

/** What `Excel.run` passes to the batch. */
export type ExcelBatch<T> = (context: RequestContext) => Promise<T>;

/** The emulated `Excel` namespace. */
export type ExcelNamespace = ReturnType<typeof createExcelNamespace>;

/** Builds the `Excel` global for one emulator. */
export function createExcelNamespace(runtime: EmulatorRuntime) {
  /**
   * `Excel.run(batch)`, `Excel.run(options, batch)` or `Excel.run(context|object, batch)`: runs the
   * batch with a new context (or the given one) and syncs once more when it resolves (counted like
   * any sync). Of `Excel.RunOptions` it honours `mergeUndoGroup` (stores/undo.ts).
   */
  function run<T>(batch: ExcelBatch<T>): Promise<T>;
  function run<T>(objectOrOptions: unknown, batch: ExcelBatch<T>): Promise<T>;
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function.");
    const first = args.length > 1 ? args[0] : undefined;
    const options = (first ?? {}) as { mergeUndoGroup?: unknown };
    const context =
      first instanceof RequestContext
        ? first
        : new RequestContext(runtime, { mergeUndoGroup: options.mergeUndoGroup === true });
    const result = (batch as ExcelBatch<T>)(context);
    if (!result || typeof (result as Promise<T>).then !== "function") {
      throw new OfficeExtensionError(
        "RunMustReturnPromise",
        'The batch function passed to the ".run" method didn\'t return a promise.',
      );
    }
    const value = await result;
    await context.sync();
    return value;
  }

  class BoundRequestContext extends RequestContext {
    constructor() {
      super(runtime);
    }
  }

  return {
    run,
    RequestContext: BoundRequestContext,
    ErrorCodes: ExcelErrorCodes,
    ConditionalFormatType: {
      custom: "Custom",
      dataBar: "DataBar",
      colorScale: "ColorScale",
      iconSet: "IconSet",
      topBottom: "TopBottom",
      presetCriteria: "PresetCriteria",
      containsText: "ContainsText",
      cellValue: "CellValue",
    },
    ConditionalCellValueOperator: {
      invalid: "Invalid",
      between: "Between",
      notBetween: "NotBetween",
      equalTo: "EqualTo",
      notEqualTo: "NotEqualTo",
      greaterThan: "GreaterThan",
      lessThan: "LessThan",
      greaterThanOrEqual: "GreaterThanOrEqual",
      lessThanOrEqual: "LessThanOrEqual",
    },
    ChartType: {
      columnClustered: "ColumnClustered",
      columnStacked: "ColumnStacked",
      barClustered: "BarClustered",
      barStacked: "BarStacked",
      line: "Line",
      lineMarkers: "LineMarkers",
      pie: "Pie",
      doughnut: "Doughnut",
      area: "Area",
      xyscatter: "XYScatter",
      funnel: "Funnel",
      waterfall: "Waterfall",
    },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ClearApplyTo: {
      all: "All",
      formats: "Formats",
      contents: "Contents",
      hyperlinks: "Hyperlinks",
      removeHyperlinks: "RemoveHyperlinks",
    },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    RangeValueType: {
      unknown: "Unknown",
      empty: "Empty",
      string: "String",
      integer: "Integer",
      double: "Double",
      boolean: "Boolean",
      error: "Error",
      richValue: "RichValue",
    },
    DataValidationType: {
      none: "None",
      wholeNumber: "WholeNumber",
      decimal: "Decimal",
      list: "List",
      date: "Date",
      time: "Time",
      textLength: "TextLength",
      custom: "Custom",
      inconsistent: "Inconsistent",
      mixedCriteria: "MixedCriteria",
    },
    DataValidationOperator: {
      between: "Between",
      notBetween: "NotBetween",
      equalTo: "EqualTo",
      notEqualTo: "NotEqualTo",
      greaterThan: "GreaterThan",
      lessThan: "LessThan",
      greaterThanOrEqualTo: "GreaterThanOrEqualTo",
      lessThanOrEqualTo: "LessThanOrEqualTo",
    },
    DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
    CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    HorizontalAlignment: {
      general: "General",
      left: "Left",
      center: "Center",
      right: "Right",
      fill: "Fill",
      justify: "Justify",
      centerAcrossSelection: "CenterAcrossSelection",
      distributed: "Distributed",
    },
    EventSource: { local: "Local", remote: "Remote" },
    EventType: {
      worksheetSelectionChanged: "WorksheetSelectionChanged",
      worksheetChanged: "WorksheetChanged",
      tableChanged: "TableChanged",
    },
    EventTriggerSource: { thisLocalAddin: "ThisLocalAddin", unknown: "Unknown" },
    DataChangeType: {
      unknown: "Unknown",
      rangeEdited: "RangeEdited",
      rowInserted: "RowInserted",
      rowDeleted: "RowDeleted",
      columnInserted: "ColumnInserted",
      columnDeleted: "ColumnDeleted",
      cellInserted: "CellInserted",
      cellDeleted: "CellDeleted",
    },
  };
}
