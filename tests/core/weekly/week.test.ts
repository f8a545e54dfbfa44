import fc from "fast-check";
import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { lastWeek, nextWeek, weekFromLabel, weekLabel, weekOf } from "@core/weekly/week";

/** The ISO week of a date by the calendar's own weekday (Date.getUTCDay), computed independently. */
function isoWeekByDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const firstDay = Date.UTC(isoYear, 0, 1);
  const number = Math.floor((thursday.getTime() - firstDay) / 86_400_000 / 7) + 1;
  return `${isoYear}-W${String(number).padStart(2, "0")}`;
}

describe("weekOf", () => {
  it("runs Monday to Sunday and names the ISO week", () => {
    const week = weekOf(serialFromDate(2026, 12, 2));
    expect(dateFromSerial(week.start)).toEqual({ year: 2026, month: 11, day: 30 });
    expect(dateFromSerial(week.end)).toEqual({ year: 2026, month: 12, day: 6 });
    expect(weekLabel(week)).toBe("2026-W49");
  });

  it("puts a week that crosses a month in one week", () => {
    expect(weekOf(serialFromDate(2026, 11, 30))).toEqual(weekOf(serialFromDate(2026, 12, 6)));
  });

  it("gives a week that crosses the year to the year of its Thursday", () => {
    // 2026-12-28 (Mon) to 2027-01-03 (Sun): Thursday is 2026-12-31, so 2026-W53.
    expect(weekLabel(weekOf(serialFromDate(2027, 1, 1)))).toBe("2026-W53");
    // 2024-12-30 (Mon) to 2025-01-05: Thursday 2025-01-02, so 2025-W01.
    expect(weekLabel(weekOf(serialFromDate(2024, 12, 30)))).toBe("2025-W01");
    expect(weekLabel(weekOf(serialFromDate(2021, 1, 3)))).toBe("2020-W53");
  });

  it("agrees with the calendar on any day, and every day of a week maps to that week", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1901-01-01"), max: new Date("9999-12-24"), noInvalidDate: true }),
        (date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const serial = serialFromDate(y, m, d);
          const week = weekOf(serial);
          expect(weekLabel(week)).toBe(isoWeekByDate(y, m, d));
          expect(week.end - week.start).toBe(6);
          expect(serial).toBeGreaterThanOrEqual(week.start);
          expect(serial).toBeLessThanOrEqual(week.end);
          expect(new Date(Date.UTC(y, m - 1, d - (serial - week.start))).getUTCDay()).toBe(1);
          expect(weekFromLabel(weekLabel(week))).toEqual(week);
        },
      ),
    );
  });
});

describe("lastWeek and nextWeek", () => {
  it("reviews the previous Monday to Sunday on any day of this week", () => {
    for (const day of [7, 9, 13]) {
      const week = lastWeek(serialFromDate(2026, 12, day));
      expect(weekLabel(week)).toBe("2026-W49");
    }
    expect(weekLabel(lastWeek(serialFromDate(2027, 1, 6)))).toBe("2026-W53");
  });

  it("steps into the next ISO year", () => {
    expect(weekLabel(nextWeek(weekOf(serialFromDate(2026, 12, 28))))).toBe("2027-W01");
  });
});

describe("weekFromLabel", () => {
  it("refuses what is not a week", () => {
    expect(weekFromLabel("2026-W54")).toBeUndefined();
    expect(weekFromLabel("2027-W53")).toBeUndefined();
    expect(weekFromLabel("2026-W00")).toBeUndefined();
    expect(weekFromLabel("2026-49")).toBeUndefined();
    expect(weekFromLabel("2026-W53")?.start).toBe(serialFromDate(2026, 12, 28));
  });
});
