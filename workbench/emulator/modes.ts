/**
 * Emulator modes: Excel behaviours that depend on a user option or an Excel build rather than on
 * the platform (see profiles.ts for those). They are mutable so the workbench page and a test
 * can switch them on a running emulator; the stores read them at the moment they act.
 * Sources: /work/shared/docs/EXCEL.md and the emulator README.
 */

/** The switchable behaviours. */
export type EmulatorModes = {
  /**
   * Excel's AutoCorrect option "Fill formulas in tables to create calculated columns" (on by
   * default). On: new table rows get the column's formula, and a formula written into part of a
   * table column is filled over the rest of it (office-js #2093, #5909). Off: nothing is filled.
   */
  tableAutoFill: boolean;
  /**
   * Excel's AutoCorrect option "Include new rows and columns in table" (`AutoExpandListRange`, on
   * by default): typing or pasting into the empty row right below a table makes it a table row.
   * Off: the typed row stays outside the table.
   */
  tableAutoExpand: boolean;
  /**
   * Custom functions are asynchronous in Excel: a SALES cell whose inputs changed in a sync reads
   * `#BUSY!` in that same sync (custom-functions-troubleshooting). Off by default.
   */
  busyCustomFunctions: boolean;
  /** Empty cells reach custom functions as `0`, as some desktop builds send them (excel-add-ins-blank-null-values). Off by default. */
  blankCellsAsZero: boolean;
  /**
   * `suspendApiCalculationUntilNextSync` really suspends: formulas written after it in its request
   * keep their old values until `application.calculate` or a later edit. Off, it is only counted.
   * On when the emulator is created with an explicit platform, off without one (see index.ts).
   */
  suspendCalculation: boolean;
  /**
   * On the web profile, each response counts against the payload limit as each request does.
   * On when the emulator is created with an explicit platform, off without one (see index.ts).
   */
  limitResponses: boolean;
  /**
   * Chart types this Excel refuses: `charts.add` of one fails its sync with `InvalidArgument`, as
   * newer chart types (Funnel, Waterfall …) may on builds or platforms that handle them
   * inconsistently. Empty by default (every type is recorded).
   */
  unsupportedChartTypes: readonly string[];
};

/** Excel's defaults: auto-fill on, results synchronous, blanks as `null`, suspension and response limit modelled. */
export const DEFAULT_MODES: Readonly<EmulatorModes> = {
  tableAutoFill: true,
  tableAutoExpand: true,
  busyCustomFunctions: false,
  blankCellsAsZero: false,
  suspendCalculation: true,
  limitResponses: true,
  unsupportedChartTypes: [],
};

/**
 * The lenient defaults of an emulator created without a platform: what the emulator did before
 * it modelled suspended calculation and response sizes, so older tests keep their meaning.
 */
export const LENIENT_MODES: Readonly<EmulatorModes> = {
  ...DEFAULT_MODES,
  suspendCalculation: false,
  limitResponses: false,
};

/**
 * A mutable set of modes: the defaults (Excel's, or the lenient ones) with the given ones over them.
 *
 * @example
 * createModes({ tableAutoFill: false }).tableAutoFill //=> false
 */
export function createModes(
  modes: Partial<EmulatorModes> = {},
  base: Readonly<EmulatorModes> = DEFAULT_MODES,
): EmulatorModes {
  return { ...base, ...modes };
}
