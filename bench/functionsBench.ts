/** The function section of `npm run bench`: each aggregate on 10^6 rows vs a tight loop and HyperFormula. */
import { makeDeals } from "./dealsData";
import { functionCases, hfColumns } from "./functionCases";
import { HyperFormulaTimer } from "./hyperformulaTimer";
import { medianMs, ms } from "./measure";

export type FunctionRow = { id: string; sales: number; tight: number; hf?: number; hfNote?: string; agrees: boolean };

function sameNumber(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

export function runFunctionBench(rows: number, log: (line: string) => void): FunctionRow[] {
  log(`Building ${rows.toLocaleString("en")} deals…`);
  const data = makeDeals(rows);
  const cases = functionCases(data);
  const out: FunctionRow[] = [];
  for (const c of cases) {
    const sales = medianMs(c.sales);
    const tight = medianMs(c.tight);
    out.push({ id: c.id, sales, tight, agrees: sameNumber(c.sales(), c.tight()), hfNote: "none" in c.hyperformula ? c.hyperformula.none : undefined });
    log(`  ${c.id}: SALES ${ms(sales)}, tight loop ${ms(tight)}`);
  }
  log("Loading the same data into HyperFormula…");
  const hf = new HyperFormulaTimer(hfColumns(data));
  try {
    for (const [i, c] of cases.entries()) {
      if (!("formula" in c.hyperformula)) continue;
      const { ms: t, value } = hf.time(c.hyperformula.formula);
      out[i].hf = t;
      const sales = c.sales();
      if (typeof value === "number" && typeof sales === "number" && !sameNumber(value, sales) && !Array.isArray(sales)) {
        out[i].hfNote = `HyperFormula gives ${value}`;
      }
      log(`  ${c.id}: HyperFormula ${ms(t)}`);
    }
  } finally {
    hf.destroy();
  }
  return out;
}

export function functionTable(rows: FunctionRow[], n: number): string {
  const lines = [
    `| function (${n.toLocaleString("en")} rows) | SALES (as Excel calls it) | tight JS loop | ratio | HyperFormula built-in | note |`,
    "|---|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    const ratio = (r.sales / r.tight).toFixed(2) + "×";
    const note = [r.agrees ? "" : "result differs from loop", r.hfNote ?? ""].filter(Boolean).join("; ");
    lines.push(`| ${r.id} | ${ms(r.sales)} | ${ms(r.tight)} | ${ratio} | ${ms(r.hf)} | ${note} |`);
  }
  return lines.join("\n");
}
