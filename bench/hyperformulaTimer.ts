/**
 * Times HyperFormula computing built-in formulas over the same columns the SALES function reads.
 * The sheet is built once (not timed); each timed run writes the formulas (which evaluates them)
 * and reads their values back. The block is cleared between runs, untimed.
 */
import { HyperFormula } from "hyperformula";
import { performance } from "node:perf_hooks";

export type HfColumns = (number | string | null)[][]; // columns, each one value per row

/** Where the formulas go: column AA, clear of the data columns. */
const FORMULA_COLUMN = 26;

export class HyperFormulaTimer {
  private readonly hf: HyperFormula;
  private readonly sheet = 0;
  readonly rows: number;

  constructor(columns: HfColumns) {
    this.rows = columns[0].length;
    const data: (number | string | null)[][] = new Array(this.rows);
    for (let r = 0; r < this.rows; r++) data[r] = columns.map((c) => c[r]);
    this.hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", maxRows: this.rows + 10 });
  }

  /** Median time (ms) to evaluate a block of formulas written at AA1, and their values. */
  time(formulas: string[][], runs = 1): { ms: number; values: unknown[][] } {
    const start = { sheet: this.sheet, row: 0, col: FORMULA_COLUMN };
    const end = { sheet: this.sheet, row: formulas.length - 1, col: FORMULA_COLUMN + formulas[0].length - 1 };
    const blank = formulas.map((row) => row.map(() => null));
    const times: number[] = [];
    let values: unknown[][] = [];
    for (let i = 0; i < runs; i++) {
      this.hf.setCellContents(start, blank);
      const t0 = performance.now();
      this.hf.setCellContents(start, formulas);
      values = this.hf.getRangeValues({ start, end });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], values };
  }

  destroy(): void {
    this.hf.destroy();
  }
}
