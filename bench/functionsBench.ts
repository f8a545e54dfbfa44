/**
 * The function section of `npm run bench`: each aggregate on 10^6 rows beside a tight loop, and
 * beside HyperFormula on the same data (at a row count HyperFormula can handle, with SALES timed
 * again at that count so the two are compared like for like).
 */
import { makeDeals } from "./dealsData";
import { functionCases, hfColumns, type FunctionCase } from "./functionCases";
import { HyperFormulaTimer } from "./hyperformulaTimer";
import { medianMs, ms } from "./measure";

export type FunctionBenchOptions = {
  /** Rows for SALES vs the tight loop (10^6 by default). */
  rows: number;
  /** Rows for HyperFormula's single-cell aggregates (COUNTIF, SUMIFS …); 0 skips HyperFormula. */
  hfRows: number;
  /** Rows for HyperFormula's per-row formulas (ABC, RFM: one formula per row, each scanning the column). */
  hfPerRowRows: number;
  /** Timed runs per measurement (the median is kept). */
  runs: number;
  /** Timed runs per HyperFormula measurement (fewer: each takes seconds). */
  hfRuns: number;
};

export type HfFigure = { rows: number; sales: number; hf: number; agrees: boolean; value: unknown };

export type FunctionRow = {
  id: string;
  call: string;
  sales: number;
  tight: number;
  agrees: boolean;
  hf?: HfFigure;
  note?: string;
};

/** Equal results: numbers to 1e-9 relative, arrays cell by cell; a 1 × 1 block is its cell. */
export function sameResult(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && a.length === 1 && Array.isArray(a[0]) && a[0].length === 1 && !Array.isArray(b))
    return sameResult(a[0][0], b);
  if (Array.isArray(b) && b.length === 1 && Array.isArray(b[0]) && b[0].length === 1 && !Array.isArray(a))
    return sameResult(a, b[0][0]);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameResult(x, b[i]));
  return a === b;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? text.slice(0, 57) + "..." : text;
}

export function runFunctionBench(options: FunctionBenchOptions, log: (line: string) => void): FunctionRow[] {
  const { rows, runs } = options;
  log(`Building ${rows.toLocaleString("en")} deals…`);
  const cases = functionCases(makeDeals(rows));
  const out: FunctionRow[] = [];
  for (const c of cases) {
    const run = c.setup();
    const sales = medianMs(run.sales, runs);
    const tight = medianMs(run.tight, runs);
    const agrees = sameResult(run.sales(), run.tight());
    out.push({ id: c.id, call: c.call, sales, tight, agrees });
    log(
      `  ${c.call}: SALES ${ms(sales)}, tight loop ${ms(tight)} (${(sales / tight).toFixed(2)}×)${agrees ? "" : " RESULTS DIFFER"}`,
    );
  }
  if (options.hfRows > 0) {
    hyperformulaFigures(out, options.hfRows, options.hfRuns, false, log);
    hyperformulaFigures(out, options.hfPerRowRows, options.hfRuns, true, log);
  }
  return out;
}

/** Times the cases whose HyperFormula plan is (or is not) per-row, on `hfRows` rows. */
function hyperformulaFigures(
  out: FunctionRow[],
  hfRows: number,
  runs: number,
  perRow: boolean,
  log: (line: string) => void,
): void {
  const data = makeDeals(hfRows);
  const cases = functionCases(data);
  const chosen = cases
    .map((c, i) => [c, i] as const)
    .filter(([c]) => "formulas" in c.hyperformula && (c.hyperformula.perRow ?? false) === perRow);
  for (const [i, c] of cases.entries()) if ("none" in c.hyperformula) out[i].note = c.hyperformula.none;
  if (chosen.length === 0) return;
  log(`Loading ${hfRows.toLocaleString("en")} deals into HyperFormula…`);
  const hf = new HyperFormulaTimer(hfColumns(data));
  try {
    for (const [c, i] of chosen) out[i].hf = timeHyperFormula(hf, c, hfRows, runs, log);
  } finally {
    hf.destroy();
  }
}

function timeHyperFormula(
  hf: HyperFormulaTimer,
  c: FunctionCase,
  hfRows: number,
  runs: number,
  log: (line: string) => void,
): HfFigure {
  if (!("formulas" in c.hyperformula)) throw new Error(`${c.id} has no HyperFormula plan`);
  const { ms: t, values } = hf.time(c.hyperformula.formulas(hfRows), runs);
  const run = c.setup();
  const sales = medianMs(run.sales, runs);
  const result = run.sales();
  const agrees = sameResult(result, values);
  log(
    `  ${c.call} on ${hfRows.toLocaleString("en")} rows: HyperFormula ${ms(t)}, SALES ${ms(sales)}${agrees ? "" : ` (HyperFormula gives ${show(values)})`}`,
  );
  return { rows: hfRows, sales, hf: t, agrees, value: values };
}

function rowsLabel(n: number): string {
  const power = Math.log10(n);
  return Number.isInteger(power) ? `10^${power}` : n.toLocaleString("en");
}

export function functionTable(rows: FunctionRow[], n: number): string {
  const lines = [
    `| call | SALES, ${rowsLabel(n)} rows | tight loop, ${rowsLabel(n)} rows | SALES ÷ loop | HyperFormula built-in (rows) | SALES, same rows | HyperFormula ÷ SALES | note |`,
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    const ratio = (r.sales / r.tight).toFixed(2) + "×";
    const notes = [
      r.agrees ? "" : "result differs from the loop",
      r.hf && !r.hf.agrees ? `HyperFormula gives ${show(r.hf.value)}` : "",
      r.note ?? "",
    ];
    const hf = r.hf ? `${ms(r.hf.hf)} (${rowsLabel(r.hf.rows)})` : "n/a";
    const hfSales = r.hf ? ms(r.hf.sales) : "n/a";
    const hfRatio = r.hf ? `${(r.hf.hf / r.hf.sales).toFixed(0)}×` : "n/a";
    lines.push(
      `| \`${r.call}\` | ${ms(r.sales)} | ${ms(r.tight)} | ${ratio} | ${hf} | ${hfSales} | ${hfRatio} | ${notes.filter(Boolean).join("; ")} |`,
    );
  }
  return lines.join("\n");
}
