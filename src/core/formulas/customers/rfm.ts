import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { isEmpty } from "@core/cells/isEmpty";
import { dateAt, numberAt, scalarNumber } from "@core/cells/readCell";
import { ascendingOrder } from "@core/formulas/customers/ascendingOrder";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";

/** The three RFM scores of a customer, each 1 (worst) … bins (best). */
export type RfmScore = { readonly r: number; readonly f: number; readonly m: number };

/**
 * For each value, how many values are strictly smaller. Whole numbers in a span not much larger
 * than the list (days since purchase, purchase counts) are tallied per value and summed, which needs
 * no sort at all; anything else takes one stable sort and a walk in which a run of equal values
 * all take the position where the run starts.
 */
function strictlySmallerCounts(values: Float64Array): Uint32Array {
  const n = values.length;
  const counts = new Uint32Array(n);
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n && whole; i++) {
    const v = values[i];
    // `% 1` rather than Number.isInteger: a builtin call in a 10^6 loop is not inlined under Jest's
    // separate realm, and costs ten times the loop.
    whole = v % 1 === 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n > 0 && whole && max - min <= Math.max(4 * n, 1024)) {
    const below = new Uint32Array(max - min + 2);
    for (let i = 0; i < n; i++) below[values[i] - min + 1]++;
    for (let v = 1; v < below.length; v++) below[v] += below[v - 1];
    for (let i = 0; i < n; i++) counts[i] = below[values[i] - min];
    return counts;
  }
  const order = ascendingOrder(values);
  let runStart = 0;
  for (let p = 0; p < n; p++) {
    if (p > 0 && values[order[p]] !== values[order[p - 1]]) runStart = p;
    counts[order[p]] = runStart;
  }
  return counts;
}

/**
 * The RFM scores of rows whose three measures are all present, packed (n rows), as one number
 * per row: r × 100 + f × 10 + m (each score 1 … 9, so the decimal digits are the code).
 *
 * @param recent - −(days since the last purchase): higher is better, like the other two
 */
function scoreKeys(recent: Float64Array, frequency: Float64Array, monetary: Float64Array, bins: number): Uint16Array {
  const n = recent.length;
  const rWorse = strictlySmallerCounts(recent);
  const fWorse = strictlySmallerCounts(frequency);
  const mWorse = strictlySmallerCounts(monetary);
  const keys = new Uint16Array(n);
  // bins × worse ÷ n lies in [0, 9), so `| 0` is floor (without a builtin call per row).
  for (let k = 0; k < n; k++) {
    const r = 1 + (((bins * rWorse[k]) / n) | 0);
    const f = 1 + (((bins * fWorse[k]) / n) | 0);
    const m = 1 + (((bins * mWorse[k]) / n) | 0);
    keys[k] = (r * 10 + f) * 10 + m;
  }
  return keys;
}

function checkBins(bins: number): SalesError | undefined {
  if (Number.isInteger(bins) && bins >= 2 && bins <= 9) return undefined;
  return salesError("out-of-range", "outOfRange", { what: "bins", range: "2–9" });
}

/**
 * RFM scores by rank. For each measure, score = 1 + floor(bins × (rows strictly worse) ÷ n), with
 * n the rows where all three measures are present; ties therefore share a score, and scores lie
 * in 1 … bins. A purchase further back is worse for recency (recency = asOf − lastPurchase, fewer
 * days is better); a lower frequency or monetary value is worse. "Strictly worse" counts come
 * from a tally per value for whole numbers in a short span, else one sort per measure, so 10^6
 * rows take well under a second. This is the core the customer-tiering view reuses.
 *
 * @param lastPurchase - date serials of each customer's last purchase, null when unknown
 * @param frequency - purchases per customer, null when unknown
 * @param monetary - money spent per customer, null when unknown
 * @param asOf - the date serial recency is measured at; it shifts every recency alike, so it never changes a score
 * @param bins - the number of score levels, a whole number 2–9
 * @returns per row its scores, or null when a measure is missing; #NUM! when bins is outside 2–9
 *
 * @example
 * rfmScores([45300, 45290, null], [4, 1, 2], [900, 120, 50], 45310, 5)
 * //=> [{ r: 3, f: 3, m: 3 }, { r: 1, f: 1, m: 1 }, null]
 */
export function rfmScores(
  lastPurchase: readonly (number | null)[],
  frequency: readonly (number | null)[],
  monetary: readonly (number | null)[],
  asOf: number,
  bins = 5,
): Result<(RfmScore | null)[]> {
  const binsError = checkBins(bins);
  if (binsError) return binsError;
  const rows = lastPurchase.length;
  // The scored rows, packed in one pass, so each measure sorts as one typed array.
  const rowOf = new Uint32Array(rows);
  const recentAll = new Float64Array(rows);
  const freqAll = new Float64Array(rows);
  const moneyAll = new Float64Array(rows);
  let n = 0;
  for (let i = 0; i < rows; i++) {
    const lp = lastPurchase[i];
    const fr = frequency[i];
    const mo = monetary[i];
    if (lp === null || fr === null || mo === null) continue;
    rowOf[n] = i;
    // Fewer days since the last purchase is better, so −recency is a higher-is-better measure.
    recentAll[n] = -(asOf - lp);
    freqAll[n] = fr;
    moneyAll[n] = mo;
    n++;
  }
  const keys = scoreKeys(recentAll.subarray(0, n), freqAll.subarray(0, n), moneyAll.subarray(0, n), bins);
  // At most bins³ distinct results: sharing one frozen object per combination spares 10^6 allocations.
  const shared: RfmScore[] = [];
  const out: (RfmScore | null)[] = new Array(rows).fill(null);
  for (let k = 0; k < n; k++) {
    const key = keys[k];
    out[rowOf[k]] = shared[key] ??= Object.freeze({ r: (key / 100) | 0, f: ((key / 10) | 0) % 10, m: key % 10 });
  }
  return out;
}

