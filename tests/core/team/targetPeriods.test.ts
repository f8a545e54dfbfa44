import { serialFromDate } from "@core/cells/parseDate";
import { currentPeriod } from "@core/team/currentPeriod";
import { periodDay, periodKey, targetPeriods } from "@core/team/targetPeriods";
import type { TeamTarget } from "@core/team/teamData";

const today = serialFromDate(2026, 3, 15);
const day = (m: number, d: number) => serialFromDate(2026, m, d);
const target = (over: Partial<TeamTarget>): TeamTarget => ({
  period: "P",
  start: day(3, 1),
  end: day(3, 31),
  level: "rep",
  name: "Ann",
  metric: "signed",
  target: 1,
  actual: null,
  ...over,
});

describe("targetPeriods", () => {
  const targets = [
    target({ period: "2026-03" }),
    target({ period: "2026-03", name: "Bob", metric: "collected" }),
    target({ period: "2026-02", start: day(2, 1), end: day(2, 28), metric: "collected" }),
    target({ period: "2026-Q1", start: day(1, 1), end: day(3, 31) }),
    target({ period: "Q2 company", start: day(4, 1), end: day(6, 30), level: "company" }),
    target({ period: "2026-Q2", start: day(4, 1), end: day(6, 30), level: "rep" }),
    target({ period: "", start: day(1, 1), end: day(1, 31), level: "team" }),
    target({ period: "broken", start: null }),
    target({ period: "odd metric", start: day(5, 1), end: day(5, 31), metric: "visits" }),
  ];

  it("lists each period of Targets once, the latest ending first, a month before the quarter ending with it", () => {
    const periods = targetPeriods(targets, today);
    expect(periods.map((p) => p.label)).toEqual([
      "2026-Q2",
      "2026-03",
      "2026-Q1",
      "2026-02",
      "2026-01-01 – 2026-01-31",
    ]);
    expect(periods.map((p) => p.metric)).toEqual(["signed", "signed", "signed", "collected", "signed"]);
    expect(periods.every((p) => p.fromTargets)).toBe(true);
  });

  it("holds the current period as currentPeriod picks it", () => {
    const periods = targetPeriods(targets, today);
    const current = currentPeriod(targets, today);
    expect(periods.find((p) => periodKey(p) === periodKey(current))).toEqual(current);
  });

  it("adds today's calendar month when no target holds today, and is that month alone without targets", () => {
    expect(targetPeriods([], today)).toEqual([currentPeriod([], today)]);
    const later = targetPeriods(targets, day(9, 10));
    expect(later[0]).toMatchObject({ label: "2026-09", fromTargets: false });
    expect(later).toHaveLength(6);
  });
});

describe("periodDay", () => {
  const march = { start: day(3, 1), end: day(3, 31) };
  it("is today while the period runs, its last day once it ended, its first day before it starts", () => {
    expect(periodDay(march, today)).toBe(today);
    expect(periodDay(march, day(4, 20))).toBe(march.end);
    expect(periodDay(march, day(2, 2))).toBe(march.start);
  });
});
