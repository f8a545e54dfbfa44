/**
 * The store of objects Excel keeps per sheet that the emulator records but does not draw or
 * enforce: charts, conditional formats and data validation rules, and the ids they get. The
 * records live on each `SheetModel`, so they move, rename and snapshot with their sheet.
 */
import type { ChartModel, ConditionalFormatModel, DataValidationModel } from "../workbookTypes";
import type { SheetStore } from "./sheets";

/** Charts, conditional formats and validation rules by sheet. */
export class RecordedObjects {
  /** The counter behind recorded objects' ids (kept in snapshots). */
  nextId = 1;

  constructor(private readonly sheets: SheetStore) {}

  /** Charts of a sheet. */
  charts(sheet: string): ChartModel[] {
    return this.sheets.require(sheet).charts;
  }

  /** Conditional formats of a sheet. */
  conditionalFormats(sheet: string): ConditionalFormatModel[] {
    return this.sheets.require(sheet).conditionalFormats;
  }

  /** Data validation rules of a sheet. */
  dataValidations(sheet: string): DataValidationModel[] {
    return this.sheets.require(sheet).dataValidations;
  }

  /** A new id for a recorded object. */
  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }
}
