import { readFileSync } from "fs";
import { join } from "path";
import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";
import * as salesFunctions from "@functions/functions";

/*
 * Some older Excel desktop builds send an empty cell to a custom function as 0 instead of null
 * (office-js #4702, #5262). docs/FUNCTIONS.md says which functions read a blank row differently
 * then; this test computes that list by calling every range-taking function on data with blank
 * rows, once as null and once as 0, so the documented list cannot drift from the code.
 */

installCustomFunctionsRuntime();

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const day = 45600;

/** Per wrapper: arguments holding blank rows (null) where a sheet would have empty cells. */
const cases: Record<string, unknown[]> = {
  ATTAINMENT: [col(100, null, 50), col(200, null, 100)],
  GAP: [col(200, null), col(100, null)],
  PACE: [col(50, null), col(100, null), day - 9, day, day],
  RUNRATE: [col(300, null), 3, null],
  GROWTH: [col(150, null), col(100, null)],
  SEASONINDEX: [col(...Array.from({ length: 24 }, (_, i) => (i === 5 ? null : 100 + (i % 12) * 10))), null],
  SPLIT: [100, col(1, null, 1), null],
  CONVERSION: [col("Won", null, "Lost"), null],
  WINRATE: [col("won", "lost", null), col(10, 20, null), null, null],
  FUNNEL: [col("Prospecting", "Proposal", null, "Won"), col("Prospecting", "Proposal", "Negotiation", "Won"), null],
  CYCLE: [col(day - 30, day - 20, null), col(day, null, day), col("won", "won", null), null],
  AVGDEAL: [col(100, null, 300), col("won", "won", null), null],
  WEIGHTED: [col(100, null, 300), col(0.5, null, 0.2), null],
  FORECAST: [col(100, null, 300), col("Commit", null, "Commit"), "Commit"],
  COVERAGE: [col(500, null), col(100, null)],
  ABC: [col(500, null, 100, 50), null, null],
  RFM: [col(day - 1, null, day - 100), col(8, null, 2), col(5000, null, 100), day, null],
  SEGMENT: [col("545", null), null],
  NEXTVISIT: [col(day, null, day), col("A", "B", null), null],
  NPS: [col(10, null, 3, 9)],
  CSAT: [col(5, null, 3, 4), null, null],
  // The second installment has an amount but no due date yet: skipped when blank, due in 1900 as 0.
  AGING: [col(day - 10, null, day - 100), col(100, 80, 200), col(0, null, 50), day, null],
  COLLECTRATE: [col(100, 80, 200), col(0, null, 50), col(day - 10, null, day - 100), day],
  SCORE: [[[100, null, 5]], [[100, 50, 5]], [[0.5, 0.3, 0.2]], null, null],
  RATING: [col(0.9, null, 0.5), null],
  TREND: [col(100, null, 120, 130)],
  COMMISSION: [
    1000,
    [
      [0, 0.05],
      [500, 0.1],
      [null, null],
    ],
    null,
    null,
  ],
};

const wrapperOf: Record<string, string> = {
  RUNRATE: "runRateFn",
  SEASONINDEX: "seasonIndexFn",
  WINRATE: "winRateFn",
  AVGDEAL: "avgDealFn",
  NEXTVISIT: "nextVisitFn",
  COLLECTRATE: "collectRateFn",
};

function outcome(id: string, args: unknown[]): string {
  const name = wrapperOf[id] ?? `${id.toLowerCase()}Fn`;
  const wrapper = (salesFunctions as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
  try {
    return JSON.stringify(wrapper(...args));
  } catch (error) {
    return `error ${(error as { code?: string }).code}`;
  }
}

const zeroed = (value: unknown): unknown => (Array.isArray(value) ? value.map(zeroed) : value === null ? 0 : value);

describe("blank cells sent as 0", () => {
  const notes = JSON.parse(readFileSync(join(__dirname, "..", "..", "docs", "function-notes.json"), "utf8")) as {
    conventions: { title: string; items: string[] }[];
  };
  const convention = notes.conventions.find((c) => c.title.startsWith("Blank cells sent as 0"));
  const named = (item: string) => [...item.matchAll(/SALES\.([A-Z]+)/g)].map((m) => m[1]).sort();

  it("reads each case's blank rows differently exactly for the functions the reference lists", () => {
    const sensitive = Object.entries(cases)
      .filter(
        ([id, args]) =>
          outcome(id, args) !==
          outcome(
            id,
            args.map((a) => (Array.isArray(a) ? zeroed(a) : a)),
          ),
      )
      .map(([id]) => id)
      .sort();
    const same = Object.keys(cases)
      .filter((id) => !sensitive.includes(id))
      .sort();
    expect(convention).toBeDefined();
    expect(named(convention!.items[2])).toEqual(sensitive);
    expect(named(convention!.items[1])).toEqual(same);
  });
});
