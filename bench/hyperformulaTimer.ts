/**
 * Times HyperFormula computing a built-in formula over the same columns the SALES function reads.
 * The sheet is built once (not timed); each timed run writes the formula, which evaluates it.
 */
import { HyperFormula } from "hyperformula";
import { medianMs } from "./measure";

export type HfColumns = (number | string | null)[][]; // columns, each one value per row

export class HyperFormulaTimer {
  private readonly hf: HyperFormula;
  private readonly sheet: number;
  private readonly rows: number;

  constructor(columns: HfColumns) {
    this.rows = columns[0].length;
    const data: (number | string | null)[][] = new Array(this.rows);
    for (let r = 0; r < this.rows; r++) data[r] = columns.map((c) => c[r]);
    this.hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", maxRows: this.rows + 10 });
    this.sheet = 0;
  }

  /** Median time to evaluate `formula` (A1 references over the data), and its value. */
  time(formula: string, runs = 1): { ms: number; value: unknown } {
    const address = { sheet: this.sheet, row: 0, col: 26 };
    let value: unknown;
    const t = medianMs(() => {
      this.hf.setCellContents(address, [[null]]);
      this.hf.setCellContents(address, [[formula]]);
      value = this.hf.getCellValue(address);
    }, runs);
    return { ms: t, value };
  }

  destroy(): void {
    this.hf.destroy();
  }
}
