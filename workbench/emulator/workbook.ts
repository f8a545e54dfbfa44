/**
 * The emulated workbook: a thin composition of single-purpose stores (stores/, see the README).
 * It is synchronous and proxy-free: tests set up data with it, the grid page reads and edits
 * through it, and the Office.js proxies apply their queued commands to it at `context.sync()`.
 * Failures are thrown as CommandError with Excel's error codes. What happens across stores (a
 * sheet removed takes its tables and the selection with it) is composed here; everything else is
 * one line to the store that owns it.
 */
import { type CellRect, parseAddress, rectSize } from "./address";
import { shiftRows } from "./formulaTokens";
import type { EmulatorModes } from "./modes";
import { fail } from "./officeError";
import { restoreWorkbook, snapshotWorkbook, type WorkbookSnapshot } from "./snapshot";
import type { SheetModel } from "./sheetModel";
import { Calculation, type CalculationOptions } from "./stores/calculation";
import { CellReader } from "./stores/cellReads";
import { CellWriter } from "./stores/cellWrites";
import { WorkbookEvents } from "./stores/events";
import { FormatStore } from "./stores/formats";
import { FormulaStore } from "./stores/formulas";
import { NameStore } from "./stores/names";
import { RecordedObjects } from "./stores/recordedObjects";
import { SelectionStore } from "./stores/selection";
import { SettingsStore } from "./stores/settings";
import { SheetStore } from "./stores/sheets";
import { TableColumns } from "./stores/tableColumns";
import { TableEdits } from "./stores/tableEdits";
import { TableStore } from "./stores/tables";
import { UserEdits } from "./stores/undo";
import type { TableModel } from "./tableModel";
import type {
  CellFormat,
  CellInfo,
  ChartModel,
  ConditionalFormatModel,
  DataValidationModel,
  NameModel,
  SelectionChange,
  TableInfo,
} from "./workbookTypes";

/** Options of a workbook. */
export type WorkbookOptions = CalculationOptions & {
  /** Create the default "Sheet1" (true unless restoring). */
  initialSheet?: boolean;
};

/** The id counters a snapshot keeps. */
export type WorkbookCounters = { sheet: number; table: number; object: number };

/** The stores a workbook is composed of; each has one job (see the README). The proxies reach them directly. */
export type WorkbookStores = {
  events: WorkbookEvents;
  calculation: Calculation;
  sheets: SheetStore;
  selection: SelectionStore;
  tables: TableStore;
  tableColumns: TableColumns;
  tableEdits: TableEdits;
  formulas: FormulaStore;
  cellReads: CellReader;
  cellWrites: CellWriter;
  formats: FormatStore;
  names: NameStore;
  objects: RecordedObjects;
  settings: SettingsStore;
  userEdits: UserEdits;
};

/** Builds the stores, each given the stores it reads (in dependency order, so no cycle). */
function composeStores(options: CalculationOptions): WorkbookStores {
  const events = new WorkbookEvents();
  const calculation = new Calculation(options, events);
  const sheets = new SheetStore(calculation);
  const tables = new TableStore(sheets);
  const formulas = new FormulaStore(calculation, sheets, tables);
  const cellReads = new CellReader(calculation, sheets, formulas);
  const formats = new FormatStore(sheets, cellReads, events);
  const tableColumns = new TableColumns(tables, cellReads, formulas, calculation.modes);
  // Auto-filled calculated columns are written back without detection, so a fill never refills.
  const cellWrites: CellWriter = new CellWriter(calculation, formulas, cellReads, formats, events, (model, ...rest) => {
    // The fill is part of the edit that caused it, so listeners hear that edit only.
    for (const fill of tableColumns.cellsWritten(model, ...rest))
      events.quietly(() =>
        cellWrites.writeInputs(model, fill.top, fill.left, fill.inputs, { detectCalculated: false }),
      );
  });
  const names = new NameStore(calculation, tables, formulas, events);
  const tableEdits = new TableEdits({
    tables,
    names,
    reader: cellReads,
    writer: cellWrites,
    formulas,
    columns: tableColumns,
    events,
  });
  return {
    events,
    calculation,
    sheets,
    selection: new SelectionStore(sheets, events),
    tables,
    tableColumns,
    tableEdits,
    formulas,
    cellReads,
    cellWrites,
    formats,
    names,
    objects: new RecordedObjects(sheets),
    settings: new SettingsStore(),
    userEdits: new UserEdits(),
  };
}

/**
 * A workbook with sheets, cells, tables, names and settings, backed by HyperFormula: the stores,
 * the operations that span several of them, and the direct API tests and the grid page use.
 */
export class Workbook {
  readonly stores: WorkbookStores;

