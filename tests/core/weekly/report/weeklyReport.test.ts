import fc from "fast-check";
import { weeklyReport, type WeeklyFigures } from "@core/weekly/report/weeklyReport";
import { weekLabel } from "@core/weekly/week";
import { weekChoices } from "@core/weekly/report/weekChoices";
import { weeklyTeams } from "@core/weekly/report/weeklyReps";
import { plainTable, stagesTable } from "../../pipeline/pipelineFixture";
import { day, tables, teamTable, today, week } from "./weeklyFixture";

const repOf = (report: ReturnType<typeof weeklyReport>, name: string) => report.reps.find((rep) => rep.name === name);

describe("weeklyReport", () => {
  const report = weeklyReport(tables, week, null, today);

  it("reports the week and the one after it, across a month and a year", () => {
    expect(weekLabel(report.week)).toBe("2026-W53");
    expect(weekLabel(report.nextWeek)).toBe("2027-W01");
    // Attainment is measured over the month and quarter of the week's Sunday (2027-01-03).
    expect(report.month).toEqual({ start: day(2027, 1, 1), end: day(2027, 1, 31) });
    expect(report.quarter).toEqual({ start: day(2027, 1, 1), end: day(2027, 3, 31) });
  });

  it("lists the reps in Team order, a rep who left with a deal in the week, then owners Team does not list", () => {
    expect(report.reps.map((rep) => [rep.name, rep.team, rep.listed])).toEqual([
      ["Lee", "East", true],
      ["Wang", "East", true],
      ["Zhao", "North", true],
      ["Old", "East", true],
      ["Quiet", "North", true],
      ["Ex", "", false],
    ]);
  });

  it("counts a deal won and one lost in the week, with amounts and the loss reason", () => {
    const lee = repOf(report, "Lee")!;
    expect(lee.figures.won).toEqual({ count: 1, amount: 1000 });
    expect(lee.figures.lost).toEqual({ count: 1, amount: 2000 });
    expect(lee.lostDeals).toEqual([
      { dealId: "D2", customer: "Beta", owner: "Lee", amount: 2000, day: day(2027, 1, 2), lostReason: "Price" },
    ]);
    expect(lee.wonDeals.map((deal) => deal.dealId)).toEqual(["D1"]);
    // Won the Sunday before the week: not this week's.
    expect(repOf(report, "Zhao")!.figures.won.count).toBe(0);
    expect(repOf(report, "Old")!.figures.won).toEqual({ count: 1, amount: 6000 });
  });

  it("counts a deal created the Sunday at 23:59 in the week and one created the next Monday in the next", () => {
    const wang = repOf(report, "Wang")!;
    expect(wang.figures.newDeals).toEqual({ count: 1, amount: 3000 });
    expect(wang.figures.expectedNextWeek).toEqual({ count: 1, amount: 4000 });
  });

  it("counts new customers by FirstPurchase, and next week's due follow-ups by NextContact", () => {
    expect(repOf(report, "Lee")!.figures.newCustomers).toBe(1);
    expect(repOf(report, "Wang")!.figures.newCustomers).toBe(1);
    expect(repOf(report, "Zhao")!.figures.newCustomers).toBe(0);
    expect(repOf(report, "Zhao")!.figures.dueNextWeek).toBe(1);
    expect(repOf(report, "Lee")!.figures.dueNextWeek).toBe(1);
  });

  it("gives stage moves as rows with the deal's customer and owner, and keeps a deleted deal's in the summary", () => {
    expect(repOf(report, "Lee")!.stageMoves).toEqual([
      { dealId: "D1", customer: "Acme", owner: "Lee", from: "Proposal", to: "Won", day: day(2026, 12, 29) },
    ]);
    expect(repOf(report, "Wang")!.stageMoves.map((move) => [move.from, move.to])).toEqual([["", "Prospecting"]]);
    expect(report.summary.stageMoves.map((move) => move.dealId)).toEqual(["D1", "D9", "D3"]);
    expect(report.summary.figures.stageMoves).toBe(3);
  });

  it("reads attainment from the Targets rows of the month and quarter, and says no target rather than 0 %", () => {
    const lee = repOf(report, "Lee")!;
    expect(lee.month).toMatchObject({ target: 10000, actual: 0, attainment: 0, pace: 0 });
    expect(lee.quarter.target).toBe(30000);
    const wang = repOf(report, "Wang")!;
    // Wang's only target is December's: the week's Sunday is in January.
    expect(wang.month).toMatchObject({ target: null, attainment: null, pace: null });
    expect(report.summary.month).toMatchObject({ target: 60000, actual: 1200, attainment: 0.02, pace: 0.62 });
    expect(report.summary.quarter.target).toBeNull();
  });

  it("takes the follow-up figures as weeklyActivity counts them: done, touched, overdue, due", () => {
    const lee = repOf(report, "Lee")!.followUps;
    expect(lee).toMatchObject({ done: 2, touched: 1, overdue: 0, due: 1 });
    expect(lee.byMethod).toMatchObject({ call: 1, wechat: 1 });
    expect(repOf(report, "Wang")!.followUps).toMatchObject({ done: 0, overdue: 1, due: 1 });
    // Zhao's pool customer is overdue but waits for whoever claims it.
    expect(repOf(report, "Zhao")!.followUps).toMatchObject({ done: 1, overdue: 0 });
    expect(repOf(report, "Zhao")!.followUps.byMethod.visit).toBe(1);
    expect(report.summary.followUps).toMatchObject({ done: 3, touched: 2, overdue: 1, due: 3 });
  });

  it("still shows a rep with nothing in the week, marked quiet", () => {
    const quiet = repOf(report, "Quiet")!;
    expect(quiet.quiet).toBe(true);
    expect(quiet.figures.newDeals).toEqual({ count: 0, amount: 0 });
    expect(quiet.followUps).toMatchObject({ done: 0, due: 0, target: 4.6 });
    expect(repOf(report, "Lee")!.quiet).toBe(false);
    expect(report.reps.some((rep) => rep.name === "Gone")).toBe(false);
  });

  it("reports one team: its reps, its summary and its target", () => {
    const east = weeklyReport(tables, week, "east", today);
    expect(east.reps.map((rep) => rep.name)).toEqual(["Lee", "Wang", "Old"]);
    expect(east.summary.figures.won).toEqual({ count: 2, amount: 7000 });
    expect(east.summary.figures.newDeals).toEqual({ count: 1, amount: 3000 });
    expect(east.summary.month).toMatchObject({ target: 40000, attainment: 0.025, pace: 0.775 });
    const north = weeklyReport(tables, week, "North", today);
    expect(north.reps.map((rep) => rep.name)).toEqual(["Zhao", "Quiet"]);
    expect(north.summary.figures.stageMoves).toBe(0);
    // Zhao's visit is the team's week: a team with follow-ups only is not quiet.
    expect(north.summary.followUps.done).toBe(1);
    expect(north.summary.quiet).toBe(false);
  });

  it("counts everyone's rows in the summary, Team or not", () => {
    expect(report.summary.figures.newDeals).toEqual({ count: 2, amount: 3700 });
    expect(report.summary.figures.won).toEqual({ count: 2, amount: 7000 });
    expect(report.summary.lostDeals.map((deal) => deal.lostReason)).toEqual(["Price"]);
  });

  it("reads a workbook without any tables as a quiet week", () => {
    const empty = weeklyReport({}, week, null, today);
    expect(empty.reps).toEqual([]);
    expect(empty.summary.quiet).toBe(true);
    expect(empty.summary.month.target).toBeNull();
  });

  it("adds two Targets rows of one scope and period, and keeps their shared pace", () => {
    const split = plainTable(
      "Targets",
      ["PeriodStart", "PeriodEnd", "Level", "Name", "Target", "Actual", "Attainment", "Pace"],
      [
        [day(2027, 1, 1), day(2027, 1, 31), "个人", "Lee", 1000, 500, 0.5, 1],
        [day(2027, 1, 1), day(2027, 1, 31), "Rep", "lee ", 3000, 500, 1 / 6, 1 / 3],
      ],
    );
    const lee = weeklyReport({ ...tables, Targets: split }, week, null, today).reps[0];
    expect(lee.month).toMatchObject({ target: 4000, actual: 1000, attainment: 0.25 });
    expect(lee.month.pace).toBeCloseTo(0.5);
  });

  it("sums its reps' figures in the summary whenever every row has an owner", () => {
    const owners = ["Lee", "Wang", "Zhao", "Ex", "lee "];
    const dealRow = fc.record({
      owner: fc.constantFrom(...owners),
      stage: fc.constantFrom("Won", "Lost", "Proposal", "Prospecting"),
      amount: fc.integer({ min: 0, max: 10000 }),
      created: fc.integer({ min: week.start - 10, max: week.end + 10 }),
      fraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
      closed: fc.integer({ min: week.start - 10, max: week.end + 10 }),
      expected: fc.integer({ min: week.start - 3, max: week.end + 10 }),
    });
    const activityRow = fc.record({
      owner: fc.constantFrom(...owners),
      date: fc.integer({ min: week.start - 3, max: week.end + 3 }),
      customer: fc.constantFrom("Acme", "Beta", "Gamma"),
    });
    const customerRow = fc.record({
      owner: fc.constantFrom(...owners),
      first: fc.integer({ min: week.start - 5, max: week.end + 5 }),
      next: fc.integer({ min: week.start, max: week.end + 14 }),
    });
    fc.assert(
      fc.property(
        fc.array(dealRow, { maxLength: 30 }),
        fc.array(customerRow, { maxLength: 20 }),
        fc.array(activityRow, { maxLength: 20 }),
        fc.constantFrom(null, "East", "North"),
        (deals, customers, activities, team) => {
          const input = {
            Team: teamTable,
            Stages: stagesTable,
            Deals: plainTable(
              "Deals",
              ["DealID", "Owner", "Stage", "Amount", "Created", "ExpectedClose", "ClosedOn"],
              deals.map((deal, i) => [
                `D${i}`,
                deal.owner,
                deal.stage,
                deal.amount,
                deal.created + deal.fraction,
                deal.expected,
                deal.closed,
              ]),
            ),
            Customers: plainTable(
              "Customers",
              ["Owner", "FirstPurchase", "NextContact"],
              customers.map((c) => [c.owner, c.first, c.next]),
            ),
            Activities: plainTable(
              "Activities",
              ["Date", "Customer", "Owner", "Method"],
              activities.map((a) => [a.date, a.customer, a.owner, "Call"]),
            ),
          };
          const weekly = weeklyReport(input, week, team, today);
          const keys: (keyof WeeklyFigures)[] = [
            "newDeals",
            "newCustomers",
            "won",
            "lost",
            "stageMoves",
            "expectedNextWeek",
            "dueNextWeek",
          ];
          for (const key of keys) {
            const total = (pick: (figure: WeeklyFigures[typeof key]) => number) =>
              weekly.reps.reduce((sum, rep) => sum + pick(rep.figures[key]), 0);
            const own = weekly.summary.figures[key];
            if (typeof own === "number") expect(total((f) => f as number)).toBe(own);
            else {
              expect(total((f) => (f as { count: number }).count)).toBe(own.count);
              expect(total((f) => (f as { amount: number }).amount)).toBe(own.amount);
            }
          }
          for (const key of ["done", "touched", "overdue", "due", "dueNextWeek"] as const) {
            const total = weekly.reps.reduce((sum, rep) => sum + rep.followUps[key], 0);
            expect(total).toBe(weekly.summary.followUps[key]);
          }
          expect(weekly.summary.quiet).toBe(weekly.reps.every((rep) => rep.quiet));
        },
      ),
    );
  });
});

describe("weekChoices", () => {
  it("offers this week, then the twelve before it, last week first", () => {
    const choices = weekChoices(day(2026, 12, 7));
    expect(choices.map(weekLabel).slice(0, 3)).toEqual(["2026-W50", "2026-W49", "2026-W48"]);
    expect(choices).toHaveLength(13);
    expect(weekLabel(choices[12])).toBe("2026-W38");
  });
});

describe("weeklyTeams", () => {
  it("lists each team of the Team table once, in first-seen order", () => {
    const team = plainTable(
      "Team",
      ["Rep", "Team"],
      [
        ["A", "East"],
        ["B", " east"],
        ["C", ""],
        ["D", "North"],
      ],
    );
    expect(weeklyTeams(team)).toEqual(["East", "North"]);
    expect(weeklyTeams(undefined)).toEqual([]);
  });
});
