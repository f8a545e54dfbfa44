import fc from "fast-check";
import { serialFromDate } from "@core/cells/parseDate";
import { ACTIVITY_METHODS } from "@core/weekly/activity/activityMethod";
import { weeklyActivity } from "@core/weekly/activity/weeklyActivity";
import { weekFromLabel, type Week } from "@core/weekly/week";
import { tablesOf } from "./activityTables";

const day = (m: number, d: number) => serialFromDate(2026, m, d);
// 2026-W49: Monday 30 November to Sunday 6 December; the next week is 7 to 13 December.
const w49 = weekFromLabel("2026-W49") as Week;
const afterTheWeek = day(12, 9);

const team = [
  { Rep: "Wang Fang", Team: "East" },
  { Rep: "Li Qiang", Team: "East" },
  { Rep: "Zhao Min", Team: "West" },
];

describe("weeklyActivity", () => {
  it("counts follow-ups by method in either language, unknown methods as other, only in the week", () => {
    const tables = tablesOf({
      Team: team,
      Activities: [
        { Date: day(11, 30), Customer: "Acme", Owner: "Wang Fang", Method: "Visit" },
        { Date: day(12, 1), Customer: "Beta", Owner: "Wang Fang", Method: "拜访" },
        { Date: day(12, 2), Customer: "Gamma", Owner: "wang fang", Method: "微信" },
        { Date: day(12, 6), Customer: "Delta", Owner: "Wang Fang", Method: "Fax" },
        { Date: day(11, 29), Customer: "Acme", Owner: "Wang Fang", Method: "Call" },
        { Date: day(12, 7), Customer: "Acme", Owner: "Wang Fang", Method: "Call" },
        { Date: day(12, 3), Customer: "Omega", Owner: "Li Qiang", Method: "电话" },
      ],
    });
    const activity = weeklyActivity(tables, w49, null, afterTheWeek);
    expect(activity.reps.map((rep) => rep.rep)).toEqual(["Wang Fang", "Li Qiang", "Zhao Min"]);
    expect(activity.reps[0]).toMatchObject({
      done: 4,
      byMethod: { call: 0, wechat: 1, visit: 2, email: 0, other: 1 },
      touched: 4,
    });
    expect(activity.reps[1]).toMatchObject({ done: 1, byMethod: { call: 1 } });
    expect(activity.reps[2]).toMatchObject({ done: 0, touched: 0, overdue: 0, ratio: 0 });
    expect(activity.summary).toMatchObject({ done: 5, byMethod: { call: 1, wechat: 1, visit: 2, other: 1 } });
  });

  it("reads Chinese headers", () => {
    const tables = tablesOf(
      {
        Team: [{ Rep: "王芳", Team: "华东" }],
        Activities: [{ Date: day(12, 1), Customer: "甲公司", Owner: "王芳", Method: "拜访" }],
      },
      "zh-CN",
    );
    expect(weeklyActivity(tables, w49, "华东", afterTheWeek).reps[0]).toMatchObject({ rep: "王芳", done: 1 });
  });

  it("counts a customer touched twice once, and leaves the pool's bookkeeping rows out", () => {
    const tables = tablesOf({
      Team: team,
      Activities: [
        { Date: day(12, 1), Customer: "Acme", Owner: "Wang Fang", Method: "Call" },
        { Date: day(12, 3), Customer: " acme ", Owner: "Wang Fang", Method: "Visit" },
        { Date: day(12, 4), Customer: "Beta", Owner: "Wang Fang", Method: "Other", Summary: "Pool: claimed" },
        { Date: day(12, 4), Customer: "Gamma", Owner: "Wang Fang", Method: "其他", Summary: "公海：领取" },
      ],
    });
    expect(weeklyActivity(tables, w49, null, afterTheWeek).reps[0]).toMatchObject({ done: 2, touched: 1 });
  });

  it("counts overdue from NextContact as read, never for a customer in the public pool", () => {
    const tables = tablesOf({
      Team: team,
      Customers: [
        { Company: "Late", Owner: "Wang Fang", NextContact: day(11, 20), Status: "Active" },
        { Company: "Pooled", Owner: "Wang Fang", NextContact: day(11, 1), Status: "Pool" },
        { Company: "公海客户", Owner: "Wang Fang", NextContact: day(11, 1), Status: "公海" },
        { Company: "Not yet", Owner: "Wang Fang", NextContact: day(12, 20) },
        { Company: "No date", Owner: "Wang Fang" },
      ],
    });
    expect(weeklyActivity(tables, w49, null, afterTheWeek).reps[0].overdue).toBe(1);
  });

  it("judges overdue on today inside the week, on the Monday after a past week", () => {
    const tables = tablesOf({
      Team: team,
      Customers: [
        { Company: "Due Tuesday", Owner: "Li Qiang", NextContact: day(12, 1) },
        { Company: "Due Saturday", Owner: "Li Qiang", NextContact: day(12, 5) },
        { Company: "Due Sunday", Owner: "Li Qiang", NextContact: day(12, 6) },
        { Company: "Due next Monday", Owner: "Li Qiang", NextContact: day(12, 7) },
      ],
    });
    const midWeek = weeklyActivity(tables, w49, null, day(12, 3));
    expect(midWeek.asOf).toBe(day(12, 3));
    expect(midWeek.reps[1].overdue).toBe(1);
    const past = weeklyActivity(tables, w49, null, day(12, 20));
    expect(past.asOf).toBe(day(12, 7));
    expect(past.reps[1].overdue).toBe(3);
  });

  it("due by cadence is touched + overdue; next week's due follow-ups are NextContact in the next week", () => {
    const tables = tablesOf({
      Team: team,
      Activities: [{ Date: day(12, 2), Customer: "Acme", Owner: "Zhao Min", Method: "Call" }],
      Customers: [
        { Company: "Late", Owner: "Zhao Min", NextContact: day(11, 2) },
        { Company: "Monday", Owner: "Zhao Min", NextContact: day(12, 7) },
        { Company: "Sunday", Owner: "Zhao Min", NextContact: day(12, 13) },
        { Company: "Later", Owner: "Zhao Min", NextContact: day(12, 14) },
        { Company: "Pooled", Owner: "Zhao Min", NextContact: day(12, 8), Status: "Pool" },
      ],
    });
    const zhao = weeklyActivity(tables, w49, "west", afterTheWeek);
    expect(zhao.reps.map((rep) => rep.rep)).toEqual(["Zhao Min"]);
    expect(zhao.reps[0]).toMatchObject({ touched: 1, overdue: 1, due: 2, dueNextWeek: 2 });
  });

  it("sets each rep against the weekly target and the scope against the reps' targets added up", () => {
    const activities = Array.from({ length: 23 }, (_, i) => ({
      Date: day(12, 1),
      Customer: `C${i}`,
      Owner: i < 6 ? "Wang Fang" : "Li Qiang",
      Method: "Call",
    }));
    const activity = weeklyActivity(tablesOf({ Team: team, Activities: activities }), w49, "East", afterTheWeek);
    expect(activity.repTarget).toBe(4.6);
    expect(activity.reps.map((rep) => [rep.target, rep.ratio])).toEqual([
      [4.6, 6 / 4.6],
      [4.6, 17 / 4.6],
    ]);
    expect(activity.summary).toMatchObject({ done: 23, target: 9.2, ratio: 23 / 9.2 });
  });

  it("for everyone, owners missing from Team follow the Team's reps; a team leaves them out", () => {
    const tables = tablesOf({
      Team: team,
      Activities: [{ Date: day(12, 1), Customer: "Acme", Owner: "Temp Hire", Method: "Call" }],
    });
    expect(weeklyActivity(tables, w49, null, afterTheWeek).reps.map((rep) => [rep.rep, rep.done])).toEqual([
      ["Wang Fang", 0],
      ["Li Qiang", 0],
      ["Zhao Min", 0],
      ["Temp Hire", 1],
    ]);
    expect(weeklyActivity(tables, w49, "East", afterTheWeek).summary.done).toBe(0);
  });

  it("with no tables at all, has no reps and no target for the scope", () => {
    const activity = weeklyActivity({}, w49, null, afterTheWeek);
    expect(activity.reps).toEqual([]);
    expect(activity.summary).toMatchObject({ done: 0, target: 0, ratio: null });
  });

  it("property: the summary is the sum of its reps, methods add up to done, touched ≤ done", () => {
    const reps = ["Wang Fang", "Li Qiang", "Zhao Min", "Temp Hire"];
    const methods = ["Call", "电话", "微信", "Visit", "邮件", "Fax", ""];
    const activityRow = fc.record({
      Date: fc.integer({ min: day(11, 20), max: day(12, 16) }),
      Customer: fc.constantFrom("Acme", "Beta", "Gamma", "ACME ", ""),
      Owner: fc.constantFrom(...reps),
      Method: fc.constantFrom(...methods),
      Summary: fc.constantFrom("", "Pool: claimed", "Called"),
    });
    const customerRow = fc.record({
      Company: fc.string(),
      Owner: fc.constantFrom(...reps, ""),
      NextContact: fc.option(fc.integer({ min: day(11, 1), max: day(12, 31) }), { nil: "" }),
      Status: fc.constantFrom("Active", "Pool", ""),
    });
    fc.assert(
      fc.property(
        fc.array(activityRow, { maxLength: 40 }),
        fc.array(customerRow, { maxLength: 20 }),
        fc.constantFrom(null, "East", "West"),
        fc.integer({ min: day(11, 25), max: day(12, 20) }),
        (activities, customers, scope, today) => {
          const tables = tablesOf({ Team: team, Activities: activities, Customers: customers });
          const { reps: figures, summary } = weeklyActivity(tables, w49, scope, today);
          const sum = (pick: (f: (typeof figures)[number]) => number) => figures.reduce((t, f) => t + pick(f), 0);
          expect(summary.done).toBe(sum((f) => f.done));
          expect(summary.touched).toBe(sum((f) => f.touched));
          expect(summary.overdue).toBe(sum((f) => f.overdue));
          expect(summary.dueNextWeek).toBe(sum((f) => f.dueNextWeek));
          for (const method of ACTIVITY_METHODS) expect(summary.byMethod[method]).toBe(sum((f) => f.byMethod[method]));
          for (const f of [...figures, summary]) {
            expect(f.touched).toBeLessThanOrEqual(f.done);
            expect(ACTIVITY_METHODS.reduce((t, m) => t + f.byMethod[m], 0)).toBe(f.done);
            expect(f.due).toBe(f.touched + f.overdue);
          }
        },
      ),
    );
  });
});
