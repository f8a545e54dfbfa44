import { serialFromDate } from "@core/cells/parseDate";
import { replacedTargets } from "@core/goals/breakdown/replacedTargets";
import { tableHeaders } from "@core/workbook/schema";

const d = (y: number, m: number, day: number) => serialFromDate(y, m, day);

describe("replacedTargets", () => {
  it("replaces rows of the same metric (either language) within the plan's fiscal year only", () => {
    const row = (start: number, end: number, metric: string) => ["p", start, end, "Rep", "Li", metric, 1, "", "", ""];
    const table = {
      headers: tableHeaders("Targets", "en-US"),
      rows: [
        row(d(2026, 4, 1), d(2026, 4, 30), "Signed"),
        row(d(2026, 4, 1), d(2026, 4, 30), "Collected"),
        row(d(2026, 4, 1), d(2027, 3, 31), "合同额"),
        row(d(2025, 4, 1), d(2025, 4, 30), "Signed"), // last year
        row(d(2027, 3, 1), d(2027, 4, 30), "signed"), // runs past the year
        ["p", "", "", "Rep", "Li", "Signed", 1, "", "", ""], // no dates
        row(d(2026, 5, 1), d(2026, 5, 31), "New customers"),
      ],
    };
    const year = { start: d(2026, 4, 1), end: d(2027, 3, 31) };
    expect(replacedTargets(table, "signed", year)).toEqual([0, 2]);
    expect(replacedTargets(table, "collected", year)).toEqual([1]);
  });

  it("replaces only rows of the periods written for a plan of part of a year", () => {
    const row = (start: number, end: number) => ["p", start, end, "Rep", "Li", "Signed", 1, "", "", ""];
    const table = {
      headers: tableHeaders("Targets", "en-US"),
      rows: [
        row(d(2026, 1, 1), d(2026, 12, 31)), // the year
        row(d(2026, 1, 1), d(2026, 3, 31)), // Q1
        row(d(2026, 4, 1), d(2026, 6, 30)), // Q2
        row(d(2026, 4, 1), d(2026, 4, 30)), // April
        row(d(2026, 4, 6), d(2026, 4, 12)), // a week of April
        row(d(2026, 7, 1), d(2026, 7, 31)), // July
      ],
    };
    const q2 = [
      { start: d(2026, 4, 1), end: d(2026, 6, 30) },
      { start: d(2026, 4, 1), end: d(2026, 4, 30) },
      { start: d(2026, 5, 1), end: d(2026, 5, 31) },
      { start: d(2026, 6, 1), end: d(2026, 6, 30) },
    ];
    expect(replacedTargets(table, "signed", { start: d(2026, 4, 1), end: d(2026, 6, 30) }, q2)).toEqual([2, 3]);
  });
});
