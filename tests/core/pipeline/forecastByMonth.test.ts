import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { everyone } from "@core/pipeline/pipelineScope";
import { d, tables, today } from "./pipelineFixture";

const book = pipelineBook(tables, today);

describe("forecastByMonth", () => {
  it("puts open deals in their close month, overdue ones and undated ones in their own buckets", () => {
    const { overdue, noCloseDate, months } = pipelineView(book, {
      owner: everyone,
      period: null,
      quietDays: 30,
    }).forecast;
    expect(overdue).toEqual({ deals: 1, amount: 5000, weighted: 3750, commit: 5000, bestCase: 0, pipeline: 0 }); // D5
    expect(noCloseDate).toEqual({ deals: 1, amount: 6000, weighted: 600, commit: 0, bestCase: 0, pipeline: 6000 }); // D6
    expect(months).toEqual([
      {
        year: 2026,
        month: 12,
        start: d(12, 1),
        deals: 1,
        amount: 4000,
        weighted: 2000,
        commit: 0,
        bestCase: 4000,
        pipeline: 0,
      },
      {
        year: 2027,
        month: 1,
        start: d(13, 1),
        deals: 1,
        amount: 2000,
        weighted: 1800,
        commit: 2000,
        bestCase: 0,
        pipeline: 0,
      },
    ]);
  });

  it("keeps the months of the period, and the two buckets whatever the period", () => {
    const view = pipelineView(book, { owner: everyone, period: calendarPeriod("quarter", today), quietDays: 30 });
    expect(view.forecast.months.map((m) => m.month)).toEqual([12]);
    expect(view.forecast.overdue.deals).toBe(1);
    expect(view.forecast.noCloseDate.deals).toBe(1);
    const next = pipelineView(book, { owner: everyone, period: calendarPeriod("nextQuarter", today), quietDays: 30 });
    expect(next.forecast.months.map((m) => [m.year, m.month])).toEqual([[2027, 1]]);
  });

  it("covers only the owner's deals", () => {
    const view = pipelineView(book, { owner: { kind: "rep", name: "Wang" }, period: null, quietDays: 30 });
    expect(view.forecast.overdue.deals).toBe(0);
    expect(view.forecast.months.map((m) => m.amount)).toEqual([4000]);
  });
});
