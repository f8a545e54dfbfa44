import { serialFromDate } from "@core/cells/parseDate";
import { behindPace } from "@core/goals/behindPace";
import { pace } from "@core/formulas/goals/pace";
import { tableHeaders } from "@core/workbook/schema";

const d = serialFromDate;
const headers = tableHeaders("Targets", "en-US");
const row = (
  period: string,
  start: number,
  end: number,
  level: string,
  name: string,
  metric: string,
  target: number,
) => [period, start, end, level, name, metric, target, "", "", "", ""];
const march = [d(2026, 3, 1), d(2026, 3, 31)] as const;
const q1 = [d(2026, 1, 1), d(2026, 3, 31)] as const;
const deal = (owner: string, amount: number, closedOn: number, stage = "Won") => ({
  owner,
  stage,
  amount,
  collected: amount / 2,
  closedOn,
});
const reps = [
  { name: "Li", team: "North" },
  { name: "Wang", team: "North" },
  { name: "Zhao", team: "South" },
];
const deals = [deal("Li", 300, d(2026, 3, 5)), deal("Wang", 1000, d(2026, 3, 8)), deal("Li", 900, d(2026, 2, 1))];
const today = d(2026, 3, 16); // half of March gone: 16 of 31 days

describe("behindPace", () => {
  const targets = {
    headers,
    rows: [
      row("Mar 2026", ...march, "Rep", "Li", "Signed", 1000),
      row("Mar 2026", ...march, "Rep", "Wang", "Signed", 1000),
      row("Mar 2026", ...march, "Rep", "Zhao", "Signed", 500),
      row("Mar 2026", ...march, "Team", "North", "Signed", 3000),
      row("Mar 2026", ...march, "Company", "Company", "Signed", 2500),
      row("Mar 2026", ...march, "Rep", "Li", "Collected", 200),
      row("2026 Q1", ...q1, "Rep", "Li", "Signed", 3000),
      row("2026 Q1", ...q1, "团队", "North", "合同额", 3000),
      row("Feb 2026", d(2026, 2, 1), d(2026, 2, 28), "Rep", "Li", "Signed", 5000),
      row("2026", d(2026, 1, 1), d(2026, 12, 31), "Rep", "Li", "Signed", 99999),
    ],
  };
  const behind = behindPace(targets, deals, reps, today);

  it("lists this month's reps, then teams, slowest first, with SALES.PACE's figure", () => {
    expect(behind.month.map((line) => [line.level, line.name, line.metric])).toEqual([
      ["Rep", "Zhao", "signed"],
      ["Rep", "Li", "signed"],
      ["Team", "North", "signed"],
    ]);
    // Li: 300 won of 1000, 16/31 of March gone. Wang (1000 of 1000) and Li's collected 150 of 200 are ahead.
    expect(behind.month[1].pace).toBeCloseTo(pace(300, 1000, march[0], march[1], today) as number, 12);
    expect(behind.month[1]).toMatchObject({ actual: 300, target: 1000, period: "Mar 2026" });
    expect(behind.month[2].actual).toBe(1300);
  });

  it("lists this quarter's rows in either language, and leaves out other periods, years and the company", () => {
    expect(behind.quarter.map((line) => [line.level, line.name, line.actual])).toEqual([
      ["Rep", "Li", 1200],
      ["Team", "North", 2200],
    ]);
  });

  it("finds nobody without Targets, or before a period starts", () => {
    expect(behindPace(undefined, deals, reps, today)).toEqual({ month: [], quarter: [] });
    expect(behindPace(targets, deals, reps, d(2025, 12, 31))).toEqual({ month: [], quarter: [] });
  });
});
