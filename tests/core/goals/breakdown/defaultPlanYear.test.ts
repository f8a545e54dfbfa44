import { serialFromDate } from "@core/cells/parseDate";
import { defaultPlanYear, quarterFrom } from "@core/goals/breakdown/defaultPlanYear";

const day = serialFromDate;

describe("defaultPlanYear", () => {
  it("offers the calendar year with January start when no Targets are written, the next one from October", () => {
    expect(defaultPlanYear([], day(2026, 9, 30))).toEqual({ fiscalYear: 2026, startMonth: 1 });
    expect(defaultPlanYear([], day(2026, 10, 1))).toEqual({ fiscalYear: 2027, startMonth: 1 });
    expect(defaultPlanYear([], day(2026, 12, 5))).toEqual({ fiscalYear: 2027, startMonth: 1 });
  });

  it("takes the start month from the latest year row of Targets and counts quarters from it", () => {
    const targets = [
      { start: day(2024, 1, 1), end: day(2024, 12, 31) },
      { start: day(2025, 4, 1), end: day(2026, 3, 31) },
      // A quarter and a month are not a fiscal year.
      { start: day(2026, 7, 1), end: day(2026, 9, 30) },
      { start: day(2026, 8, 1), end: day(2026, 8, 31) },
    ];
    // December 2026 is fiscal month 9 of FY2026 (April start): not yet its last quarter.
    expect(defaultPlanYear(targets, day(2026, 12, 5))).toEqual({ fiscalYear: 2026, startMonth: 4 });
    expect(defaultPlanYear(targets, day(2027, 1, 2))).toEqual({ fiscalYear: 2027, startMonth: 4 });
    expect(defaultPlanYear([{ start: NaN, end: 3 }], day(2026, 5, 1))).toEqual({ fiscalYear: 2026, startMonth: 1 });
  });
});

describe("quarterFrom", () => {
  it("names this quarter and the next, across a fiscal year's end", () => {
    expect(quarterFrom(day(2026, 12, 5), 1, 0)).toEqual({ fiscalYear: 2026, quarter: 4 });
    expect(quarterFrom(day(2026, 12, 5), 1, 1)).toEqual({ fiscalYear: 2027, quarter: 1 });
    expect(quarterFrom(day(2026, 12, 5), 4, 1)).toEqual({ fiscalYear: 2026, quarter: 4 });
    expect(quarterFrom(day(2026, 10, 5), 4, 1)).toEqual({ fiscalYear: 2026, quarter: 4 });
  });
});
