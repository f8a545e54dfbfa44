import { calendarPeriod, inPeriod } from "@core/pipeline/pipelinePeriod";
import { periodOptions } from "@core/pipeline/periodOptions";
import { ownerOptions } from "@core/pipeline/ownerOptions";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { d, tables, targetsTable, today } from "./pipelineFixture";

describe("periods", () => {
  it("finds the calendar periods around today", () => {
    expect(calendarPeriod("month", today)).toEqual({ start: d(11, 1), end: d(11, 30) });
    expect(calendarPeriod("quarter", today)).toEqual({ start: d(10, 1), end: d(12, 31) });
    expect(calendarPeriod("nextQuarter", today)).toEqual({ start: d(13, 1), end: d(15, 31) });
    expect(calendarPeriod("year", today)).toEqual({ start: d(1, 1), end: d(12, 31) });
    expect(calendarPeriod("nextQuarter", d(12, 31))).toEqual({ start: d(13, 1), end: d(15, 31) });
  });

  it("includes both ends, and all time holds every day", () => {
    expect(inPeriod(d(10, 1), { start: d(10, 1), end: d(10, 31) })).toBe(true);
    expect(inPeriod(d(11, 1), { start: d(10, 1), end: d(10, 31) })).toBe(false);
    expect(inPeriod(NaN, null)).toBe(true);
  });

  it("offers all time, the calendar periods and the other target periods holding today", () => {
    const options = periodOptions(today, targetsTable);
    expect(options.map((o) => o.id)).toEqual([
      "all",
      "month",
      "quarter",
      "nextQuarter",
      "year",
      `target:${d(4, 1)}-${d(15, 31)}`,
    ]);
    expect(options[5]).toMatchObject({ kind: "target", label: "FY2026" });
  });

  it("offers the reps of the Team table, then other deal owners, and the teams", () => {
    const book = pipelineBook(tables, today);
    expect(ownerOptions(book.deals, tables.team)).toEqual({ teams: ["East", "North"], reps: ["Lee", "Wang", "Zhao"] });
    expect(ownerOptions(book.deals, undefined).teams).toEqual([]);
  });
});
