/**
 * The calculation store: the HyperFormula engine that holds every cell, with Excel's settings
 * and the SALES.* and clock plugins, and the switch that holds recalculation during a batch.
 * It also keeps what Excel shows while it has not calculated yet:
 * - `suspendApiCalculationUntilNextSync()`: formulas written after it in the same request keep
 *   their old values ("it is the developer's responsibility to re-calc the workbook",
 *   javascript/api/excel/excel.application) until `application.calculate` or a later edit;
 * - `#BUSY!` (mode `busyCustomFunctions`): custom functions are asynchronous, so a SALES cell
 *   whose inputs changed in a request reads `#BUSY!` until that request ends
 *   (office/dev/add-ins/excel/custom-functions-troubleshooting).
 * Every engine read passes through `evaluate()`; cellReads asks `shownValue` first.
 */
import { HyperFormula, type FunctionPluginDefinition } from "hyperformula";
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import { createClockPlugin } from "../functions/clockPlugin";
import { createLazyIfPlugin } from "../functions/lazyIfPlugin";
import { createSalesPlugin, registerFunctionNames } from "../functions/salesPlugin";
import type { SalesFunctionsSource } from "../functions/salesFunctionsSource";
import type { SpillShapeRule } from "../functions/spillShape";
import type { CellRect } from "../address";
import { cellKey } from "../cellLayer";
import type { ExcelCellError } from "../functions/excelErrors";
import { createModes, type EmulatorModes } from "../modes";
import type { WorkbookEvents } from "./events";
import { useExcelCriteria } from "../functions/excelCriteria";

/** A value as reads return it (cellReads' RawValue). */
type ShownValue = number | string | boolean | null | ExcelCellError;

/** The most cells the `#BUSY!` dependency walk visits (beyond, the rest read as calculated). */
const BUSY_WALK_LIMIT = 200_000;

/** What the engine is built with. */
export type CalculationOptions = {
  functions?: SalesFunctionsSource;
  /** The clock TODAY() and NOW() read. */
  now?: () => Date;
  /** Spill-size rules for custom function ids beyond the catalogue's. */
  spillRules?: Readonly<Record<string, SpillShapeRule>>;
  /** The emulator's switchable behaviours (shared, mutable; defaults when absent). */
  modes?: EmulatorModes;
};

/** The engine and its recalculation state. */
export class Calculation {
  readonly hf: HyperFormula;
  /** `application.calculationMode` (recorded; the emulator always recalculates at sync). */
  calculationMode = "Automatic";
  /** How many times the add-in called `suspendApiCalculationUntilNextSync` (a batching hint tests can assert). */
  calculationSuspensions = 0;
  /** The emulator's modes (blank cells as 0, `#BUSY!`, table auto-fill). */
  readonly modes: EmulatorModes;
  private suspended = false;
  /** True from `suspendApiCalculationUntilNextSync` to the end of its request. */
  private apiSuspended = false;
  /** Old values of formula cells written while API calculation was suspended, by engine sheet. */
  private readonly stale = new Map<number, Map<number, ShownValue>>();
  /** Inside a request (between beginRequest and endRequest). */
  private inRequest = false;
  /** Cells written in the current request, while `#BUSY!` mode is on. */
  private busyWrites: { sheet: number; rect: CellRect }[] = [];
  /** SALES cells reading `#BUSY!` (sheet → cell keys), worked out at the first read after a write. */
  private busyCells: Map<number, Set<number>> | null = null;

