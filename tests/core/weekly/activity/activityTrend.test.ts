import { serialFromDate } from "@core/cells/parseDate";
import { activityTrend } from "@core/weekly/activity/activityTrend";
import { weeklyActivity } from "@core/weekly/activity/weeklyActivity";
import { weekFromLabel, weekLabel, type Week } from "@core/weekly/week";
import { tablesOf } from "./activityTables";

const day = (y: number, m: number, d: number) => serialFromDate(y, m, d);
const w02 = weekFromLabel("2027-W02") as Week;

describe("activityTrend", () => {
  const tables = tablesOf({
    Team: [
      { Rep: "Wang Fang", Team: "East" },
      { Rep: "Li Qiang", Team: "East" },
    ],
    Activities: [
      // 2026-W48 starts on 23 November: the first of the eight weeks ending 2027-W02 (2026 has a W53).
      { Date: day(2026, 11, 23), Customer: "Acme", Owner: "Wang Fang", Method: "Call" },
      { Date: day(2026, 11, 22), Customer: "Acme", Owner: "Wang Fang", Method: "Call" },
      { Date: day(2026, 12, 31), Customer: "Acme", Owner: "Wang Fang", Method: "Visit" },
      { Date: day(2027, 1, 3), Customer: "Beta", Owner: "Li Qiang", Method: "微信" },
      { Date: day(2027, 1, 17), Customer: "Beta", Owner: "Li Qiang", Method: "Call" },
      { Date: day(2027, 1, 11), Customer: "Beta", Owner: "Li Qiang", Method: "Call" },
      { Date: day(2027, 1, 12), Customer: "Beta", Owner: "Li Qiang", Method: "Call", Summary: "Pool: released" },
    ],
  });

  it("covers the eight weeks ending with the chosen one, across the turn of the year", () => {
    const trend = activityTrend(tables, w02, null);
    expect(trend.weeks.map(weekLabel)).toEqual([
      "2026-W48",
      "2026-W49",
      "2026-W50",
      "2026-W51",
      "2026-W52",
      "2026-W53",
      "2027-W01",
      "2027-W02",
    ]);
    // 31 December 2026 and Sunday 3 January 2027 are both in 2026-W53; the pool's release is no follow-up.
    expect(trend.reps.map((rep) => [rep.rep, rep.points.map((p) => p.done)])).toEqual([
      ["Wang Fang", [1, 0, 0, 0, 0, 1, 0, 0]],
      ["Li Qiang", [0, 0, 0, 0, 0, 1, 0, 2]],
    ]);
    expect(trend.summary.map((p) => p.done)).toEqual([1, 0, 0, 0, 0, 2, 0, 2]);
    expect(trend.summary.every((p) => p.target === 9.2)).toBe(true);
  });

  it("its last point is the week's done, per rep and summed", () => {
    const trend = activityTrend(tables, w02, "East");
    const activity = weeklyActivity(tables, w02, "East", day(2027, 1, 18));
    expect(trend.reps.map((rep) => rep.points[7].done)).toEqual(activity.reps.map((rep) => rep.done));
    expect(trend.summary[7]).toMatchObject({ done: activity.summary.done, target: activity.summary.target });
  });

  it("takes another count of weeks", () => {
    const trend = activityTrend(tables, weekFromLabel("2026-W48") as Week, null, 2);
    expect(trend.weeks.map(weekLabel)).toEqual(["2026-W47", "2026-W48"]);
    expect(trend.summary.map((p) => p.done)).toEqual([1, 1]);
  });
});