/** One RFM measure read from a cell: null when empty, an error for the cell, or the value. */
type Measure = number | null | SalesError;

function readMeasure(cell: Cell, index: number, read: (cell: Cell, index: number) => number | SalesError): Measure {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  return isEmpty(cell) ? null : read(cell, index);
}

/** The code of a score key, such as "545", made once per key. */
const codeTexts: string[] = new Array<string>(1000);

/**
 * SALES.RFM: RFM codes such as "545", one per row, in one column. A row with any empty cell gives
 * "". A cell that is no date or number is #VALUE! in its row; a last purchase after as_of, or a
 * negative frequency, is #NUM! in its row. Such rows are left out of n, like empty ones.
 * bins must be a whole number: 5.5 levels is no count, so it is #NUM! rather than silently 5.
 *
 * Reads the three columns in place and packs the scored rows into typed arrays in one pass, so
 * 10^6 customers take a fraction of a second.
 *
 * @param lastPurchase - last purchase dates (serials or text dates)
 * @param frequency - number of purchases, the same size
 * @param monetary - money spent, the same size
 * @param asOf - the date recency is measured at (the wrapper passes today when omitted)
 * @param bins - score levels; null for 5
 * @returns a column of codes ("" or a per-row error where a row is not scored)
 *
 * @example
 * rfm([[45300], [45290]], [[4], [1]], [[900], [120]], 45310) //=> [["333"], ["111"]]
 */
export function rfm(
  lastPurchase: CellOrMatrix,
  frequency: CellOrMatrix,
  monetary: CellOrMatrix,
  asOf: Cell,
  bins: CellOrMatrix = null,
): Result<(string | SalesError)[][]> {
  const lp = asColumn(lastPurchase);
  const fr = asColumn(frequency);
  const mo = asColumn(monetary);
  const sizeError = sameSizeColumns(lp, fr, mo);
  if (sizeError) return sizeError;
  const asOfDate = isEmpty(asOf) ? undefined : dateAt(asOf, 0);
  if (asOfDate === undefined) return salesError("invalid-value", "missingArgument", { what: "as_of" });
  if (isSalesError(asOfDate)) return salesError("invalid-value", "argNotADate", { what: "as_of", value: String(asOf) });
  const binsArg = scalarNumber(bins, "bins");
  if (isSalesError(binsArg)) return binsArg;
  const binCount = binsArg ?? 5;
  const binsError = checkBins(binCount);
  if (binsError) return binsError;

  const rows = lp.length;
  const rowOf = new Uint32Array(rows);
  const recent = new Float64Array(rows);
  const freqs = new Float64Array(rows);
  const money = new Float64Array(rows);
  let rowErrors: Map<number, SalesError> | undefined;
  let n = 0;
  for (let i = 0; i < rows; i++) {
    const a = lp[i][0];
    const b = fr[i][0];
    const c = mo[i][0];
    let d: number;
    let f: number;
    let m: number;
    // x − x === 0 holds for finite numbers only (not NaN or ±Infinity), without a builtin call.
    if (
      typeof a === "number" &&
      typeof b === "number" &&
      typeof c === "number" &&
      a - a === 0 &&
      b - b === 0 &&
      c - c === 0
    ) {
      d = a;
      f = b;
      m = c;
    } else {
      const dm = readMeasure(a, i, dateAt);
      const fm = readMeasure(b, i, numberAt);
      const mm = readMeasure(c, i, numberAt);
      const bad = isSalesError(dm) ? dm : isSalesError(fm) ? fm : isSalesError(mm) ? mm : undefined;
      if (bad) {
        (rowErrors ??= new Map()).set(i, bad);
        continue;
      }
      // Not scored: the row shows "".
      if (dm === null || fm === null || mm === null) continue;
      d = dm as number;
      f = fm as number;
      m = mm as number;
    }
    if (d > asOfDate) {
      const what = `row ${i + 1}: last purchase`;
      (rowErrors ??= new Map()).set(i, salesError("out-of-range", "outOfRange", { what, range: "on or before as_of" }));
      continue;
    }
    if (f < 0) {
      (rowErrors ??= new Map()).set(i, salesError("out-of-range", "negative", { what: `row ${i + 1}: frequency` }));
      continue;
    }
    rowOf[n] = i;
    // Fewer days since the last purchase is better, so −recency is a higher-is-better measure.
    recent[n] = -(asOfDate - d);
    freqs[n] = f;
    money[n] = m;
    n++;
  }
  const keys = scoreKeys(recent.subarray(0, n), freqs.subarray(0, n), money.subarray(0, n), binCount);
  const keyOfRow = new Uint16Array(rows); // 0: not scored
  for (let k = 0; k < n; k++) keyOfRow[rowOf[k]] = keys[k];
  const out: (string | SalesError)[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const key = keyOfRow[i];
    if (key !== 0) out[i] = [(codeTexts[key] ??= String(key))];
    else out[i] = [rowErrors?.get(i) ?? ""];
  }
  return out;
}
