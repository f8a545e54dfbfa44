/**
 * One benchmark case per aggregate SALES function: the function as Excel calls it (the wrapper,
 * 2-D columns), a hand-written tight loop computing the same result from the same arrays (the
 * floor), and the nearest HyperFormula built-in over the same data (columns A–I, see `hfColumns`).
 */
import * as fns from "@functions/functions";
import { asExcelColumn, STAGES, type DealsData } from "./dealsData";

/**
 * The nearest built-in: formulas written at AA1 (a block, one row per data row when `perRow`),
 * built for a sheet of `rows` data rows (HyperFormula 3.5 has AVERAGEIF but no AVERAGEIFS).
 * Per-row formulas each scan the data (O(n²)), so they are timed on fewer rows. `none` says why
 * no built-in comes near.
 */
export type HfPlan = { formulas: (rows: number) => string[][]; perRow?: boolean } | { none: string };

/** The two ways of computing one result, over the same 2-D columns. */
export type Contenders = {
  /** The SALES function as Excel calls it (the wrapper). */
  sales: () => unknown;
  /** The hand-written tight loop: the floor. */
  tight: () => unknown;
};

export type FunctionCase = {
  id: string;
  /** What the call looks like, for the table. */
  call: string;
  /**
   * Builds the case's columns as Excel passes them and returns the two contenders over them.
   * Built per case, so only one case's columns are on the heap at a time: a heap holding every
   * column (hundreds of MB) would make each garbage collection, and so each timing, slower.
   */
  setup: () => Contenders;
  hyperformula: HfPlan;
};

/** The data as HyperFormula columns: A stage, B amount, C probability, D created, E closed, F category, G last purchase, H frequency, I received. */
export function hfColumns(d: DealsData): (number | string | null)[][] {
  return [
    d.stage,
    d.amount,
    d.probability,
    d.created,
    d.closed,
    d.category,
    d.lastPurchase,
    d.frequency,
    receivedOf(d),
  ];
}

/** The open stages in order (the funnel's stage_order); Won and Lost close a deal. */
export const OPEN_STAGES = STAGES.slice(0, 5);
/** The Stages table of WEIGHTED's stage_table: every stage with its probability. */
export const STAGE_PROBABILITY: readonly [string, number][] = [
  ["Prospecting", 0.1],
  ["Needs analysis", 0.25],
  ["Proposal", 0.5],
  ["Negotiation", 0.75],
  ["Contract", 0.9],
  ["Won", 1],
  ["Lost", 0],
];
/** RFM's as_of: the day after the last purchase date in the data. */
export const AS_OF = 44927 + 700;

