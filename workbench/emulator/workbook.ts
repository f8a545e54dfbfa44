/**
 * The emulated workbook: sheets, cells (in HyperFormula), tables, names, settings and the
 * recorded workbook objects. It is synchronous and proxy-free: tests set up data with it, the grid
 * page reads and edits through it, and the Office.js proxies apply their queued commands to it at
 * `context.sync()`. Failures are thrown as CommandError with Excel's error codes.
 */
import { HyperFormula, DetailedCellError, type FunctionPluginDefinition } from "hyperformula";
import { type CellRect, formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, rectContains, rectsIntersect, rectSize } from "./address";
import { parseCellInput, textNeedsApostrophe } from "./cellInput";
import { cellKey } from "./cellLayer";
import { createClockPlugin } from "./functions/clockPlugin";
import { type ExcelCellError, fromHfError } from "./functions/excelErrors";
import { createSalesPlugin, registerFunctionNames } from "./functions/salesPlugin";
import type { SalesFunctionsSource } from "./functions/salesFunctionsSource";
import type { SpillShapeRule } from "./functions/spillShape";
import { shiftRows } from "./formulaTokens";
import { formatCellText } from "./numberFormat";
import { fail } from "./officeError";
import { restoreWorkbook, snapshotWorkbook, type WorkbookSnapshot } from "./snapshot";
import { DEFAULT_COLUMN_WIDTH, isValidSheetName, newSheetModel, type SheetModel } from "./sheetModel";
import { translateFormula, type FormulaEnv } from "./structuredRefs";
import { formulaUsesTable, renameTableInFormula } from "./tableRename";
import { columnIndexByName, dataBodyRect, dataBodyRows, isValidTableName, type TableModel, uniqueColumnName } from "./tableModel";
import type { CellFormat, CellInfo, CellsChange, ChartModel, ConditionalFormatModel, DataValidationModel, NameModel, RangeValueType, SelectionChange, TableInfo } from "./workbookTypes";

/** Options of a workbook. */
export type WorkbookOptions = {
  functions?: SalesFunctionsSource;
  /** The clock TODAY() and NOW() read. */
  now?: () => Date;
  /** Spill-size rules for custom function ids beyond the catalogue's. */
  spillRules?: Readonly<Record<string, SpillShapeRule>>;
  /** Create the default "Sheet1" (true unless restoring). */
  initialSheet?: boolean;
};

/** Raw cell content as HyperFormula takes it. */
type HfContent = number | string | boolean | null;

/** The largest read the emulator serves in one go (Excel on the web would exceed its response limit long before). */
const MAX_READ_CELLS = 5_000_000;

/** A sheet with cells, tables, names and settings, backed by HyperFormula. */
export class Workbook {
  readonly hf: HyperFormula;
  /** `workbook.settings`: add-in housekeeping, JSON-serialisable values. */
  readonly settings = new Map<string, unknown>();
  /** `application.calculationMode` (recorded; the emulator always recalculates at sync). */
  calculationMode = "Automatic";
  /** How many times the add-in called `suspendApiCalculationUntilNextSync` (a batching hint tests can assert). */
  calculationSuspensions = 0;
  private readonly sheetList: SheetModel[] = [];
  private readonly tableList: TableModel[] = [];
  private readonly nameList: NameModel[] = [];
  private active = "";
  private selectionState: SelectionChange = { sheet: "", address: "A1" };
  private readonly changeListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(change: SelectionChange) => void>();
  private readonly cellsListeners = new Set<(change: CellsChange) => void>();
  private nextSheetUid = 1;
  private nextTableId = 1;
  private nextObjectId = 1;
  private bulkDepth = 0;
  private suspended = false;
  private dirty = false;

