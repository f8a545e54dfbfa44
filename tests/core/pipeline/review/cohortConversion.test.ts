import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { cohortConversion, cohortRate } from "@core/pipeline/review/cohortConversion";
import { dealHistory } from "@core/pipeline/review/dealHistory";
import { plainTable } from "../pipelineFixture";
import { d, reviewTables, today } from "./reviewFixture";

describe("cohortConversion", () => {
  const book = pipelineBook(reviewTables, today);

  it("counts each deal once per stage and month it entered, and whether it went further or was won", () => {
    const { cohorts, unknown } = cohortConversion(book.history!, book.deals, book.stages, () => true, today);
    expect(cohorts.map((c) => [c.stage, `${c.year}-${c.month}`, c.entered, c.advanced, c.won])).toEqual([
      ["Prospecting", "2026-7", 1, 1, 1],
      ["Prospecting", "2026-8", 1, 1, 1],
      ["Prospecting", "2026-9", 1, 1, 0],
      ["Needs analysis", "2026-9", 1, 1, 0],
      ["Needs analysis", "2026-10", 1, 1, 0],
      // R1 went on to Won; R3, reopened into Proposal, has gone nowhere since.
      ["Proposal", "2026-8", 2, 1, 1],
      // R2 entered twice in September and October: stepped back, then no further.
      ["Proposal", "2026-9", 1, 0, 0],
      ["Proposal", "2026-10", 1, 0, 0],
    ]);
    expect(unknown).toBe(2);
  });

  it("sets this quarter's cohorts against last quarter's", () => {
    const { quarters } = cohortConversion(book.history!, book.deals, book.stages, () => true, today);
    expect(quarters[0]).toEqual({
      stage: "Prospecting",
      thisQuarter: { entered: 0, advanced: 0, won: 0 },
      lastQuarter: { entered: 3, advanced: 3, won: 2 },
    });
    expect(quarters[2]).toEqual({
      stage: "Proposal",
      thisQuarter: { entered: 1, advanced: 0, won: 0 },
      lastQuarter: { entered: 3, advanced: 1, won: 1 },
    });
    expect(cohortRate(1, 3)).toBeCloseTo(1 / 3);
    expect(cohortRate(0, 0)).toBeNull();
  });

  it("keeps every conversion within [0, 1] (property)", () => {
    const names = ["Prospecting", "Needs analysis", "Proposal", "Negotiation", "Contract", "Won", "Lost"];
    const change = fc.record({
      deal: fc.constantFrom("R1", "R2", "R3", "R4", "Z9"),
      to: fc.constantFrom(...names),
      on: fc.integer({ min: d(1, 1), max: d(12, 31) }),
      exact: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const rows: Cell[][] = changes.map((c) => [c.deal, "Stage", "", c.to, c.on, 1, c.exact]);
        const history = dealHistory(
          plainTable("DealHistory", ["DealID", "Field", "From", "To", "ChangedOn", "Amount", "Exact"], rows),
        )!;
        const result = cohortConversion(history, book.deals, book.stages, () => true, today);
        for (const cohort of [...result.cohorts, ...result.quarters.flatMap((q) => [q.thisQuarter, q.lastQuarter])]) {
          for (const part of [cohort.advanced, cohort.won]) {
            const rate = cohortRate(part, cohort.entered);
            if (rate !== null) {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
    );
  });
});