/** Count of values in an ascending array strictly below `value`. */
function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Count of values in an ascending array strictly above `value`. */
function countAbove(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

type ColumnKey = Exclude<keyof DealsData, "rows">;

/** The received column of the collections cases: amount × probability, rounded to whole money. */
function receivedOf(d: DealsData): number[] {
  return d.amount.map((amount, i) => Math.round(amount * d.probability[i]));
}

function receivedColumn(d: DealsData): number[][] {
  return asExcelColumn(receivedOf(d));
}

export function functionCases(d: DealsData): FunctionCase[] {
  const n = d.rows;
  const column = <K extends ColumnKey>(key: K) =>
    asExcelColumn<DealsData[K][number]>(d[key] as readonly DealsData[K][number][]);
  const stageTable = JSON.parse(JSON.stringify(STAGE_PROBABILITY)) as [string, number][];
  const stageOrder = JSON.parse(JSON.stringify([OPEN_STAGES])) as string[][];
  const col = (letter: string, rows: number) => `${letter}1:${letter}${rows}`;
  return [
    {
      id: "CONVERSION",
      call: "CONVERSION(stage)",
      setup: () => {
        const stage = column("stage");
        return {
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
        };
      },
      hyperformula: { formulas: (m) => [[`=COUNTIF(${col("A", m)},"Won")/COUNTA(${col("A", m)})`]] },
    },
    {
      id: "WINRATE",
      call: "WINRATE(stage, amount)",
      setup: () => {
        const stage = column("stage");
        const amount = column("amount");
        return {
          sales: () => fns.winRateFn(stage, amount),
          tight: () => {
            let won = 0;
            let closedTotal = 0;
            for (let i = 0; i < n; i++) {
              const v = stage[i][0];
              if (v === "Won") {
                won += amount[i][0];
                closedTotal += amount[i][0];
              } else if (v === "Lost") closedTotal += amount[i][0];
            }
            return won / closedTotal;
          },
        };
      },
      hyperformula: {
        formulas: (m) => {
          const [a, b] = [col("A", m), col("B", m)];
          return [[`=SUMIFS(${b},${a},"Won")/(SUMIFS(${b},${a},"Won")+SUMIFS(${b},${a},"Lost"))`]];
        },
      },
    },
    {
      id: "WEIGHTED",
      call: "WEIGHTED(amount, probability)",
      setup: () => {
        const amount = column("amount");
        const probability = column("probability");
        return {
          sales: () => fns.weightedFn(amount, probability),
          tight: () => {
            let total = 0;
            for (let i = 0; i < n; i++) total += amount[i][0] * probability[i][0];
            return total;
          },
        };
      },
      hyperformula: { formulas: (m) => [[`=SUMPRODUCT(${col("B", m)},${col("C", m)})`]] },
    },
    {
      id: "WEIGHTED",
      call: "WEIGHTED(amount, stage, stage_table)",
      setup: () => {
        const amount = column("amount");
        const stage = column("stage");
        return {
          sales: () => fns.weightedFn(amount, stage, stageTable),
          tight: () => {
            const open = new Map(STAGE_PROBABILITY.slice(0, 5));
            let total = 0;
            for (let i = 0; i < n; i++) {
              const v = stage[i][0];
              if (v === null) continue;
              const p = open.get(v);
              if (p !== undefined) total += amount[i][0] * p;
            }
            return total;
          },
        };
      },
      hyperformula: {
        formulas: (m) => [
          [
            "=" +
              STAGE_PROBABILITY.slice(0, 5)
                .map(([s, p]) => `SUMIF(${col("A", m)},"${s}",${col("B", m)})*${p}`)
                .join("+"),
          ],
        ],
      },
    },
    {
      id: "CYCLE",
      call: "CYCLE(created, closed, stage)",
      setup: () => {
        const created = column("created");
        const closed = column("closed");
        const stage = column("stage");
        return {
          sales: () => fns.cycleFn(created, closed, stage),
          tight: () => {
            let days = 0;
            let rows = 0;
            for (let i = 0; i < n; i++) {
              if (stage[i][0] !== "Won") continue;
              const to = closed[i][0];
              if (to === null) continue;
              days += to - created[i][0];
              rows++;
            }
            return days / rows;
          },
        };
      },
      hyperformula: {
        formulas: (m) => [
          [`=AVERAGEIF(${col("A", m)},"Won",${col("E", m)})-AVERAGEIF(${col("A", m)},"Won",${col("D", m)})`],
        ],
      },
    },
    {
      id: "AVGDEAL",
      call: "AVGDEAL(amount, stage)",
      setup: () => {
        const amount = column("amount");
        const stage = column("stage");
        return {
          sales: () => fns.avgDealFn(amount, stage),
          tight: () => {
            let total = 0;
            let rows = 0;
            for (let i = 0; i < n; i++) {
              if (stage[i][0] !== "Won") continue;
              total += amount[i][0];
              rows++;
            }
            return total / rows;
          },
        };
      },
      hyperformula: { formulas: (m) => [[`=AVERAGEIF(${col("A", m)},"Won",${col("B", m)})`]] },
    },
    {
      id: "FORECAST",
      call: 'FORECAST(amount, category, "commit")',
      setup: () => {
        const amount = column("amount");
        const category = column("category");
        return {
          sales: () => fns.forecastFn(amount, category, "commit"),
          tight: () => {
            let total = 0;
            for (let i = 0; i < n; i++) {
              const c = category[i][0];
              if (c === "Commit" || c === "Closed") total += amount[i][0];
            }
            return total;
          },
        };
      },
      hyperformula: {
        formulas: (m) => [
          [`=SUMIFS(${col("B", m)},${col("F", m)},"Commit")+SUMIFS(${col("B", m)},${col("F", m)},"Closed")`],
        ],
      },
    },
    {
      id: "FUNNEL",
      call: "FUNNEL(stage, stage_order)",
      setup: () => {
        const stage = column("stage");
        return {
          sales: () => fns.funnelFn(stage, stageOrder),
          tight: () => {
            const k = OPEN_STAGES.length;
            const position = new Map<string, number>(OPEN_STAGES.map((s, i) => [s, i]));
            const reached = new Float64Array(k);
            for (let i = 0; i < n; i++) {
              const v = stage[i][0];
              if (v === null) continue;
              if (v === "Won") reached[k - 1]++;
              else if (v === "Lost") reached[0]++;
              else reached[position.get(v)!]++;
            }
            for (let i = k - 2; i >= 0; i--) reached[i] += reached[i + 1];
            const out: number[][] = [];
            for (let i = 0; i < k; i++)
              out.push(
                i === 0 ? [reached[0], 1, 1] : [reached[i], reached[i] / reached[i - 1], reached[i] / reached[0]],
              );
            return out;
          },
        };
      },
      hyperformula: {
        // The funnel as a sheet builds it: a COUNTIF per label reaching each stage, then the two ratios.
        formulas: (m) =>
          OPEN_STAGES.map((_, k) => {
            const labels = [...OPEN_STAGES.slice(k), "Won", ...(k === 0 ? ["Lost"] : [])];
            const count = "=" + labels.map((s) => `COUNTIF(${col("A", m)},"${s}")`).join("+");
            return k === 0 ? [count, "=1", "=1"] : [count, `=AA${k + 1}/AA${k}`, `=AA${k + 1}/AA$1`];
          }),
      },
    },
    {
      id: "ABC",
      call: "ABC(amount)",
      setup: () => {
        const amount = column("amount");
        return {
          sales: () => fns.abcFn(amount),
          tight: () => {
            const values = new Float64Array(n);
            for (let i = 0; i < n; i++) values[i] = amount[i][0];
            const sorted = values.slice().sort();
            let total = 0;
            for (let i = n - 1; i >= 0; i--) total += sorted[i];
            // How many ranks (high to low) are A and B: the share before a rank decides its class.
            let aRanks = 0;
            let bRanks = 0;
            let before = 0;
            for (let i = n - 1; i >= 0 && before / total < 0.95; i--) {
              if (before / total < 0.8) aRanks++;
              bRanks++;
              before += sorted[i];
            }
            // The value at each boundary, and how many of its ties (in sheet order) rank inside.
            const aEdge = sorted[n - aRanks];
            const bEdge = sorted[n - bRanks];
            let aQuota = aRanks - countAbove(sorted, aEdge);
            let bQuota = bRanks - countAbove(sorted, bEdge);
            const out: string[][] = new Array(n);
            for (let i = 0; i < n; i++) {
              const v = values[i];
              const a = v > aEdge || (v === aEdge && aQuota-- > 0);
              const b = v > bEdge || (v === bEdge && bQuota-- > 0);
              out[i] = [a ? "A" : b ? "B" : "C"];
            }
            return out;
          },
        };
      },
      hyperformula: {
        // Per row: the share of the total ranked before it (larger values, then equal ones above it).
        perRow: true,
        formulas: (m) => {
          const b = `B$1:B$${m}`;
          const rows: string[][] = [];
          for (let r = 1; r <= m; r++) {
            const share = `(SUMIF(${b},">"&B${r})+B${r}*(COUNTIF(B$1:B${r},B${r})-1))/SUM(${b})`;
            rows.push([`=IF(${share}<0.8,"A",IF(${share}<0.95,"B","C"))`]);
          }
          return rows;
        },
      },
    },
    {
      id: "AGING",
      call: "AGING(closed, amount, received, as_of)",
      setup: () => {
        // Closed dates as due dates (blank on open deals, which are skipped), amounts as due, and
        // amount × probability (whole money) as received, so rows run from unpaid to fully paid.
        const due = column("closed");
        const amount = column("amount");
        const received = receivedColumn(d);
        return {
          sales: () => fns.agingFn(due, amount, received, AS_OF),
          tight: () => {
            const buckets = [0, 0, 0, 0, 0];
            for (let i = 0; i < n; i++) {
              const date = due[i][0];
              if (date === null) continue;
              const owed = amount[i][0] - received[i][0];
              if (owed <= 0) continue;
              const age = AS_OF - date;
              buckets[age <= 0 ? 0 : age <= 30 ? 1 : age <= 60 ? 2 : age <= 90 ? 3 : 4] += owed;
            }
            return buckets.map((b) => [b]);
          },
        };
      },
      hyperformula: {
        // Received never exceeds the amount here (probability ≤ 1), so outstanding is Σ amount − Σ received.
        formulas: (m) => {
          const [b, e, i] = [col("B", m), col("E", m), col("I", m)];
          const owed = (criteria: string) => `SUMIFS(${b},${e},${criteria})-SUMIFS(${i},${e},${criteria})`;
          const from = (days: number) => `">="&${AS_OF - days}`;
          const before = (days: number) => `"<"&${AS_OF - days}`;
          return [
            [`=${owed(from(0))}`],
            [`=${owed(`${before(0)},${e},${from(30)}`)}`],
            [`=${owed(`${before(30)},${e},${from(60)}`)}`],
            [`=${owed(`${before(60)},${e},${from(90)}`)}`],
            [`=${owed(before(90))}`],
          ];
        },
      },
    },
    {
      id: "COLLECTRATE",
      call: "COLLECTRATE(amount, received, closed, as_of)",
      setup: () => {
        const due = column("closed");
        const amount = column("amount");
        const received = receivedColumn(d);
        return {
          sales: () => fns.collectRateFn(amount, received, due, AS_OF),
          tight: () => {
            let owed = 0;
            let got = 0;
            for (let i = 0; i < n; i++) {
              const date = due[i][0];
              if (date === null || date > AS_OF) continue;
              owed += amount[i][0];
              got += Math.min(received[i][0], amount[i][0]);
            }
            return got / owed;
          },
        };
      },
      hyperformula: {
        formulas: (m) => {
          const [b, e, i] = [col("B", m), col("E", m), col("I", m)];
          return [[`=SUMIFS(${i},${e},"<="&${AS_OF})/SUMIFS(${b},${e},"<="&${AS_OF})`]];
        },
      },
    },
    {
      id: "RFM",
      call: "RFM(last_purchase, frequency, amount, as_of)",
      setup: () => {
        const lastPurchase = column("lastPurchase");
        const frequency = column("frequency");
        const amount = column("amount");
        return {
          sales: () => fns.rfmFn(lastPurchase, frequency, amount, AS_OF),
          tight: () => {
            const columns = [lastPurchase, frequency, amount];
            const scores = columns.map((column) => {
              const values = new Float64Array(n);
              for (let i = 0; i < n; i++) values[i] = column[i][0];
              const sorted = values.slice().sort();
              const score = new Uint8Array(n);
              for (let i = 0; i < n; i++) score[i] = 1 + Math.floor((5 * countBelow(sorted, values[i])) / n);
              return score;
            });
            const codes: string[] = new Array<string>(1000);
            const out: string[][] = new Array(n);
            for (let i = 0; i < n; i++) {
              const key = scores[0][i] * 100 + scores[1][i] * 10 + scores[2][i];
              out[i] = [(codes[key] ??= String(key))];
            }
            return out;
          },
        };
      },
      hyperformula: {
        // Per row: 1 + INT(5 × rows strictly worse ÷ n) for each measure, joined.
        perRow: true,
        formulas: (m) => {
          const score = (letter: string, r: number) =>
            `(1+INT(5*COUNTIF(${letter}$1:${letter}$${m},"<"&${letter}${r})/${m}))`;
          const rows: string[][] = [];
          for (let r = 1; r <= m; r++) rows.push([`=${score("G", r)}&${score("H", r)}&${score("B", r)}`]);
          return rows;
        },
      },
    },
  ];
}
