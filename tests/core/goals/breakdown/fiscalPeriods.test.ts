import {
  fiscalMonthOf,
  fiscalMonthStart,
  fiscalPeriods,
  mondayIndex,
  type Period,
} from "@core/goals/breakdown/fiscalPeriods";
import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";

const periods = (fy: number, start: number, g: "year" | "quarter" | "month" | "week"): Period[] => {
  const result = fiscalPeriods(fy, start, g);
  if (isSalesError(result)) throw new Error(result.message);
  return result;
};
const day = (serial: number) => {
  const d = dateFromSerial(serial);
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
};

describe("fiscalPeriods", () => {
  it("names a fiscal year starting in April by the calendar year it starts in", () => {
    const [year] = periods(2026, 4, "year");
    expect(year).toMatchObject({ key: "FY2026", label: { en: "FY2026", zh: "2026财年" } });
    expect(day(year.start)).toBe("2026-04-01");
    expect(day(year.end)).toBe("2027-03-31");
  });

  it("cuts an April year into months keyed by calendar month, in fiscal order", () => {
    const months = periods(2026, 4, "month");
    expect(months.map((m) => m.key)).toEqual([
      "FY2026-M04",
      "FY2026-M05",
      "FY2026-M06",
      "FY2026-M07",
      "FY2026-M08",
      "FY2026-M09",
      "FY2026-M10",
      "FY2026-M11",
      "FY2026-M12",
      "FY2026-M01",
      "FY2026-M02",
      "FY2026-M03",
    ]);
    expect(months[0]).toMatchObject({ index: 1, label: { en: "Apr 2026", zh: "2026年4月" }, start: 46113, end: 46142 });
    expect(months[9].label).toEqual({ en: "Jan 2027", zh: "2027年1月" });
    expect(day(months[10].end)).toBe("2027-02-28");
    // Months tile the year: each starts the day after the previous one ends.
    for (let i = 1; i < 12; i++) expect(months[i].start).toBe(months[i - 1].end + 1);
  });

  it("makes quarters of fiscal months 1–3 … 10–12", () => {
    const quarters = periods(2026, 4, "quarter");
    expect(quarters[0]).toMatchObject({
      key: "FY2026-Q1",
      label: { en: "FY2026 Q1", zh: "2026财年第1季度" },
      start: 46113,
      end: 46203,
    });
    expect(day(quarters[3].start)).toBe("2027-01-01");
    expect(day(quarters[3].end)).toBe("2027-03-31");
  });

  it("labels a calendar fiscal year without FY", () => {
    expect(periods(2026, 1, "quarter")[0].label).toEqual({ en: "2026 Q1", zh: "2026年第1季度" });
    expect(periods(2026, 1, "year")[0].label).toEqual({ en: "2026", zh: "2026年" });
    expect(periods(2026, 1, "week")[0].label).toEqual({ en: "2026 W01", zh: "2026年第1周" });
  });

  it("cuts weeks Monday to Sunday, clipped at the fiscal year's first and last day", () => {
    const weeks = periods(2026, 4, "week");
    // 2026-04-01 is a Wednesday: week 1 runs Wed–Sun; the last week Mon 2027-03-29 – Wed 03-31.
    expect(weeks[0]).toMatchObject({ key: "FY2026-W01", label: { en: "FY2026 W01", zh: "2026财年第1周" } });
    expect([day(weeks[0].start), day(weeks[0].end)]).toEqual(["2026-04-01", "2026-04-05"]);
    expect([day(weeks[1].start), day(weeks[1].end)]).toEqual(["2026-04-06", "2026-04-12"]);
    const last = weeks[weeks.length - 1];
    expect(last.key).toBe("FY2026-W53");
    expect([day(last.start), day(last.end)]).toEqual(["2027-03-29", "2027-03-31"]);
    expect(weeks.reduce((n, w) => n + w.end - w.start + 1, 0)).toBe(365);
    for (const w of weeks.slice(1)) expect(mondayIndex(w.start)).toBe(0);
    for (const w of weeks.slice(0, -1)) expect(mondayIndex(w.end)).toBe(6);
  });

  it("lets a week cross a month end (week 5 runs 27 April – 3 May)", () => {
    const w5 = periods(2026, 4, "week")[4];
    expect([day(w5.start), day(w5.end)]).toEqual(["2026-04-27", "2026-05-03"]);
  });

  it("gives a leap year starting on a Sunday 54 weeks", () => {
    // 2040-01-01 is a Sunday and 2040 is a leap year: 1 + 52 × 7 + 1 days.
    const weeks = periods(2040, 1, "week");
    expect(weeks).toHaveLength(54);
    expect(weeks[0].end - weeks[0].start).toBe(0);
  });

  it("answers bad input with an error value", () => {
    expect(isSalesError(fiscalPeriods(2026, 13, "month"))).toBe(true);
    expect(isSalesError(fiscalPeriods(2026, 0, "month"))).toBe(true);
    expect(isSalesError(fiscalPeriods(2026.5, 4, "month"))).toBe(true);
    expect(isSalesError(fiscalPeriods(1800, 4, "month"))).toBe(true);
    expect(isSalesError(fiscalPeriods(2026, 4, "day" as never))).toBe(true);
  });
});

describe("fiscalMonthOf / fiscalMonthStart", () => {
  it("places a day in its fiscal year and month", () => {
    expect(fiscalMonthOf(serialFromDate(2026, 1, 15), 4)).toEqual({ fiscalYear: 2025, position: 10 });
    expect(fiscalMonthOf(serialFromDate(2026, 4, 1), 4)).toEqual({ fiscalYear: 2026, position: 1 });
    expect(fiscalMonthOf(serialFromDate(2026, 3, 31), 4)).toEqual({ fiscalYear: 2025, position: 12 });
    expect(fiscalMonthOf(serialFromDate(2026, 12, 31), 1)).toEqual({ fiscalYear: 2026, position: 12 });
  });
  it("finds the first day of a fiscal month", () => {
    expect(fiscalMonthStart(2026, 4, 1)).toBe(serialFromDate(2026, 4, 1));
    expect(fiscalMonthStart(2026, 4, 10)).toBe(serialFromDate(2027, 1, 1));
    expect(fiscalMonthStart(2026, 10, 13)).toBe(serialFromDate(2027, 10, 1));
  });
});