  constructor(
    options: CalculationOptions,
    private readonly events: WorkbookEvents,
  ) {
    this.modes = options.modes ?? createModes();
    // IF short-circuits as in Excel (the engine evaluates both branches); listed after the engine's plugins, it replaces its IF.
    const plugins: FunctionPluginDefinition[] = [...HyperFormula.getAllFunctionPlugins(), createLazyIfPlugin()];
    if (options.now) plugins.push(createClockPlugin(options.now));
    if (options.functions) {
      const { plugin, names } = createSalesPlugin(options.functions, options.spillRules, this.modes);
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
    useExcelCriteria(this.hf);
  }

  /** Before engine writes: inside a batch, hold recalculation until the next read. */
  beginWrite(): void {
    if (this.events.batching && !this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /** Before engine reads: bring values up to date. */
  evaluate(): void {
    if (this.suspended) {
      this.suspended = false;
      this.hf.resumeEvaluation();
    }
  }

  /** Recalculates everything (`application.calculate(Full)`); stale values are replaced. */
  recalculate(): void {
    this.evaluate();
    this.hf.rebuildAndRecalculate();
    // A rebuild makes a new interpreter, with the engine's own criterion builder.
    useExcelCriteria(this.hf);
    this.stale.clear();
  }

  // ---------- requests: suspended API calculation and #BUSY! ----------

  /** A request starts applying its commands. */
  beginRequest(): void {
    this.inRequest = true;
    this.busyWrites = [];
    this.busyCells = null;
  }

  /** A request ended: suspension ends (stale values stay until recalculated), `#BUSY!` cells have their results. */
  endRequest(): void {
    this.inRequest = false;
    this.apiSuspended = false;
    this.busyWrites = [];
    this.busyCells = null;
  }

  /** `application.suspendApiCalculationUntilNextSync()`: formulas written from here to the end of the request stay stale. */
  suspendApiCalculation(): void {
    this.calculationSuspensions++;
    this.apiSuspended = this.modes.suspendCalculation;
  }

  /** Whether a formula written now keeps its old value. */
  get apiCalculationSuspended(): boolean {
    return this.apiSuspended;
  }

  /**
   * Before a block is written. While suspended, `oldValue` gives what each formula cell keeps
   * showing; otherwise the edit makes Excel recalculate, which ends every stale value.
   */
  cellsWriting(
    sheet: number,
    formulaCells: readonly [number, number][],
    oldValue: (row: number, col: number) => ShownValue,
  ): void {
    if (!this.apiSuspended) {
      this.stale.clear();
      return;
    }
    let cells = this.stale.get(sheet);
    if (!cells) this.stale.set(sheet, (cells = new Map()));
    for (const [row, col] of formulaCells) {
      const key = cellKey(row, col);
      if (!cells.has(key)) cells.set(key, oldValue(row, col));
    }
  }

  /** After a block is written: in `#BUSY!` mode, its dependents are recalculating. */
  cellsWritten(sheet: number, rect: CellRect): void {
    if (!this.inRequest || !this.modes.busyCustomFunctions) return;
    this.busyWrites.push({ sheet, rect });
    this.busyCells = null;
  }

  /** What a read shows instead of the engine's value (stale or `#BUSY!`), or undefined. */
  shownValue(sheet: number, row: number, col: number): { value: ShownValue } | undefined {
    const stale = this.stale.get(sheet);
    const key = cellKey(row, col);
    if (stale?.has(key)) return { value: stale.get(key) ?? null };
    if (this.busyWrites.length === 0) return undefined;
    if (!this.busyCells) this.busyCells = this.findBusyCells();
    return this.busyCells.get(sheet)?.has(key)
      ? { value: { code: "#BUSY!", message: "The custom function is still calculating." } }
      : undefined;
  }

  /** SALES formula cells written in this request or depending on a cell that was. */
  private findBusyCells(): Map<number, Set<number>> {
    this.evaluate();
    const busy = new Map<number, Set<number>>();
    const seen = new Set<string>();
    const queue: { sheet: number; row: number; col: number }[] = [];
    for (const { sheet, rect } of this.busyWrites)
      for (let row = rect.top; row <= rect.bottom && queue.length < BUSY_WALK_LIMIT; row++)
        for (let col = rect.left; col <= rect.right; col++) queue.push({ sheet, row, col });
    for (let i = 0; i < queue.length && i < BUSY_WALK_LIMIT; i++) {
      const cell = queue[i];
      const id = `${cell.sheet}:${cell.row}:${cell.col}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const formula = this.hf.getCellFormula(cell);
      if (formula && /\bSALES\./i.test(formula)) {
        let cells = busy.get(cell.sheet);
        if (!cells) busy.set(cell.sheet, (cells = new Set()));
        cells.add(cellKey(cell.row, cell.col));
      }
      for (const dep of this.hf.getCellDependents(cell)) {
        if ("start" in dep) {
          for (let row = dep.start.row; row <= dep.end.row; row++)
            for (let col = dep.start.col; col <= dep.end.col; col++) queue.push({ sheet: dep.start.sheet, row, col });
        } else queue.push(dep);
      }
    }
    return busy;
  }
}
