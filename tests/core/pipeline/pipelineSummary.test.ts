import { isSalesError } from "@core/errors";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { everyone, type PipelineFilter } from "@core/pipeline/pipelineScope";
import { winRate } from "@core/formulas/process/winRate";
import { d, dealsTable, stagesTable, tables, today } from "./pipelineFixture";

const book = pipelineBook(tables, today);
const quarter = calendarPeriod("quarter", today);
const summaryOf = (filter: PipelineFilter) => pipelineView(book, { ...filter, quietDays: 30 }).summary;

describe("pipelineSummary", () => {
  it("sums the whole pipeline as the SALES functions do over the whole columns", () => {
    const s = summaryOf({ owner: everyone, period: null });
    expect(s.deals).toBe(8);
    expect(s.openDeals).toBe(4);
    expect(s.openPipeline).toBe(17000);
    expect(s.weighted).toBeCloseTo(4000 * 0.5 + 5000 * 0.75 + 6000 * 0.1 + 2000 * 0.9); // 8150
    expect(s.forecast).toEqual({ closed: 4000, commit: 11000, bestCase: 15000, pipeline: 17000 });
    expect(s.winRate).toBe(0.5);
    expect(s.winRate).toBe(winRate(dealsTable.rows.map((row) => [row[3]])));
    expect(s.avgDeal).toBe(2000);
    expect(s.cycle).toBe((39 + 96) / 2);
    expect(s.velocity).toBeCloseTo((4 * 0.5 * 2000) / 67.5, 9);
    expect(s.coverage).toBeNull(); // all time has no target
  });

  it("counts open deals only: a won deal still typed Commit (a workbook not yet upgraded) counts as Closed", () => {
    const categoryAt = dealsTable.columns.ForecastCategory;
    const typed = dealsTable.rows.map((row) =>
      row[3] === "Won" ? row.map((cell, i) => (i === categoryAt ? "Commit" : cell)) : row,
    );
    const lostTyped = typed.map((row) =>
      row[3] === "Lost" ? row.map((cell, i) => (i === categoryAt ? "承诺" : cell)) : row,
    );
    const stale = pipelineBook({ ...tables, deals: { ...dealsTable, rows: lostTyped } }, today);
    const s = pipelineView(stale, { owner: everyone, period: null, quietDays: 30 }).summary;
    expect(s.forecast).toEqual({ closed: 4000, commit: 11000, bestCase: 15000, pipeline: 17000 });
    expect(stale.deals.kind.slice(0, 3)).toEqual(["closed", "omitted", "closed"]);
  });

  it("keeps a period's deals by the day each is decided, and covers the period's remaining target", () => {
    expect(quarter).toEqual({ start: d(10, 1), end: d(12, 31) });
    const s = summaryOf({ owner: everyone, period: quarter });
    // D1–D5: closed or expected to close in Q4; D6 has no date, D7 closed in July, D8 closes in 2027.
    expect(s.deals).toBe(5);
    expect(s.openPipeline).toBe(9000);
    expect(s.weighted).toBe(5750);
    expect(s.forecast.commit).toBe(9000);
    expect(s.winRate).toBeCloseTo(2 / 3, 12);
    expect(s.coverage).toEqual({ target: 10000, won: 4000, remaining: 6000, ratio: 1.5 });
  });

  it("filters by rep and by team, with the rep's own target", () => {
    const lee = summaryOf({ owner: { kind: "rep", name: " lee " }, period: quarter });
    expect(lee.deals).toBe(3); // D1, D2, D5
    expect(lee.openPipeline).toBe(5000);
    expect(lee.coverage?.remaining).toBe(3000);
    expect(lee.coverage?.ratio).toBeCloseTo(5000 / 3000, 12);

    const east = summaryOf({ owner: { kind: "team", name: "East" }, period: quarter });
    expect(east.deals).toBe(5);
    expect(east.coverage).toBeNull(); // no East target for Q4

    const north = summaryOf({ owner: { kind: "team", name: "North" }, period: null });
    expect(north.openPipeline).toBe(6000);
    expect(north.winRate).toBe(0);
  });

  it("answers a figure it cannot compute with the SALES error, not a number", () => {
    const s = summaryOf({ owner: { kind: "rep", name: "Nobody" }, period: null });
    expect(s.deals).toBe(0);
    expect(isSalesError(s.winRate) && s.winRate.kind).toBe("div-by-zero");
    expect(isSalesError(s.velocity)).toBe(true);
    expect(s.openPipeline).toBe(0);
  });

  it("says when the target is already met", () => {
    const met = pipelineBook(
      { ...tables, targets: { ...tables.targets!, rows: [["Q4", d(10, 1), d(12, 31), "Company", "", "", 3000]] } },
      today,
    );
    const s = pipelineView(met, { owner: everyone, period: quarter, quietDays: 30 }).summary;
    expect(s.coverage?.remaining).toBe(-1000);
    expect(isSalesError(s.coverage?.ratio) && s.coverage?.ratio.kind).toBe("not-available");
  });

  it("weighs open deals by their own Probability when there is no Stages table", () => {
    const deals = {
      ...dealsTable,
      columns: { ...dealsTable.columns, Probability: 12 },
      rows: dealsTable.rows.map((row, i) => [...row, i === 3 ? "50%" : 0.1]),
    };
    const s = pipelineView(pipelineBook({ deals }, today), { owner: everyone, period: null, quietDays: 30 }).summary;
    expect(s.weighted).toBeCloseTo(4000 * 0.5 + (5000 + 6000 + 2000) * 0.1, 9);
    expect(stagesTable.rows.length).toBe(7);
  });

  it("takes each deal's category from its stage when Deals has no ForecastCategory column", () => {
    const deals = { ...dealsTable, columns: { ...dealsTable.columns, ForecastCategory: -1 } };
    const s = pipelineView(pipelineBook({ deals, stages: stagesTable }, today), {
      owner: everyone,
      period: null,
      quietDays: 30,
    }).summary;
    expect(s.forecast).toEqual({ closed: 4000, commit: 11000, bestCase: 15000, pipeline: 17000 });
  });
});
