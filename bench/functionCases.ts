/**
 * One benchmark case per aggregate SALES function: the function as Excel calls it (the wrapper,
 * 2-D columns), a hand-written tight loop computing the same number from the same arrays (the
 * floor), and the nearest HyperFormula built-in over the same data (columns A–I, see `hfColumns`).
 */
import * as fns from "@functions/functions";
import { asExcelColumn, type DealsData } from "./dealsData";

export type FunctionCase = {
  id: string;
  sales: () => unknown;
  tight: () => unknown;
  /** The nearest built-in formula, or why there is none. */
  hyperformula: { formula: string } | { none: string };
};

/** The data as HyperFormula columns: A stage, B amount, C probability, D created, E closed, F category. */
export function hfColumns(d: DealsData): (number | string | null)[][] {
  return [d.stage, d.amount, d.probability, d.created, d.closed, d.category];
}

export function functionCases(d: DealsData): FunctionCase[] {
  const n = d.rows;
  const stage = asExcelColumn(d.stage);
  const amount = asExcelColumn(d.amount);
  const A = `A1:A${n}`;
  return [
    {
      id: "CONVERSION",
      sales: () => fns.conversionFn(stage),
      tight: () => {
        let filled = 0;
        let won = 0;
        for (let i = 0; i < n; i++) {
          const v = stage[i][0];
          if (v === null) continue;
          filled++;
          if (v === "Won") won++;
        }
        return won / filled;
      },
      hyperformula: { formula: `=COUNTIF(${A},"Won")/COUNTA(${A})` },
    },
    {
      id: "WINRATE",
      sales: () => fns.winRateFn(stage, amount),
      tight: () => {
        let won = 0;
        let closed = 0;
        for (let i = 0; i < n; i++) {
          const v = stage[i][0];
          if (v === "Won") {
            won += amount[i][0];
            closed += amount[i][0];
          } else if (v === "Lost") closed += amount[i][0];
        }
        return won / closed;
      },
      hyperformula: { formula: `=SUMIFS(B1:B${n},${A},"Won")/(SUMIFS(B1:B${n},${A},"Won")+SUMIFS(B1:B${n},${A},"Lost"))` },
    },
  ];
}
