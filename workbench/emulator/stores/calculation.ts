/**
 * The calculation store: the HyperFormula engine that holds every cell, with Excel's settings
 * and the SALES.* and clock plugins, and the switch that holds recalculation during a batch.
 * Calculation modes and suspension (`application.calculationMode`,
 * `suspendApiCalculationUntilNextSync`) are recorded here; this is where a suspended or
 * manual calculation belongs.
 */
import { HyperFormula, type FunctionPluginDefinition } from "hyperformula";
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import { createClockPlugin } from "../functions/clockPlugin";
import { createSalesPlugin, registerFunctionNames } from "../functions/salesPlugin";
import type { SalesFunctionsSource } from "../functions/salesFunctionsSource";
import type { SpillShapeRule } from "../functions/spillShape";
import type { WorkbookEvents } from "./events";

/** What the engine is built with. */
export type CalculationOptions = {
  functions?: SalesFunctionsSource;
  /** The clock TODAY() and NOW() read. */
  now?: () => Date;
  /** Spill-size rules for custom function ids beyond the catalogue's. */
  spillRules?: Readonly<Record<string, SpillShapeRule>>;
};

/** The engine and its recalculation state. */
export class Calculation {
  readonly hf: HyperFormula;
  /** `application.calculationMode` (recorded; the emulator always recalculates at sync). */
  calculationMode = "Automatic";
  /** How many times the add-in called `suspendApiCalculationUntilNextSync` (a batching hint tests can assert). */
  calculationSuspensions = 0;
  private suspended = false;

  constructor(
    options: CalculationOptions,
    private readonly events: WorkbookEvents,
  ) {
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

  /** Recalculates everything (`application.calculate(Full)`). */
  recalculate(): void {
    this.evaluate();
    this.hf.rebuildAndRecalculate();
  }
}