  constructor(options: WorkbookOptions = {}) {
    this.stores = composeStores(options);
    if (options.initialSheet !== false) this.addSheet("Sheet1");
  }

  /** `workbook.settings`: add-in housekeeping, JSON-serialisable values. */
  get settings(): SettingsStore {
    return this.stores.settings;
  }

  /** The emulator's switchable behaviours (modes.ts); change them on a running workbook, then `recalculate()`. */
  get modes(): EmulatorModes {
    return this.stores.calculation.modes;
  }

  /** The formula engine (the grid page reads sheet dimensions from it). */
  get hf(): Calculation["hf"] {
    return this.stores.calculation.hf;
  }

  /** A JSON-serialisable copy (see snapshot.ts). */
  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this);
  }

  /** A workbook rebuilt from {@link snapshot}. */
  static restore(snapshot: WorkbookSnapshot, options: WorkbookOptions = {}): Workbook {
    return restoreWorkbook(snapshot, options);
  }

  // ---------- events and batching (stores/events.ts) ----------

  /** Subscribes to any change (cells, tables, sheets, formats); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    return this.stores.events.onChange(listener);
  }

  /**
   * Runs `work` as one batch: cell writes share one recalculation, listeners hear one change.
   * Reads inside the batch still see current values (evaluation resumes before a read).
   */
  bulk<T>(work: () => T): T {
    return this.stores.events.batch(work, () => this.stores.calculation.evaluate());
  }

  /** Records a change to a recorded object (chart, format, rule) so listeners re-render. */
  markChanged(): void {
    this.stores.events.touched();
  }

  // ---------- calculation (stores/calculation.ts) ----------

  /** Recalculates everything (`application.calculate(Full)`). */
  recalculate(): void {
    this.stores.calculation.recalculate();
    this.stores.events.touched();
  }

  // ---------- sheets and selection (stores/sheets.ts, stores/selection.ts) ----------

  /** Sheet names in tab order. */
  sheets(): string[] {
    return this.stores.sheets.names();
  }

  /** Sheet models in tab order. */
  sheetModels(): readonly SheetModel[] {
    return this.stores.sheets.models();
  }

  /** A sheet by name (case-insensitive, as Excel matches), or undefined. */
  sheet(name: string): SheetModel | undefined {
    return this.stores.sheets.get(name);
  }

  /** A sheet by name, or fails with ItemNotFound. */
  requireSheet(name: string): SheetModel {
    return this.stores.sheets.require(name);
  }

  /** Adds a sheet at the end; without a name, "SheetN". */
  addSheet(name?: string): SheetModel {
    const model = this.stores.sheets.add(name);
    this.stores.selection.sheetAdded(model.name);
    this.stores.formulas.retranslate();
    this.stores.events.touched();
    return model;
  }

  /** Deletes a sheet and its tables; Excel refuses to delete the last visible sheet. */
  deleteSheet(name: string): void {
    const model = this.stores.sheets.require(name);
    this.stores.sheets.remove(model);
    this.stores.tables.deleteOnSheet(model.hfId);
    this.stores.selection.sheetRemoved(model.name);
    this.stores.formulas.retranslate();
    this.stores.events.touched();
  }

  /** Renames a sheet (formulas follow, as in Excel). */
  renameSheet(model: SheetModel, newName: string): void {
    if (model.name === newName) return;
    const oldName = model.name;
    this.stores.sheets.rename(model, newName);
    this.stores.selection.sheetRenamed(oldName, newName);
    this.stores.formulas.retranslate();
    this.stores.events.touched();
  }

  /** Moves a sheet to a 0-based tab position. */
  moveSheet(model: SheetModel, position: number): void {
    this.stores.sheets.move(model, position);
    this.stores.events.touched();
  }

  /** Hides or shows a sheet; the active sheet and the last visible one cannot be hidden. */
  setVisibility(model: SheetModel, visibility: SheetModel["visibility"]): void {
    this.stores.sheets.setVisibility(model, visibility);
    if (visibility !== "Visible") this.stores.selection.sheetHidden(model.name);
    this.stores.events.touched();
  }

  /** The active sheet's name. */
  get activeSheet(): string {
    return this.stores.selection.activeSheet;
  }

  /** Activates a sheet (its selection becomes A1 unless it already holds the selection). */
  setActiveSheet(name: string): void {
    this.stores.selection.activate(name);
  }

  /** The current selection. */
  get selection(): SelectionChange {
    return this.stores.selection.selection;
  }

  /** Selects a range (activating its sheet) and notifies selection listeners, as a click in the grid does. */
  select(sheet: string, address: string): void {
    this.stores.selection.select(sheet, address);
  }

  // ---------- reading cells (stores/cellReads.ts) ----------

  /** A cell as the grid shows it. */
  getCell(sheet: string, row: number, col: number): CellInfo {
    return this.stores.cellReads.getCell(sheet, row, col);
  }

  /** What to write to reproduce a cell: formula text, number, boolean, "'text", or null when empty. */
  cellInputOf(model: SheetModel, row: number, col: number): number | string | boolean | null {
    return this.stores.cellReads.cellInputOf(model, row, col);
  }

  // ---------- writing cells (stores/cellWrites.ts) ----------

  /** As a user types into a cell of the grid. */
  setCellInput(sheet: string, row: number, col: number, input: string): void {
    this.userEdit(this.stores.sheets.require(sheet), row, col, [[input]]);
  }

  /**
   * As a user pastes text copied from Excel (rows on lines, cells separated by tabs) with the
   * active cell at (row, col): one edit, so one change event with the whole pasted address.
   * @returns the pasted block
   */
  paste(sheet: string, row: number, col: number, text: string): CellRect {
    const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    const inputs = lines.map((line) => line.split("\t"));
    const width = inputs.reduce((widest, cells) => Math.max(widest, cells.length), 0);
    const block = inputs.map((cells) => [...cells, ...Array<string>(width - cells.length).fill("")]);
    this.userEdit(this.stores.sheets.require(sheet), row, col, block);
    return { top: row, left: col, bottom: row + block.length - 1, right: col + width - 1 };
  }

  /**
   * As Ctrl+D: the first row of `rect` is copied into the rows below it, formulas adjusted as
   * Excel adjusts relative references. A one-row selection copies the row above it, as Excel does.
   */
  fillDown(sheet: string, rect: CellRect): void {
    const model = this.stores.sheets.require(sheet);
    const source = rect.top === rect.bottom ? rect.top - 1 : rect.top;
    if (source < 0) return;
    const first = rect.top === rect.bottom ? rect.top : rect.top + 1;
    const { columns } = rectSize(rect);
    const top: (number | string | boolean | null)[] = [];
    for (let j = 0; j < columns; j++) top.push(this.cellInputOf(model, source, rect.left + j));
    const block: (number | string | boolean)[][] = [];
    for (let r = first; r <= rect.bottom; r++)
      block.push(
        top.map((input) =>
          input === null
            ? ""
            : typeof input === "string" && input.startsWith("=")
              ? shiftRows(input, r - source)
              : input,
        ),
      );
    this.userEdit(model, first, rect.left, block);
  }

  /**
   * As Ctrl+Z: restores the cells of the user's last edit (typing, paste, fill-down), which
   * listeners hear as a change of those cells.
   * @returns whether there was an edit to undo
   */
  undo(): boolean {
    const edit = this.stores.userEdits.pop();
    if (!edit) return false;
    const model = this.stores.sheets.require(edit.sheet);
    this.bulk(() => this.stores.cellWrites.writeInputs(model, edit.top, edit.left, edit.before, { byUser: true }));
    return true;
  }

  /**
   * Writes values as a co-author's edit arriving from another computer: `onChanged` listeners
   * hear it with source "Remote" (emulator-only; Excel applies such edits itself).
   */
  remoteEdit(sheet: string, topLeft: string, values: readonly (readonly unknown[])[]): void {
    this.stores.events.as("remote", () => this.setValues(sheet, topLeft, values));
  }

  /** Writes a user's edit as one batch and remembers what it replaced, for {@link undo}. */
  private userEdit(model: SheetModel, top: number, left: number, inputs: readonly (readonly unknown[])[]): void {
    const before = inputs.map((cells, i) => cells.map((_, j) => this.cellInputOf(model, top + i, left + j) ?? ""));
    this.bulk(() =>
      this.stores.events.as("user", () => {
        this.autoExpand(model, top, left, inputs);
        this.stores.cellWrites.writeInputs(model, top, left, inputs, { byUser: true });
      }),
    );
    this.stores.userEdits.push({ sheet: model.name, top, left, before });
  }

  /**
   * Excel's AutoCorrect "Include new rows and columns in table" (`AutoExpandListRange`): text typed
   * or pasted into the empty rows right below a table, in its columns, makes them table rows (with
   * the calculated columns filled in and the row above's formats), so a rep typed under `Team` is
   * in `Team`. Rows only: a column typed beside a table stays outside it. Not with a totals row
   * shown (the row below is the totals row), and not for the add-in's own writes, which Excel does
   * not expand either.
   */
  private autoExpand(model: SheetModel, top: number, left: number, inputs: readonly (readonly unknown[])[]): void {
    if (!this.modes.tableAutoExpand) return;
    const right = left + inputs.reduce((widest, cells) => Math.max(widest, cells.length), 0) - 1;
    for (const table of this.stores.tables.models()) {
      const { range } = table;
      if (table.sheetId !== model.hfId || table.showTotals || top !== range.bottom + 1) continue;
      if (right < range.left || left > range.right) continue;
      const typed = inputs.some((cells) =>
        cells.some((input, j) => left + j >= range.left && left + j <= range.right && String(input ?? "") !== ""),
      );
      const empty = inputs.every((_, i) => this.stores.cellReads.isEmptyRow(model, top + i, range.left, range.right));
      if (typed && empty) this.stores.tableEdits.addRows(table, null, null, inputs.length);
      return;
    }
  }

  /** Writes values from a top-left address ("=…" strings become formulas, as in Excel). */
  setValues(sheet: string, topLeft: string, values: readonly (readonly unknown[])[]): void {
    const model = this.stores.sheets.require(sheet);
    const at = parseAddress(topLeft) ?? fail("InvalidArgument", `"${topLeft}" is not a valid address.`);
    this.bulk(() => this.stores.cellWrites.writeInputs(model, at.top, at.left, values));
  }

  /** Writes formulas from a top-left address (same parsing as values, as in Excel). */
  setFormulas(sheet: string, topLeft: string, formulas: readonly (readonly unknown[])[]): void {
    this.setValues(sheet, topLeft, formulas);
  }

  /** Clears contents, formats or both ("All" | "Contents" | "Formats"), as `Range.clear`. */
  clear(model: SheetModel, rect: CellRect, what: "All" | "Contents" | "Formats" = "All"): void {
    this.stores.cellWrites.clear(model, rect, what);
  }

  // ---------- formats (stores/formats.ts) ----------

  /** Formatting of a cell. */
  getCellFormat(sheet: string, row: number, col: number): CellFormat {
    return this.stores.formats.getCellFormat(sheet, row, col);
  }

  /** Column width in points. */
  columnWidth(model: SheetModel, col: number): number {
    return this.stores.formats.columnWidth(model, col);
  }

  // ---------- tables (stores/tables.ts, stores/tableEdits.ts) ----------

  /** Tables, summarised. */
  tables(): TableInfo[] {
    return this.stores.tables.infos();
  }

  /** One table by name, summarised. */
  table(name: string): TableInfo | undefined {
    const t = this.stores.tables.byName(name);
    return t ? this.stores.tables.info(t) : undefined;
  }

  /** Table models (for the proxies). */
  tableModels(): readonly TableModel[] {
    return this.stores.tables.models();
  }

  /** A table model by name (case-insensitive) or undefined. */
  tableModel(name: string): TableModel | undefined {
    return this.stores.tables.byName(name);
  }

  /** The sheet holding a table. */
  tableSheet(table: TableModel): SheetModel {
    return this.stores.tables.sheetOf(table);
  }

  /** Creates a table over a rectangle (see TableEdits.add for headers). */
  addTable(model: SheetModel, rect: CellRect, hasHeaders: boolean, name?: string): TableModel {
    return this.stores.tableEdits.add(model, rect, hasHeaders, name);
  }

  /** Removes a table; with `keepData` (convertToRange) the cells stay, else they are cleared. */
  removeTable(table: TableModel, keepData: boolean): void {
    this.stores.tableEdits.remove(table, keepData);
  }

  // ---------- names (stores/names.ts) ----------

  /** Workbook names. */
  names(): NameModel[] {
    return this.stores.names.all();
  }

  /** A name (case-insensitive) or undefined. */
  name(name: string): NameModel | undefined {
    return this.stores.names.get(name);
  }

  // ---------- recorded objects (stores/recordedObjects.ts) ----------

  /** Charts of a sheet (recorded). */
  charts(sheet: string): ChartModel[] {
    return this.stores.objects.charts(sheet);
  }

  /** Conditional formats of a sheet (recorded). */
  conditionalFormats(sheet: string): ConditionalFormatModel[] {
    return this.stores.objects.conditionalFormats(sheet);
  }

  /** Data validation rules of a sheet (recorded). */
  dataValidations(sheet: string): DataValidationModel[] {
    return this.stores.objects.dataValidations(sheet);
  }

  // ---------- snapshots (snapshot.ts) ----------

  /** The counters to snapshot. */
  counters(): WorkbookCounters {
    return { sheet: this.stores.sheets.nextUid, table: this.stores.tables.nextId, object: this.stores.objects.nextId };
  }

  /** Restores the counters of a snapshot (used by restore). */
  setCounters(counters: WorkbookCounters): void {
    this.stores.sheets.nextUid = counters.sheet;
    this.stores.tables.nextId = counters.table;
    this.stores.objects.nextId = counters.object;
  }
}
