import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { pipelineStages } from "@core/pipeline/pipelineStages";
import { daysInStage } from "@core/pipeline/review/daysInStage";
import { dealHistory } from "@core/pipeline/review/dealHistory";
import { slowerSteps, previousPeriod } from "@core/pipeline/review/slowerSteps";
import { stageIntervals } from "@core/pipeline/review/stageIntervals";
import { plainTable, stagesTable } from "../pipelineFixture";
import { d, historyTable } from "./reviewFixture";

const stages = pipelineStages(stagesTable);
const history = dealHistory(historyTable)!;
const everyDeal = () => true;

describe("stageIntervals", () => {
  it("cuts each deal's path into stays, a skip, a step back and a reopening included", () => {
    const stays = stageIntervals(history, everyDeal);
    const of = (deal: string) => stays.filter((stay) => stay.dealId === deal).map((s) => [s.stage, s.end - s.start]);
    expect(of("R1")).toEqual([
      ["prospecting", 10],
      ["proposal", 30],
    ]);
    expect(of("R2")).toEqual([
      ["prospecting", 4],
      ["needs analysis", 10],
      ["proposal", 16],
      ["needs analysis", 10],
    ]);
    expect(of("R3")).toEqual([
      ["prospecting", 20],
      ["won", 11],
    ]);
  });

  it("marks stays bounded by an inexact change or begun before the history as unknown", () => {
    const stays = stageIntervals(history, everyDeal);
    expect(stays.filter((stay) => stay.dealId === "R4")).toEqual([
      { dealId: "R4", stage: "prospecting", start: d(6, 1), end: d(10, 20), known: false },
    ]);
    const r5 = stays.filter((stay) => stay.dealId === "R5");
    expect(r5).toHaveLength(1);
    expect(r5[0]).toMatchObject({ stage: "needs analysis", end: d(10, 1), known: false });
    expect(r5[0].start).toBeNaN();
  });
});

describe("daysInStage", () => {
  it("averages the known stays of each stage a deal moves through, counting unknown ones apart", () => {
    const days = daysInStage(stageIntervals(history, everyDeal), stages, null);
    expect(days[0]).toEqual({ stage: "Prospecting", intervals: 3, average: 34 / 3, median: 10, unknown: 1 });
    expect(days[1]).toEqual({ stage: "Needs analysis", intervals: 2, average: 10, median: 10, unknown: 1 });
    expect(days[2]).toEqual({ stage: "Proposal", intervals: 2, average: 23, median: 23, unknown: 0 });
    expect(days[3]).toEqual({ stage: "Negotiation", intervals: 0, average: null, median: null, unknown: 0 });
    // Time in Won before R3 reopened is no step of the process.
    expect(days.map((stage) => stage.stage)).not.toContain("Won");
  });

  it("takes the stays that ended in a period", () => {
    const days = daysInStage(stageIntervals(history, everyDeal), stages, { start: d(9, 1), end: d(9, 30) });
    expect(days.map((stage) => stage.intervals)).toEqual([1, 1, 1, 0, 0]);
    expect(days[2].average).toBe(30);
  });

  it("never gives negative days, and counts every stay once (property)", () => {
    const names = ["Prospecting", "Needs analysis", "Proposal", "Negotiation", "Contract", "Won", "Lost"];
    const change = fc.record({
      deal: fc.integer({ min: 1, max: 5 }),
      to: fc.constantFrom(...names),
      on: fc.integer({ min: d(1, 1), max: d(12, 31) }),
      exact: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
        const rows: Cell[][] = changes.map((c) => [`X${c.deal}`, "Stage", "", c.to, c.on, 100, c.exact]);
        const read = dealHistory(
          plainTable("DealHistory", ["DealID", "Field", "From", "To", "ChangedOn", "Amount", "Exact"], rows),
        )!;
        const stays = stageIntervals(read, everyDeal);
        expect(stays).toHaveLength(changes.length - read.byDeal.size);
        for (const stay of stays) expect(stay.end - stay.start).toBeGreaterThanOrEqual(0);
        const days = daysInStage(stays, stages, null);
        const counted = days.reduce((sum, stage) => sum + stage.intervals + stage.unknown, 0);
        const inReviewStages = stays.filter((stay) => !["won", "lost"].includes(stay.stage)).length;
        expect(counted).toBe(inReviewStages);
      }),
    );
  });
});

describe("slowerSteps", () => {
  it("compares a period with the one of the same length before it, where both have enough stays", () => {
    const stays = stageIntervals(history, everyDeal);
    const september = { start: d(9, 1), end: d(9, 30) };
    expect(previousPeriod(september)).toEqual({ start: d(8, 2), end: d(8, 31) });
    const one = slowerSteps(stays, stages, september, 1);
    expect(one.steps).toEqual([
      {
        stage: "Prospecting",
        current: { stage: "Prospecting", intervals: 1, average: 4, median: 4, unknown: 0 },
        previous: { stage: "Prospecting", intervals: 1, average: 10, median: 10, unknown: 0 },
        change: -6,
      },
    ]);
    expect(one.thin).toEqual(["Needs analysis", "Proposal", "Negotiation", "Contract"]);
    const three = slowerSteps(stays, stages, september);
    expect(three.minIntervals).toBe(3);
    expect(three.steps).toEqual([]);
  });
});