  constructor(options: WorkbookOptions = {}) {
    const plugins: FunctionPluginDefinition[] = [...HyperFormula.getAllFunctionPlugins()];
    if (options.now) plugins.push(createClockPlugin(options.now));
    if (options.functions) {
      const { plugin, names } = createSalesPlugin(options.functions, options.spillRules);
      registerFunctionNames(names);
      plugins.push(plugin);
    }
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLUMNS,
      useArrayArithmetic: true,
      undoLimit: 0,
      functionPlugins: plugins,
      // Excel's 1900 date system for every serial after 1900-02-28.
      nullDate: { year: 1899, month: 12, day: 30 },
      leapYear1900: false,
      smartRounding: true,
    });
    if (options.initialSheet !== false) this.addSheet("Sheet1");
  }

  /** A JSON-serialisable copy (see snapshot.ts). */
  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this);
  }

  /** A workbook rebuilt from {@link snapshot}. */
  static restore(snapshot: WorkbookSnapshot, options: WorkbookOptions = {}): Workbook {
    return restoreWorkbook(snapshot, options);
  }

  // ---------- change notification and batching ----------

  /** Subscribes to any change (cells, tables, sheets, formats); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Subscribes to selection changes (from {@link select}). */
  onSelection(listener: (change: SelectionChange) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Subscribes to cell content changes (for `worksheet.onChanged`). */
  onCellsChanged(listener: (change: CellsChange) => void): () => void {
    this.cellsListeners.add(listener);
    return () => this.cellsListeners.delete(listener);
  }

  /**
   * Runs `work` as one batch: cell writes share one recalculation, listeners hear one change.
   * Reads inside the batch still see current values (evaluation resumes before a read).
   */
  bulk<T>(work: () => T): T {
    this.bulkDepth++;
    try {
      return work();
    } finally {
      this.bulkDepth--;
      if (this.bulkDepth === 0) {
        this.evaluate();
        this.flushChange();
      }
    }
  }

  private touched(): void {
    this.dirty = true;
    if (this.bulkDepth === 0) this.flushChange();
  }

  private flushChange(): void {
    if (!this.dirty) return;
    this.dirty = false;
    for (const listener of [...this.changeListeners]) listener();
  }

  /** Before engine writes: inside a batch, hold recalculation until the next read. */
  private beginWrite(): void {
    if (this.bulkDepth > 0 && !this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /** Before engine reads: bring values up to date. */
  private evaluate(): void {
    if (this.suspended) {
      this.suspended = false;
      this.hf.resumeEvaluation();
    }
  }

  // ---------- sheets ----------

  /** Sheet names in tab order. */
  sheets(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  /** Sheet models in tab order. */
  sheetModels(): readonly SheetModel[] {
    return this.sheetList;
  }

  /** A sheet by name (case-insensitive, as Excel matches), or undefined. */
  sheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === wanted);
  }

  /** A sheet by name, or fails with ItemNotFound. */
  requireSheet(name: string): SheetModel {
    return this.sheet(name) ?? fail("ItemNotFound", `The worksheet "${name}" does not exist.`);
  }

  /** A sheet by Excel id or by name. */
  sheetByUid(uid: string): SheetModel | undefined {
    return this.sheetList.find((s) => s.uid === uid);
  }

  private sheetByHfId(id: number): SheetModel {
    return this.sheetList.find((s) => s.hfId === id) ?? fail("ItemNotFound", `No sheet with engine id ${id}.`);
  }

  /** Adds a sheet at the end; without a name, "SheetN". */
  addSheet(name?: string): SheetModel {
    let sheetName = name;
    if (sheetName === undefined || sheetName === "") {
      let n = this.sheetList.length + 1;
      while (this.sheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    if (!isValidSheetName(sheetName)) fail("InvalidArgument", `"${sheetName}" is not a valid worksheet name.`);
    if (this.sheet(sheetName)) fail("ItemAlreadyExists", `A worksheet named "${sheetName}" already exists.`);
    const hfName = this.hf.addSheet(sheetName);
    const uid = `{${String(this.nextSheetUid++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const model = newSheetModel(uid, this.hf.getSheetId(hfName)!, sheetName);
    this.sheetList.push(model);
    if (this.active === "") {
      this.active = sheetName;
      this.selectionState = { sheet: sheetName, address: "A1" };
    }
    this.retranslate();
    this.touched();
    return model;
  }

  /** Deletes a sheet and its tables; Excel refuses to delete the last visible sheet. */
  deleteSheet(name: string): void {
    const model = this.requireSheet(name);
    if (this.sheetList.filter((s) => s.visibility === "Visible" && s !== model).length === 0) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.evaluate();
    for (let i = this.tableList.length - 1; i >= 0; i--) if (this.tableList[i].sheetId === model.hfId) this.tableList.splice(i, 1);
    this.hf.removeSheet(model.hfId);
    this.sheetList.splice(this.sheetList.indexOf(model), 1);
    if (this.active.toLowerCase() === model.name.toLowerCase()) this.active = this.sheetList.find((s) => s.visibility === "Visible")!.name;
    if (this.selectionState.sheet.toLowerCase() === model.name.toLowerCase()) this.selectionState = { sheet: this.active, address: "A1" };
    this.retranslate();
    this.touched();
  }

  /** Renames a sheet (formulas follow, as in Excel). */
  renameSheet(model: SheetModel, newName: string): void {
    if (model.name === newName) return;
    if (!isValidSheetName(newName)) fail("InvalidArgument", `"${newName}" is not a valid worksheet name.`);
    const clash = this.sheet(newName);
    if (clash && clash !== model) fail("ItemAlreadyExists", `A worksheet named "${newName}" already exists.`);
    this.evaluate();
    this.hf.renameSheet(model.hfId, newName);
    if (this.active === model.name) this.active = newName;
    if (this.selectionState.sheet === model.name) this.selectionState = { ...this.selectionState, sheet: newName };
    model.name = newName;
    this.retranslate();
    this.touched();
  }

  /** Moves a sheet to a 0-based tab position. */
  moveSheet(model: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheetList.length) fail("InvalidArgument", `Position ${position} is out of range.`);
    this.sheetList.splice(this.sheetList.indexOf(model), 1);
    this.sheetList.splice(position, 0, model);
    this.touched();
  }

  /** Hides or shows a sheet; the active sheet and the last visible one cannot be hidden. */
  setVisibility(model: SheetModel, visibility: SheetModel["visibility"]): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) fail("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
    if (visibility !== "Visible" && this.sheetList.filter((s) => s.visibility === "Visible" && s !== model).length === 0) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    model.visibility = visibility;
    if (visibility !== "Visible" && this.active === model.name) this.active = this.sheetList.find((s) => s.visibility === "Visible")!.name;
    this.touched();
  }

  /** The active sheet's name. */
  get activeSheet(): string {
    return this.active;
  }

  /** Activates a sheet (its selection becomes A1 unless it already holds the selection). */
  setActiveSheet(name: string): void {
    const model = this.requireSheet(name);
    if (model.visibility !== "Visible") fail("InvalidOperation", `The worksheet "${model.name}" is hidden.`);
    if (this.active === model.name) return;
    this.active = model.name;
    this.select(model.name, "A1");
  }

  /** The current selection. */
  get selection(): SelectionChange {
    return this.selectionState;
  }

  /** Selects a range (activating its sheet) and notifies selection listeners, as a click in the grid does. */
  select(sheet: string, address: string): void {
    const model = this.requireSheet(sheet);
    const parsed = parseAddress(address) ?? fail("InvalidArgument", `"${address}" is not a valid address.`);
    this.active = model.name;
    this.selectionState = { sheet: model.name, address: formatAddress(parsed) };
    for (const listener of [...this.selectionListeners]) listener(this.selectionState);
    this.touched();
  }

  // ---------- reading cells ----------

  private rawValue(model: SheetModel, row: number, col: number): number | string | boolean | null | ExcelCellError {
    this.evaluate();
    const v = this.hf.getCellValue({ sheet: model.hfId, row, col });
    if (v instanceof DetailedCellError) return fromHfError(v.value, v.message);
    return v;
  }

  private formulaAt(model: SheetModel, row: number, col: number): string | undefined {
    const translated = model.translated.get(cellKey(row, col));
    if (translated) return translated.original;
    return this.hf.getCellFormula({ sheet: model.hfId, row, col });
  }

  /** Number format of a cell ("General" by default). */
  numberFormatAt(model: SheetModel, row: number, col: number): string {
    return model.numberFormats.get(row, col) ?? "General";
  }

  /** A cell as the grid shows it. */
  getCell(sheet: string, row: number, col: number): CellInfo {
    const model = this.requireSheet(sheet);
    const raw = this.rawValue(model, row, col);
    const formula = this.formulaAt(model, row, col);
    const numberFormat = this.numberFormatAt(model, row, col);
    const isError = raw !== null && typeof raw === "object";
    const value = raw === null ? "" : isError ? raw.code : raw;
    const info: CellInfo = {
      value,
      text: isError ? raw.code : formatCellText(raw, numberFormat),
      numberFormat,
      valueType: valueTypeOf(raw),
    };
    if (formula !== undefined) info.formula = formula;
    if (isError) info.error = { code: raw.code, message: raw.message };
    if (formula === undefined && this.hf.isCellPartOfArray({ sheet: model.hfId, row, col })) info.isSpill = true;
    return info;
  }

  /** Formatting of a cell. */
  getCellFormat(sheet: string, row: number, col: number): CellFormat {
    return this.requireSheet(sheet).formats.get(row, col) ?? {};
  }

  private checkReadSize(rect: CellRect): void {
    const { rows, columns } = rectSize(rect);
    if (rows * columns > MAX_READ_CELLS) fail("ResponsePayloadSizeLimitExceeded", `Reading ${rows * columns} cells at once exceeds the response size limit.`);
  }

  /** A grid of per-cell results over a rectangle. */
  private grid<T>(rect: CellRect, cell: (row: number, col: number) => T): T[][] {
    this.checkReadSize(rect);
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
      out.push(row);
    }
    return out;
  }

  /** `Range.values`. */
  readValues(model: SheetModel, rect: CellRect): (number | string | boolean)[][] {
    this.evaluate();
    return this.grid(rect, (r, c) => {
      const v = this.rawValue(model, r, c);
      return v === null ? "" : typeof v === "object" ? v.code : v;
    });
  }

  /** `Range.formulas`: the formula text, else the value (text that would re-parse gets its apostrophe). */
  readFormulas(model: SheetModel, rect: CellRect): (number | string | boolean)[][] {
    this.evaluate();
    return this.grid(rect, (r, c) => {
      const f = this.formulaAt(model, r, c);
      if (f !== undefined) return f;
      if (this.hf.isCellPartOfArray({ sheet: model.hfId, row: r, col: c })) return "";
      const v = this.rawValue(model, r, c);
      if (v === null) return "";
      if (typeof v === "object") return v.code;
      if (typeof v === "string" && textNeedsApostrophe(v)) return `'${v}`;
      return v;
    });
  }

  /** `Range.text`. */
  readText(model: SheetModel, rect: CellRect): string[][] {
    this.evaluate();
    return this.grid(rect, (r, c) => {
      const v = this.rawValue(model, r, c);
      return v !== null && typeof v === "object" ? v.code : formatCellText(v, this.numberFormatAt(model, r, c));
    });
  }

  /** `Range.valueTypes`. */
  readValueTypes(model: SheetModel, rect: CellRect): RangeValueType[][] {
    this.evaluate();
    return this.grid(rect, (r, c) => valueTypeOf(this.rawValue(model, r, c)));
  }

  /** `Range.numberFormat`. */
  readNumberFormats(model: SheetModel, rect: CellRect): string[][] {
    return this.grid(rect, (r, c) => this.numberFormatAt(model, r, c));
  }

  /** Whether a cell holds nothing (no value, no formula, not part of a spill). */
  isEmpty(model: SheetModel, row: number, col: number): boolean {
    this.evaluate();
    return this.hf.isCellEmpty({ sheet: model.hfId, row, col }) && !this.hf.isCellPartOfArray({ sheet: model.hfId, row, col });
  }

  /** What to write to reproduce a cell: formula text, number, boolean, "'text", or null when empty. */
  cellInputOf(model: SheetModel, row: number, col: number): number | string | boolean | null {
    const f = this.formulaAt(model, row, col);
    if (f !== undefined) return f;
    if (this.hf.isCellPartOfArray({ sheet: model.hfId, row, col })) return null;
    const v = this.rawValue(model, row, col);
    if (v === null) return null;
    if (typeof v === "object") return `=${v.code === "#N/A" ? "NA()" : v.code}`;
    return typeof v === "string" ? `'${v}` : v;
  }

  /** The used range: the bounding box of non-empty cells (and, unless valuesOnly, formatted cells), or null. */
  usedRange(sheet: string | SheetModel, valuesOnly = false): CellRect | null {
    const model = typeof sheet === "string" ? this.requireSheet(sheet) : sheet;
    this.evaluate();
    const dims = this.hf.getSheetDimensions(model.hfId);
    let box: CellRect | null = null;
    if (dims.width > 0 && dims.height > 0) {
      let top = -1;
      for (let r = 0; r < dims.height && top < 0; r++) for (let c = 0; c < dims.width; c++) if (!this.isEmpty(model, r, c)) {
        top = r;
        break;
      }
      if (top >= 0) {
        let left = dims.width - 1;
        for (let c = 0; c < left; c++) {
          let used = false;
          for (let r = top; r < dims.height && !used; r++) used = !this.isEmpty(model, r, c);
          if (used) left = c;
        }
        box = { top, left, bottom: dims.height - 1, right: dims.width - 1 };
      }
    }
    if (!valuesOnly) {
      for (const extent of [model.numberFormats.extent(), model.formats.extent()]) {
        if (!extent) continue;
        box = box ? { top: Math.min(box.top, extent.top), left: Math.min(box.left, extent.left), bottom: Math.max(box.bottom, extent.bottom), right: Math.max(box.right, extent.right) } : extent;
      }
    }
    return box;
  }

  // ---------- writing cells ----------

  private formulaEnv(model: SheetModel, row: number, col: number): FormulaEnv {
    return {
      sheetId: model.hfId,
      row,
      col,
      sheetName: (id) => this.sheetByHfId(id).name,
      tableByName: (name) => this.tableModel(name),
      tables: () => this.tableList,
    };
  }

  /** Translates a formula for a cell and checks HyperFormula can parse it (Excel refuses a bad formula). */
  private prepareFormula(model: SheetModel, row: number, col: number, formula: string): { text: string; usesTables: boolean } {
    const translated = translateFormula(formula, this.formulaEnv(model, row, col));
    if (!this.hf.validateFormula(translated.text)) fail("InvalidArgument", `The formula ${formula} is not valid.`);
    return translated;
  }

  /**
   * Writes inputs (as typed: "=…" formulas, numbers, TRUE/FALSE, "'text", or text) into a block
   * starting at (top, left). `null`/`undefined` leave a cell unchanged, as in Office.js; "" clears
   * it. Text-formatted ("@") cells keep every input as text. The block is validated before any cell
   * is written.
   */
  writeInputs(model: SheetModel, top: number, left: number, inputs: readonly (readonly unknown[])[], options: { byUser?: boolean; detectCalculated?: boolean } = {}): void {
    const contents: (HfContent | undefined)[][] = [];
    const translations: (({ original: string; translated: string; usesTables: boolean }) | null | undefined)[][] = [];
    const implied: [number, number, string][] = [];
    for (let i = 0; i < inputs.length; i++) {
      const rowContents: (HfContent | undefined)[] = [];
      const rowTranslations: ({ original: string; translated: string; usesTables: boolean } | null | undefined)[] = [];
      for (let j = 0; j < inputs[i].length; j++) {
        const input = inputs[i][j];
        const row = top + i;
        const col = left + j;
        if (input === null || input === undefined) {
          rowContents.push(undefined);
          rowTranslations.push(undefined);
          continue;
        }
        if (typeof input === "number" && !Number.isFinite(input)) fail("InvalidArgument", `Cell values must be finite numbers (got ${input}).`);
        if (typeof input === "object") fail("InvalidArgument", `A cell value must be a number, text or boolean (got ${JSON.stringify(input)}).`);
        const parsed = parseCellInput(input, model.numberFormats.get(row, col) === "@");
        let content: HfContent;
        let translation: { original: string; translated: string; usesTables: boolean } | null = null;
        switch (parsed.kind) {
          case "empty":
            content = null;
            break;
          case "text":
            content = `'${parsed.value}`;
            break;
          case "boolean":
            content = parsed.value;
            break;
          case "number":
            content = parsed.value;
            if (parsed.impliedFormat && (model.numberFormats.get(row, col) ?? "General") === "General") implied.push([row, col, parsed.impliedFormat]);
            break;
          case "formula": {
            const t = this.prepareFormula(model, row, col, parsed.formula);
            content = t.text;
            if (t.usesTables || t.text !== parsed.formula) translation = { original: parsed.formula, translated: t.text, usesTables: t.usesTables };
            break;
          }
        }
        rowContents.push(content);
        rowTranslations.push(translation);
      }
      contents.push(rowContents);
      translations.push(rowTranslations);
    }
    this.beginWrite();
    for (let i = 0; i < contents.length; i++) {
      // Runs of cells to write (skipping nulls) go to the engine in one call each.
      let j = 0;
      while (j < contents[i].length) {
        if (contents[i][j] === undefined) {
          j++;
          continue;
        }
        const start = j;
        while (j < contents[i].length && contents[i][j] !== undefined) j++;
        this.hf.setCellContents({ sheet: model.hfId, row: top + i, col: left + start }, [contents[i].slice(start, j) as HfContent[]]);
      }
      for (let k = 0; k < translations[i].length; k++) {
        const t = translations[i][k];
        if (t === undefined) continue;
        const key = cellKey(top + i, left + k);
        if (t) model.translated.set(key, t);
        else model.translated.delete(key);
      }
    }
    for (const [r, c, f] of implied) model.numberFormats.setCell(r, c, f);
    const width = Math.max(0, ...inputs.map((r) => r.length));
    if (inputs.length > 0 && width > 0) {
      const rect = { top, left, bottom: top + inputs.length - 1, right: left + width - 1 };
      this.afterCellsWritten(model, rect, inputs, options.detectCalculated !== false);
      for (const listener of [...this.cellsListeners]) listener({ sheet: model.name, address: formatAddress(rect), source: "Local", byUser: options.byUser === true });
    }
    this.touched();
  }

  /** Writes one value to every cell of a rectangle (Excel's scalar assignment to a range). */
  fillInputs(model: SheetModel, rect: CellRect, input: unknown): void {
    const { rows, columns } = rectSize(rect);
    this.checkReadSize(rect);
    const row = Array.from({ length: columns }, () => input);
    this.writeInputs(model, rect.top, rect.left, Array.from({ length: rows }, () => row));
  }

  /** As a user types into a cell of the grid. */
  setCellInput(sheet: string, row: number, col: number, input: string): void {
    this.bulk(() => this.writeInputs(this.requireSheet(sheet), row, col, [[input]], { byUser: true }));
  }

  /** Writes values from a top-left address ("=…" strings become formulas, as in Excel). */
  setValues(sheet: string, topLeft: string, values: readonly (readonly unknown[])[]): void {
    const model = this.requireSheet(sheet);
    const at = parseAddress(topLeft) ?? fail("InvalidArgument", `"${topLeft}" is not a valid address.`);
    this.bulk(() => this.writeInputs(model, at.top, at.left, values));
  }

  /** Writes formulas from a top-left address (same parsing as values, as in Excel). */
  setFormulas(sheet: string, topLeft: string, formulas: readonly (readonly unknown[])[]): void {
    this.setValues(sheet, topLeft, formulas);
  }

  /** Sets number formats: one per cell, or one for the whole rectangle. */
  setNumberFormats(model: SheetModel, rect: CellRect, formats: string | readonly (readonly (string | null)[])[]): void {
    if (typeof formats === "string") model.numberFormats.setRect(rect, formats);
    else
      formats.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null && f !== undefined) model.numberFormats.setCell(rect.top + i, rect.left + j, f);
        }),
      );
    this.touched();
  }

  /** Sets formatting properties over a rectangle (merged into what each cell has). */
  setFormat(model: SheetModel, rect: CellRect, patch: CellFormat): void {
    const { rows, columns } = rectSize(rect);
    if (rows * columns > 4096) {
      model.formats.setRect(rect, { ...(model.formats.get(rect.top, rect.left) ?? {}), ...patch });
    } else {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) model.formats.setCell(r, c, { ...(model.formats.get(r, c) ?? {}), ...patch });
    }
    this.touched();
  }

  /** Clears contents, formats or both ("All" | "Contents" | "Formats"), as `Range.clear`. */
  clear(model: SheetModel, rect: CellRect, what: "All" | "Contents" | "Formats" = "All"): void {
    if (what !== "Formats") {
      this.evaluate();
      const dims = this.hf.getSheetDimensions(model.hfId);
      const bounded = { ...rect, bottom: Math.min(rect.bottom, dims.height - 1), right: Math.min(rect.right, dims.width - 1) };
      if (bounded.bottom >= bounded.top && bounded.right >= bounded.left) {
        const blank = Array.from({ length: bounded.bottom - bounded.top + 1 }, () => Array.from({ length: bounded.right - bounded.left + 1 }, () => ""));
        this.writeInputs(model, bounded.top, bounded.left, blank);
      }
    }
    if (what !== "Contents") {
      model.numberFormats.clear(rect);
      model.formats.clear(rect);
    }
    this.touched();
  }

  /** Column width in points. */
  columnWidth(model: SheetModel, col: number): number {
    return model.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Sets the width of columns. */
  setColumnWidth(model: SheetModel, rect: CellRect, width: number): void {
    if (!Number.isFinite(width) || width < 0) fail("InvalidArgument", `Column width ${width} is not valid.`);
    for (let c = rect.left; c <= rect.right; c++) model.columnWidths.set(c, width);
    this.touched();
  }

  /** Widths that fit the displayed text, roughly 7 points per character plus padding. */
  autofitColumns(model: SheetModel, rect: CellRect): void {
    const used = this.usedRange(model, true);
    if (!used) return;
    const rows = { top: Math.max(rect.top, used.top), bottom: Math.min(rect.bottom, used.bottom) };
    for (let c = Math.max(rect.left, used.left); c <= Math.min(rect.right, used.right); c++) {
      let longest = 0;
      for (let r = rows.top; r <= rows.bottom; r++) {
        const v = this.rawValue(model, r, c);
        const text = v !== null && typeof v === "object" ? v.code : formatCellText(v, this.numberFormatAt(model, r, c));
        longest = Math.max(longest, [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0));
      }
      model.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH / 2, Math.round(longest * 7 + 10)));
    }
    this.touched();
  }

  // ---------- tables ----------

  /** Tables, summarised. */
  tables(): TableInfo[] {
    return this.tableList.map((t) => this.tableInfo(t));
  }

  /** One table by name, summarised. */
  table(name: string): TableInfo | undefined {
    const t = this.tableModel(name);
    return t ? this.tableInfo(t) : undefined;
  }

  /** Table models (for the proxies). */
  tableModels(): readonly TableModel[] {
    return this.tableList;
  }

  /** A table model by name (case-insensitive) or undefined. */
  tableModel(name: string): TableModel | undefined {
    const wanted = name.toLowerCase();
    return this.tableList.find((t) => t.name.toLowerCase() === wanted);
  }

  /** The table model with an id. */
  tableById(id: string): TableModel | undefined {
    return this.tableList.find((t) => t.id === id);
  }

  /** The sheet holding a table. */
  tableSheet(table: TableModel): SheetModel {
    return this.sheetByHfId(table.sheetId);
  }

  private tableInfo(t: TableModel): TableInfo {
    return {
      name: t.name,
      sheet: this.tableSheet(t).name,
      range: formatAddress(t.range),
      headers: t.columns.map((c) => c.name),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
    };
  }

  private nameTaken(name: string, except?: TableModel): boolean {
    const lower = name.toLowerCase();
    return this.tableList.some((t) => t !== except && t.name.toLowerCase() === lower) || this.nameList.some((n) => n.name.toLowerCase() === lower);
  }

  /**
   * Creates a table over a rectangle. With headers, the first row holds the column names (made
   * unique and stored as text). Without, Excel inserts a header row: the block moves down one row
   * (the row below it must be empty) and the headers are Column1, Column2 …
   */
  addTable(model: SheetModel, rect: CellRect, hasHeaders: boolean, name?: string): TableModel {
    if (rect.bottom - rect.top > 1_000_000 || rect.right - rect.left > 16_000) fail("InvalidArgument", "A table cannot span whole rows or columns.");
    for (const t of this.tableList) if (t.sheetId === model.hfId && rectsIntersect(t.range, rect)) fail("InvalidArgument", `A table can't overlap another table (${t.name}).`);
    let tableName = name;
    if (tableName === undefined) {
      let n = this.nextTableId;
      while (this.nameTaken(`Table${n}`)) n++;
      tableName = `Table${n}`;
    }
    if (!isValidTableName(tableName) || this.nameTaken(tableName)) fail("InvalidArgument", `"${tableName}" is not a valid or unique table name.`);
    let range = rect;
    const width = rect.right - rect.left + 1;
    if (!hasHeaders) {
      const below = rect.bottom + 1;
      for (let c = rect.left; c <= rect.right; c++) if (below >= MAX_ROWS || !this.isEmpty(model, below, c)) fail("InvalidArgument", "Excel inserts a header row above a table created without headers; the emulator needs the row below the range to be empty to make room.");
      this.moveBlock(model, { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right }, 1);
      range = { ...rect, bottom: rect.bottom + 1 };
    }
    const names: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = hasHeaders ? this.rawValue(model, range.top, range.left + c) : null;
      const text = v === null ? "" : typeof v === "object" ? v.code : formatCellText(v, this.numberFormatAt(model, range.top, range.left + c));
      names.push(uniqueColumnName(text === "" ? `Column${c + 1}` : text, names));
    }
    const table: TableModel = {
      id: String(this.nextTableId++),
      name: tableName,
      sheetId: model.hfId,
      range,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
      columns: names.map((n, i) => ({ id: i + 1, name: n })),
      nextColumnId: names.length + 1,
    };
    if (range.bottom === range.top) {
      // A table always has a data row; a header-only range grows by one, as Excel does.
      if (!this.isEmptyRow(model, range.top + 1, range.left, range.right)) fail("InvalidArgument", "The row below a header-only table range must be empty.");
      table.range = { ...range, bottom: range.top + 1 };
    }
    this.tableList.push(table);
    this.writeInputs(model, range.top, range.left, [names.map((n) => `'${n}`)], { detectCalculated: false });
    this.detectCalculatedColumns(table);
    this.retranslate();
    this.touched();
    return table;
  }

  private isEmptyRow(model: SheetModel, row: number, left: number, right: number): boolean {
    if (row >= MAX_ROWS) return false;
    for (let c = left; c <= right; c++) if (!this.isEmpty(model, row, c)) return false;
    return true;
  }

  /** Moves the contents of a block down by `rows` (relative formula rows follow), clearing what it leaves. */
  private moveBlock(model: SheetModel, block: CellRect, rows: number): void {
    const inputs: (number | string | boolean | null)[][] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      const row: (number | string | boolean | null)[] = [];
      for (let c = block.left; c <= block.right; c++) {
        const input = this.cellInputOf(model, r, c);
        row.push(typeof input === "string" && input.startsWith("=") ? shiftRows(input, rows) : input);
      }
      inputs.push(row);
    }
    const formats: (string | undefined)[][] = inputs.map((_, i) => inputs[0].map((__, j) => model.numberFormats.get(block.top + i, block.left + j)));
    const blank = inputs.map((row) => row.map(() => ""));
    this.writeInputs(model, block.top, block.left, blank, { detectCalculated: false });
    this.writeInputs(model, block.top + rows, block.left, inputs.map((row) => row.map((v) => (v === null ? "" : v))), { detectCalculated: false });
    formats.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f !== undefined) model.numberFormats.setCell(block.top + rows + i, block.left + j, f);
      }),
    );
  }

  /** Renames a table; formulas that use the old name are rewritten, as in Excel. */
  renameTable(table: TableModel, name: string): void {
    if (table.name === name) return;
    if (!isValidTableName(name) || this.nameTaken(name, table)) fail("InvalidArgument", `"${name}" is not a valid or unique table name.`);
    const old = table.name;
    table.name = name;
    for (const sheet of this.sheetList)
      for (const t of sheet.translated.values()) if (t.usesTables) t.original = renameTableInFormula(t.original, old, name);
    for (const t of this.tableList) for (const c of t.columns) if (c.calculated) c.calculated = renameTableInFormula(c.calculated, old, name);
    this.retranslate();
    this.touched();
  }

  /** Shows or hides the totals row (the row below the table must be empty to show it). */
  setShowTotals(table: TableModel, show: boolean): void {
    if (table.showTotals === show) return;
    const model = this.tableSheet(table);
    if (show) {
      if (!this.isEmptyRow(model, table.range.bottom + 1, table.range.left, table.range.right)) fail("InvalidOperation", "The row below the table must be empty to show the totals row.");
      table.range = { ...table.range, bottom: table.range.bottom + 1 };
      table.showTotals = true;
      this.writeInputs(model, table.range.bottom, table.range.left, [table.columns.map((_, i) => (i === 0 ? "'Total" : ""))], { detectCalculated: false });
    } else {
      this.clear(model, { ...table.range, top: table.range.bottom }, "Contents");
      table.range = { ...table.range, bottom: table.range.bottom - 1 };
      table.showTotals = false;
    }
    this.retranslate();
    this.touched();
  }

  /** Sets a table's style name. */
  setTableStyle(table: TableModel, style: string): void {
    table.style = style;
    this.touched();
  }

  /** Removes a table; with `keepData` (convertToRange) the cells stay, else they are cleared. */
  removeTable(table: TableModel, keepData: boolean): void {
    const model = this.tableSheet(table);
    if (keepData) {
      // Structured references to it become plain A1 references, as Excel rewrites them.
      for (const sheet of this.sheetList)
        for (const [key, t] of [...sheet.translated]) if (t.usesTables && formulaUsesTable(t.original, table.name)) sheet.translated.delete(key);
    }
    this.tableList.splice(this.tableList.indexOf(table), 1);
    if (!keepData) this.clear(model, table.range, "All");
    this.retranslate();
    this.touched();
  }

  /**
   * Adds data rows at a 0-based index of the data body (null = at the end). The table grows into
   * the rows below it — they must be empty, where Excel would insert cells. Calculated columns are
   * filled into the new rows where no value is given; number formats come from the row above.
   */
  addTableRows(table: TableModel, index: number | null, values: readonly (readonly unknown[])[] | null, count?: number): { index: number; count: number } {
    const model = this.tableSheet(table);
    const width = table.columns.length;
    const n = values ? values.length : (count ?? 1);
    if (n < 1) fail("InvalidArgument", "Add at least one row.");
    if (values) for (const row of values) if (!Array.isArray(row) || row.length !== width) fail("InvalidArgument", `Each row must have ${width} values (the table's columns).`);
    const body = dataBodyRows(table);
    const bodyCount = body.bottom - body.top + 1;
    const at = index === null || index === undefined ? bodyCount : index;
    if (!Number.isInteger(at) || at < 0 || at > bodyCount) fail("InvalidArgument", `Row index ${index} is outside the table.`);
    const below = { top: table.range.bottom + 1, bottom: table.range.bottom + n, left: table.range.left, right: table.range.right };
    if (below.bottom >= MAX_ROWS) fail("InvalidArgument", "The table would grow past the last row.");
    for (const t of this.tableList) if (t !== table && t.sheetId === table.sheetId && rectsIntersect(t.range, below)) fail("InvalidArgument", `Adding rows would overlap table ${t.name}.`);
    for (let r = below.top; r <= below.bottom; r++)
      if (!this.isEmptyRow(model, r, below.left, below.right))
        fail("InvalidArgument", `The emulator grows tables into the rows below them, and ${formatAddress({ ...below, top: r, bottom: r }, model.name)} is not empty (Excel would insert cells).`);
    // Rows from the insertion point (and the totals row) move down by n.
    const firstMoved = body.top + at;
    if (firstMoved <= table.range.bottom) this.moveBlock(model, { top: firstMoved, bottom: table.range.bottom, left: table.range.left, right: table.range.right }, n);
    table.range = { ...table.range, bottom: table.range.bottom + n };
    const bodyTop = dataBodyRows(table).top;
    const rows: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const row = firstMoved + i;
      rows.push(
        table.columns.map((col, j) => {
          const given = values ? values[i][j] : null;
          if (col.calculated && (given === null || given === undefined || given === "")) return shiftRows(col.calculated, row - bodyTop);
          return given === null || given === undefined ? "" : given;
        }),
      );
    }
    this.retranslate();
    const formatRow = firstMoved > bodyTop ? firstMoved - 1 : firstMoved + n <= dataBodyRows(table).bottom ? firstMoved + n : -1;
    if (formatRow >= 0)
      for (let j = 0; j < width; j++) {
        const f = model.numberFormats.get(formatRow, table.range.left + j);
        if (f !== undefined) for (let i = 0; i < n; i++) model.numberFormats.setCell(firstMoved + i, table.range.left + j, f);
      }
    this.writeInputs(model, firstMoved, table.range.left, rows, { detectCalculated: false });
    this.touched();
    return { index: at, count: n };
  }

  /**
   * Adds a column at a 0-based index (null = at the right end). `values` may hold the header
   * and the data rows, or the data rows only; `name` wins over a header value. The table grows into
   * the column to its right, which must be empty.
   */
  addTableColumn(table: TableModel, index: number | null, values: readonly (readonly unknown[])[] | null, name: string | null): number {
    const model = this.tableSheet(table);
    const right = table.range.right + 1;
    if (right >= MAX_COLUMNS) fail("InvalidArgument", "The table would grow past the last column.");
    const colRect = { top: table.range.top, bottom: table.range.bottom, left: right, right };
    for (const t of this.tableList) if (t !== table && t.sheetId === table.sheetId && rectsIntersect(t.range, colRect)) fail("InvalidArgument", `Adding a column would overlap table ${t.name}.`);
    for (let r = colRect.top; r <= colRect.bottom; r++) if (!this.isEmpty(model, r, right)) fail("InvalidArgument", `The emulator grows tables into the column to their right, which is not empty at ${formatAddress({ top: r, bottom: r, left: right, right }, model.name)}.`);
    const count = table.columns.length;
    const at = index === null || index === undefined ? count : index;
    if (!Number.isInteger(at) || at < 0 || at > count) fail("InvalidArgument", `Column index ${index} is outside the table.`);
    const totalRows = table.range.bottom - table.range.top + 1;
    const body = dataBodyRows(table);
    const bodyRows = body.bottom - body.top + 1;
    let header: unknown = null;
    let bodyValues: unknown[] | null = null;
    if (values) {
      const flat = values.map((r) => r[0]);
      if (values.some((r) => r.length !== 1)) fail("InvalidArgument", "Column values must be one column wide.");
      if (flat.length === totalRows) {
        header = flat[0];
        bodyValues = flat.slice(1, 1 + bodyRows);
      } else if (flat.length === bodyRows) bodyValues = flat;
      else fail("InvalidArgument", `Column values must have ${totalRows} rows (with the header) or ${bodyRows} (data only).`);
    }
    const existing = table.columns.map((c) => c.name);
    let colName = name ?? (header !== null && header !== undefined && header !== "" ? String(header) : `Column${table.nextColumnId}`);
    colName = uniqueColumnName(colName, existing);
    // Columns right of the insertion point shift one to the right (cells move with them).
    for (let c = table.range.right; c >= table.range.left + at; c--) {
      const inputs: unknown[][] = [];
      for (let r = table.range.top; r <= table.range.bottom; r++) inputs.push([this.cellInputOf(model, r, c) ?? ""]);
      this.writeInputs(model, table.range.top, c + 1, inputs, { detectCalculated: false });
      for (let r = table.range.top; r <= table.range.bottom; r++) {
        const f = model.numberFormats.get(r, c);
        if (f !== undefined) model.numberFormats.setCell(r, c + 1, f);
      }
    }
    table.range = { ...table.range, right };
    table.columns.splice(at, 0, { id: table.nextColumnId++, name: colName });
    this.retranslate();
    const col = table.range.left + at;
    const cells: unknown[][] = [[`'${colName}`]];
    for (let i = 0; i < bodyRows; i++) cells.push([bodyValues ? (bodyValues[i] ?? "") : ""]);
    if (table.showTotals) cells.push([""]);
    this.writeInputs(model, table.range.top, col, cells, { detectCalculated: false });
    this.detectCalculatedColumns(table);
    this.retranslate();
    this.touched();
    return at;
  }

  /** Deletes data rows (0-based body indexes), moving the rows below up. */
  deleteTableRows(table: TableModel, index: number, count: number): void {
    const model = this.tableSheet(table);
    const body = dataBodyRows(table);
    const bodyCount = body.bottom - body.top + 1;
    if (!Number.isInteger(index) || index < 0 || count < 1 || index + count > bodyCount) fail("InvalidArgument", "Rows to delete are outside the table.");
    if (count === bodyCount) fail("InvalidOperation", "A table must keep at least one data row.");
    const from = body.top + index + count;
    if (from <= table.range.bottom) {
      const block = { top: from, bottom: table.range.bottom, left: table.range.left, right: table.range.right };
      const inputs: unknown[][] = [];
      for (let r = block.top; r <= block.bottom; r++) {
        const row: unknown[] = [];
        for (let c = block.left; c <= block.right; c++) {
          const input = this.cellInputOf(model, r, c);
          row.push(typeof input === "string" && input.startsWith("=") ? shiftRows(input, -count) : (input ?? ""));
        }
        inputs.push(row);
      }
      this.writeInputs(model, body.top + index, table.range.left, inputs, { detectCalculated: false });
    }
    this.clear(model, { top: table.range.bottom - count + 1, bottom: table.range.bottom, left: table.range.left, right: table.range.right }, "Contents");
    table.range = { ...table.range, bottom: table.range.bottom - count };
    this.retranslate();
    this.touched();
  }

  /**
   * After cells change: header cells rename columns; a write covering a column's whole data body
   * makes it a calculated column when every cell got the same formula (relative to its row), and
   * plain values end it.
   */
  private afterCellsWritten(model: SheetModel, rect: CellRect, inputs: readonly (readonly unknown[])[], detectCalculated: boolean): void {
    let renamed = false;
    for (const table of this.tableList) {
      if (table.sheetId !== model.hfId || !rectsIntersect(table.range, rect)) continue;
      if (table.showHeaders && rect.top <= table.range.top && rect.bottom >= table.range.top) {
        for (let j = 0; j < table.columns.length; j++) {
          const col = table.range.left + j;
          if (col < rect.left || col > rect.right) continue;
          const v = this.rawValue(model, table.range.top, col);
          const text = v === null ? "" : typeof v === "object" ? v.code : formatCellText(v, this.numberFormatAt(model, table.range.top, col));
          const others = table.columns.filter((_, k) => k !== j).map((c) => c.name);
          const name = uniqueColumnName(text === "" ? `Column${j + 1}` : text, others);
          if (name !== table.columns[j].name) {
            table.columns[j].name = name;
            renamed = true;
          }
        }
      }
      if (!detectCalculated) continue;
      const body = dataBodyRect(table);
      if (rect.top > body.top || rect.bottom < body.bottom) continue;
      for (let j = 0; j < table.columns.length; j++) {
        const col = table.range.left + j;
        if (col < rect.left || col > rect.right) continue;
        const formulas: string[] = [];
        let valuesOnly = true;
        for (let r = body.top; r <= body.bottom; r++) {
          const input = inputs[r - rect.top]?.[col - rect.left];
          const parsed = typeof input === "string" && input.startsWith("=") && model.numberFormats.get(r, col) !== "@" ? input : null;
          if (parsed) {
            formulas.push(shiftRows(parsed, body.top - r));
            valuesOnly = false;
          }
        }
        if (formulas.length === body.bottom - body.top + 1 && formulas.every((f) => f === formulas[0])) table.columns[j].calculated = formulas[0];
        else if (valuesOnly) delete table.columns[j].calculated;
      }
    }
    if (renamed) this.retranslate();
  }

  /** Calculated columns of a table from its current cells (used after a table is created over formulas). */
  private detectCalculatedColumns(table: TableModel): void {
    const model = this.tableSheet(table);
    const body = dataBodyRect(table);
    for (let j = 0; j < table.columns.length; j++) {
      const col = table.range.left + j;
      const formulas: string[] = [];
      for (let r = body.top; r <= body.bottom; r++) {
        const f = this.formulaAt(model, r, col);
        if (f !== undefined) formulas.push(shiftRows(f, body.top - r));
      }
      if (formulas.length === body.bottom - body.top + 1 && formulas.every((f) => f === formulas[0])) table.columns[j].calculated = formulas[0];
    }
  }

  /** Redoes the engine text of formulas that use tables (ranges moved, names changed). */
  private retranslate(): void {
    for (const model of this.sheetList) {
      for (const [key, t] of model.translated) {
        if (!t.usesTables) continue;
        const row = Math.floor(key / MAX_COLUMNS);
        const col = key % MAX_COLUMNS;
        let text: string;
        try {
          text = translateFormula(t.original, this.formulaEnv(model, row, col)).text;
        } catch {
          // The table or column is gone: Excel shows #REF! for such a reference.
          text = "=#REF!";
        }
        if (text !== t.translated) {
          t.translated = text;
          this.beginWrite();
          this.hf.setCellContents({ sheet: model.hfId, row, col }, text);
        }
      }
    }
  }

  // ---------- names, charts, conditional formats, validation ----------

  /** Workbook names. */
  names(): NameModel[] {
    return this.nameList.map((n) => ({ ...n }));
  }

  /** A name (case-insensitive) or undefined. */
  name(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.nameList.find((n) => n.name.toLowerCase() === lower);
  }

  /** Adds a workbook name for a reference ("=Sheet!$A$1", "Sheet!A1:B2" or a formula). */
  addName(name: string, reference: string, comment = ""): NameModel {
    if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(TRUE|FALSE)$/i.test(name)) fail("InvalidArgument", `"${name}" is not a valid name.`);
    if (this.nameTaken(name)) fail("ItemAlreadyExists", `The name "${name}" already exists.`);
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    const translated = translateFormula(formula, this.formulaEnv(this.sheetList[0], 0, 0)).text;
    this.evaluate();
    try {
      this.hf.addNamedExpression(name, translated);
    } catch (e) {
      fail("InvalidArgument", `The reference ${reference} is not valid: ${e instanceof Error ? e.message : String(e)}`);
    }
    const model: NameModel = { name, formula, comment, visible: true };
    this.nameList.push(model);
    this.touched();
    return model;
  }

  /** Deletes a name. */
  deleteName(name: string): void {
    const model = this.name(name) ?? fail("ItemNotFound", `The name "${name}" does not exist.`);
    this.evaluate();
    this.hf.removeNamedExpression(model.name);
    this.nameList.splice(this.nameList.indexOf(model), 1);
    this.touched();
  }

  /** The value a name evaluates to (the top-left cell for a range). */
  nameValue(name: string): number | string | boolean | null {
    this.evaluate();
    const v = this.hf.getNamedExpressionValue(name);
    if (v instanceof DetailedCellError) return v.value;
    if (Array.isArray(v)) {
      const first = v[0]?.[0];
      return first instanceof DetailedCellError ? first.value : (first ?? null);
    }
    return v ?? null;
  }

  /** Charts of a sheet (recorded). */
  charts(sheet: string): ChartModel[] {
    return this.requireSheet(sheet).charts;
  }

  /** Conditional formats of a sheet (recorded). */
  conditionalFormats(sheet: string): ConditionalFormatModel[] {
    return this.requireSheet(sheet).conditionalFormats;
  }

  /** Data validation rules of a sheet (recorded). */
  dataValidations(sheet: string): DataValidationModel[] {
    return this.requireSheet(sheet).dataValidations;
  }

  /** A new id for a recorded object. */
  newObjectId(prefix: string): string {
    return `${prefix}${this.nextObjectId++}`;
  }

  /** Records a change to a recorded object (chart, format, rule) so listeners re-render. */
  markChanged(): void {
    this.touched();
  }

  /** Recalculates everything (`application.calculate(Full)`). */
  recalculate(): void {
    this.evaluate();
    this.hf.rebuildAndRecalculate();
    this.touched();
  }

  /** Restores the counters of a snapshot (used by restore). */
  setCounters(counters: { sheet: number; table: number; object: number }): void {
    this.nextSheetUid = counters.sheet;
    this.nextTableId = counters.table;
    this.nextObjectId = counters.object;
  }

  /** The counters to snapshot. */
  counters(): { sheet: number; table: number; object: number } {
    return { sheet: this.nextSheetUid, table: this.nextTableId, object: this.nextObjectId };
  }

  /** Inserts a table model as it was snapshotted (no cell writes). */
  restoreTable(table: TableModel): void {
    this.tableList.push(table);
  }

  /** Inserts a name as it was snapshotted. */
  restoreName(model: NameModel): void {
    try {
      this.hf.addNamedExpression(model.name, translateFormula(model.formula, this.formulaEnv(this.sheetList[0], 0, 0)).text);
    } catch {
      // A name whose reference no longer parses is kept as a record, as Excel keeps #REF! names.
    }
    this.nameList.push({ ...model });
  }

  /** Sets the active sheet and selection without events (used by restore). */
  restoreSelection(active: string, selection: SelectionChange): void {
    if (this.sheet(active)) this.active = this.sheet(active)!.name;
    if (this.sheet(selection.sheet)) this.selectionState = selection;
  }

  /** Whether a cell belongs to a table, and which. */
  tableAt(model: SheetModel, row: number, col: number): TableModel | undefined {
    return this.tableList.find((t) => t.sheetId === model.hfId && rectContains(t.range, row, col));
  }

  /** A column of a table by name, or undefined. */
  tableColumnIndex(table: TableModel, name: string): number {
    return columnIndexByName(table, name);
  }
}

function valueTypeOf(v: number | string | boolean | null | ExcelCellError): RangeValueType {
  if (v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  return "Error";
}
