import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { everyone, type OwnerFilter } from "@core/pipeline/pipelineScope";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { accuracy, forecastAccuracy } from "@core/pipeline/forecastHistory/forecastAccuracy";
import {
  forecastRecordings,
  forecastRecords,
  hasAutomaticSnapshot,
} from "@core/pipeline/forecastHistory/forecastRecords";
import { forecastSnapshot, periodName } from "@core/pipeline/forecastHistory/forecastSnapshot";
import { forecastTrend } from "@core/pipeline/forecastHistory/forecastTrend";
import { d, dealHeaders, historyTable, plainTable, stagesTable, tables, teamTable, today } from "../pipelineFixture";

const book = pipelineBook(tables, today);
const input = { deals: book.deals, stages: book.stages, team: tables.team, targets: tables.targets };
const quarter = calendarPeriod("quarter", today);

describe("forecastSnapshot", () => {
  // Hand-checked on the pipeline fixture (today 2026-11-28, a Saturday of 2026-W48; Q4 holds
  // D1–D5: Lee won 1000, lost 2000, Negotiation 5000; Wang won 3000, Proposal 4000).
  const rows = forecastSnapshot(input, today, false);

  it("has one row per rep of Team, for the quarter holding the day, named as Targets names it", () => {
    expect(rows.map((r) => [r.rep, r.team])).toEqual([
      ["Lee", "East"],
      ["Wang", "East"],
      ["Zhao", "North"],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({
        recordedOn: today,
        week: "2026-W48",
        period: "2026 Q4",
        periodStart: d(10, 1),
        periodEnd: d(12, 31),
        automatic: false,
      });
    }
  });

  it("holds the cumulative forecast, the weighted pipeline and the rep's Signed target", () => {
    // SALES.FORECAST's pipeline is what is still open (Pipeline + Best case + Commit), without Closed.
    expect(rows[0]).toMatchObject({ closed: 1000, commit: 6000, bestCase: 6000, pipeline: 5000, target: 4000 });
    expect(rows[0].weighted).toBeCloseTo(5000 * 0.75);
    expect(rows[1]).toMatchObject({ closed: 3000, commit: 3000, bestCase: 7000, pipeline: 4000, target: null });
    expect(rows[1].weighted).toBeCloseTo(4000 * 0.5);
    expect(rows[2]).toMatchObject({ closed: 0, commit: 0, bestCase: 0, pipeline: 0, weighted: 0, target: null });
  });

  it("names a quarter without a Targets row by its calendar quarter", () => {
    expect(periodName(calendarPeriod("quarter", d(14, 2)), tables.targets)).toBe("2027-Q1");
  });

  it("falls back to the deal owners without a Team table", () => {
    const owners = forecastSnapshot({ ...input, team: undefined }, today, true);
    expect(owners.map((r) => [r.rep, r.team, r.automatic])).toEqual([
      ["Lee", "", true],
      ["Wang", "", true],
      ["Zhao", "", true],
    ]);
  });
});

describe("forecast history", () => {
  const first = forecastSnapshot(input, d(11, 23), true);
  const second = forecastSnapshot(input, today, false);
  const third = forecastSnapshot(input, today, false).map((r) => (r.rep === "Lee" ? { ...r, closed: 6000 } : r));
  const table = historyTable([...first, ...second, ...third]);
  const recordings = forecastRecordings(forecastRecords(table));

  it("reads the table back into the records it was written from", () => {
    expect(forecastRecords(table)).toEqual([...first, ...second, ...third]);
    expect(forecastRecords(undefined)).toEqual([]);
  });

  it("keeps two recordings of one day apart: a rep coming again starts the next", () => {
    expect(recordings.map((r) => [r.recordedOn, r.automatic, r.records.length])).toEqual([
      [d(11, 23), true, 3],
      [today, false, 3],
      [today, false, 3],
    ]);
  });

  it("knows whether a week has its automatic snapshot (a manual one does not count)", () => {
    expect(hasAutomaticSnapshot(table, "2026-W48")).toBe(true);
    expect(hasAutomaticSnapshot(historyTable(second), "2026-W48")).toBe(false);
    expect(hasAutomaticSnapshot(table, "2026-W49")).toBe(false);
    expect(hasAutomaticSnapshot(undefined, "2026-W48")).toBe(false);
  });

  it("charts one point per recording, summed over the filter's scope", () => {
    const all = forecastTrend(recordings, everyone, quarter);
    expect(all.map((p) => [p.recordedOn, p.closed, p.commit, p.bestCase, p.target])).toEqual([
      [d(11, 23), 4000, 9000, 13000, 4000],
      [today, 4000, 9000, 13000, 4000],
      [today, 9000, 9000, 13000, 4000],
    ]);
    const lee = forecastTrend(recordings, { kind: "rep", name: " lee " }, quarter);
    expect(lee.map((p) => p.closed)).toEqual([1000, 1000, 6000]);
    const north = forecastTrend(recordings, { kind: "team", name: "North" }, quarter);
    expect(north.map((p) => p.target)).toEqual([null, null, null]);
    expect(forecastTrend(recordings, everyone, calendarPeriod("quarter", d(14, 2)))).toEqual([]);
  });

  it("measures accuracy as 1 − |forecast − actual| ÷ actual, at least 0", () => {
    expect(accuracy(90_000, 100_000)).toBeCloseTo(0.9);
    expect(accuracy(110_000, 100_000)).toBeCloseTo(0.9);
    expect(accuracy(250_000, 100_000)).toBe(0);
    expect(accuracy(5, 0)).toBeNull();
    expect(accuracy(null, 10)).toBeNull();
  });

  it("compares each recording's commit and weighted call with what was won in its period", () => {
    // Won in Q4: D1 1000 (Lee) + D3 3000 (Wang).
    const wang = forecastAccuracy(recordings, book.deals, { kind: "rep", name: "Wang" }, tables.team, today);
    expect(wang).toHaveLength(3);
    expect(wang[0]).toMatchObject({ period: "2026 Q4", ended: false, commit: 3000, actual: 3000, commitAccuracy: 1 });
    expect(wang[0].weightedAccuracy).toBeCloseTo(1 - 1000 / 3000);
    const all = forecastAccuracy(recordings, book.deals, everyone, tables.team, today);
    expect(all[2]).toMatchObject({ recordedOn: d(11, 23), actual: 4000, commit: 9000, commitAccuracy: 0 });
    expect(all[2].weightedAccuracy).toBeCloseTo(1 - 1750 / 4000);
    const after = forecastAccuracy(recordings, book.deals, everyone, tables.team, d(13, 5));
    expect(after.every((entry) => entry.ended)).toBe(true);
  });
});

describe("forecast history laws", () => {
  const stages = ["Won", "Lost", "Prospecting", "Needs analysis", "Proposal", "Negotiation", "Contract"];
  const reps = ["Lee", "Wang", "Zhao", "Qian"];
  const deal = fc.record({
    owner: fc.constantFrom(...reps),
    stage: fc.constantFrom(...stages),
    amount: fc.integer({ min: 0, max: 100_000 }),
    close: fc.integer({ min: -120, max: 120 }),
  });

  // SALES.FORECAST's pipeline leaves Closed out (what is still to close), so the chain ends at
  // closed + pipeline: every best-case deal is either closed or still open.
  it("closed ≤ commit ≤ best case ≤ closed + pipeline for every rep, and a team's series is the sum of its reps'", () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 30 }), fc.integer({ min: 0, max: 3 }), (deals, shift) => {
        const rows: Cell[][] = deals.map((x, i) => {
          const closed = x.stage === "Won" || x.stage === "Lost";
          const day = today + x.close;
          return [`D${i}`, "C", x.owner, x.stage, x.amount, d(6, 1), day, closed ? day : "", "", "", "", ""];
        });
        const dealsTable = plainTable("Deals", dealHeaders, rows);
        const read = pipelineBook({ deals: dealsTable, stages: stagesTable, team: teamTable }, today);
        const snap = (day: number, automatic: boolean) =>
          forecastSnapshot({ deals: read.deals, stages: read.stages, team: teamTable }, day, automatic);
        const records = [...snap(today - shift, true), ...snap(today, false)];
        for (const r of records) {
          expect(r.closed!).toBeLessThanOrEqual(r.commit!);
          expect(r.commit!).toBeLessThanOrEqual(r.bestCase!);
          expect(r.bestCase!).toBeLessThanOrEqual(r.closed! + r.pipeline!);
        }
        const recordings = forecastRecordings(forecastRecords(historyTable(records)));
        const series = (owner: OwnerFilter) => forecastTrend(recordings, owner, quarter);
        const east = series({ kind: "team", name: "East" });
        const lee = series({ kind: "rep", name: "Lee" });
        const wang = series({ kind: "rep", name: "Wang" });
        expect(east.map((p) => p.pipeline)).toEqual(lee.map((p, i) => p.pipeline! + wang[i].pipeline!));
        expect(east.map((p) => p.closed)).toEqual(lee.map((p, i) => p.closed! + wang[i].closed!));
      }),
      { numRuns: 60 },
    );
  });
});
