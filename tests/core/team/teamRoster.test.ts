import { serialFromDate } from "@core/cells/parseDate";
import { currentPeriod } from "@core/team/currentPeriod";
import { rollUp, teamRoster } from "@core/team/teamRoster";
import { targetPeriods } from "@core/team/targetPeriods";
import { teamData, type TeamTarget } from "@core/team/teamData";
import {
  activityColumns,
  dealColumns,
  paymentColumns,
  stageColumns,
  tableOf,
  targetColumns,
  teamColumns,
} from "./teamTables";

const today = serialFromDate(2026, 3, 15); // 46096
const march = { start: serialFromDate(2026, 3, 1), end: serialFromDate(2026, 3, 31) }; // 46082 … 46112

const data = teamData({
  Team: tableOf(teamColumns, [
    { Rep: "Ann", Team: "East", Manager: "Carol" },
    { Rep: "Bob", Team: "East", Manager: "Carol" },
    { Rep: "Carol", Team: "East", Manager: "" },
    { Rep: "Dan", Team: "West", Manager: "Eve" },
  ]),
  Targets: tableOf(targetColumns, [
    {
      Period: "2026-03",
      PeriodStart: march.start,
      PeriodEnd: march.end,
      Level: "Rep",
      Name: "Ann",
      Metric: "Signed",
      Target: 40000,
    },
    {
      Period: "2026-03",
      PeriodStart: march.start,
      PeriodEnd: march.end,
      Level: "Rep",
      Name: "Bob",
      Metric: "Signed",
      Target: 60000,
      Actual: 66000,
    },
    {
      Period: "2026-Q1",
      PeriodStart: serialFromDate(2026, 1, 1),
      PeriodEnd: march.end,
      Level: "Rep",
      Name: "Ann",
      Metric: "Signed",
      Target: 120000,
    },
    {
      Period: "2026-03",
      PeriodStart: march.start,
      PeriodEnd: march.end,
      Level: "Team",
      Name: "East",
      Metric: "Signed",
      Target: 999999,
    },
  ]),
  Stages: tableOf(stageColumns, [{ Stage: "Prospecting", Probability: 0.1, ForecastCategory: "Pipeline" }]),
  Deals: tableOf(dealColumns, [
    { Owner: "Ann", Stage: "Won", Amount: 10000, ClosedOn: march.start + 1 },
    { Owner: "ann ", Stage: "Won", Amount: 20000, ClosedOn: march.end },
    { Owner: "Ann", Stage: "Won", Amount: 5000, ClosedOn: march.start - 1 },
    { Owner: "Ann", Stage: "Lost", Amount: 7000, ClosedOn: march.start + 8 },
    { Owner: "Ann", Stage: "Proposal", Amount: 50000, Probability: 0.5 },
    { Owner: "Ann", Stage: "Negotiation", Amount: 8000, Weighted: 6000 },
    { Owner: "Bob", Stage: "Prospecting", Amount: 10000 },
    { Owner: "Carol", Stage: "Won", Amount: 9000, ClosedOn: today + 4 },
    { Owner: "Dan", Stage: "", Amount: 1234 },
  ]),
  Activities: tableOf(activityColumns, [
    { Owner: "Ann", Date: today },
    { Owner: "Ann", Date: today - 29 },
    { Owner: "Ann", Date: today - 30 },
    { Owner: "Ann", Date: today + 1 },
    { Owner: "Bob", Date: today - 16 },
  ]),
});

describe("teamRoster", () => {
  const roster = teamRoster(data, today);

  it("takes the shortest rep period that holds today from Targets", () => {
    expect(roster.period).toEqual({ label: "2026-03", ...march, metric: "signed", fromTargets: true });
  });

  it("gives each rep attainment, open and weighted pipeline and follow-ups in the last 30 days", () => {
    const [ann, bob, carol] = roster.groups[0].rows;
    // Ann: 10 000 + 20 000 won in March (the sheet's Actual is empty, so from the deals) of 40 000.
    expect(ann).toMatchObject({ actual: 30000, target: 40000, attainment: 0.75 });
    // Open: 50 000 × 50 % + 8 000 with a Weighted of 6 000 in the sheet.
    expect(ann).toMatchObject({ openDeals: 2, openPipeline: 58000, weightedPipeline: 31000, activities: 2 });
    // Bob: the sheet's Actual (66 000) of 60 000; his deal weighted by the Stages table's 10 %.
    expect(bob).toMatchObject({
      actual: 66000,
      target: 60000,
      openPipeline: 10000,
      weightedPipeline: 1000,
      activities: 1,
    });
    expect(bob.attainment).toBeCloseTo(1.1, 12);
    // Carol has no target: her sales count, her attainment is unknown.
    expect(carol).toMatchObject({ actual: 9000, target: null, attainment: null, openDeals: 0, activities: 0 });
  });

  it("rolls teams up as Σactual ÷ Σtarget with their manager, never as a mean of percentages", () => {
    const [east, west] = roster.groups;
    expect(east).toMatchObject({ team: "East", manager: "Carol", actual: 105000, target: 100000 });
    expect(east.attainment).toBeCloseTo(1.05, 12); // a mean of 75 % and 110 % would say 92.5 %
    expect(east.openPipeline).toBe(68000);
    expect(east.activities).toBe(3);
    expect(west).toMatchObject({ team: "West", manager: "Eve", actual: 0, target: null, attainment: null });
    expect(roster.total).toMatchObject({ actual: 105000, target: 100000, openDeals: 3, weightedPipeline: 32000 });
  });

  it("shows a period chosen from Targets: its attainment, and follow-ups in the 30 days to its end", () => {
    const q1 = targetPeriods(data.targets, today).find((p) => p.label === "2026-Q1")!;
    const chosen = teamRoster(data, today, q1);
    expect(chosen.period).toBe(q1);
    const [ann, bob] = chosen.groups[0].rows;
    // Ann's Q1 target is 120 000; she won 10 000 + 20 000 + 5 000 (the last on 28 February).
    expect(ann).toMatchObject({ actual: 35000, target: 120000, openDeals: 2, openPipeline: 58000 });
    // Q1 runs until 31 March: its follow-ups are the 30 days to today, as for March.
    expect(ann.activities).toBe(2);
    expect(bob).toMatchObject({ target: null, attainment: null });
    const february = { label: "2026-02", start: serialFromDate(2026, 2, 1), end: serialFromDate(2026, 2, 28) };
    const past = teamRoster(data, today, { ...february, metric: "signed", fromTargets: true });
    // 30 days to 28 February: today − 29 (14 February) and today − 30 (13 February) count, today does not.
    expect(past.groups[0].rows[0]).toMatchObject({ actual: 5000, target: null, activities: 2 });
    expect(past.groups[0].rows[1].activities).toBe(1); // Bob's on 27 February
  });

  it("adds up nothing to zeros", () => {
    expect(rollUp([])).toEqual({
      actual: 0,
      target: null,
      attainment: null,
      signed: 0,
      collected: 0,
      openDeals: 0,
      openPipeline: 0,
      weightedPipeline: 0,
      activities: 0,
    });
  });
});

describe("signed and collected in the roster", () => {
  const collectedTarget = {
    Period: "2026-03",
    PeriodStart: march.start,
    PeriodEnd: march.end,
    Level: "Rep",
    Name: "Ann",
    Metric: "Collected",
    Target: 20000,
  };
  const tables = {
    Team: tableOf(teamColumns, [
      { Rep: "Ann", Team: "East" },
      { Rep: "Bob", Team: "East" },
    ]),
    Targets: tableOf(targetColumns, [collectedTarget]),
    Deals: tableOf(dealColumns, [
      // Signed in February, its money came in during March: collected in March, signed in February.
      { Owner: "Ann", Stage: "Won", Amount: 30000, ClosedOn: march.start - 10, Collected: 18000 },
      { Owner: "Ann", Stage: "Won", Amount: 12000, ClosedOn: march.start + 3, Collected: 0 },
      { Owner: "Bob", Stage: "Won", Amount: 5000, ClosedOn: march.start + 5, Collected: 5000 },
    ]),
  };
  const payments = tableOf(paymentColumns, [
    { Owner: "Ann", AmountDue: 10000, Received: 10000, ReceivedOn: march.start - 5 }, // February
    { Owner: "Ann", AmountDue: 8000, Received: 8000, ReceivedOn: march.start }, // first day counts
    { Owner: "ann", AmountDue: 4000, Received: 4000, ReceivedOn: march.end }, // last day counts
    { Owner: "Ann", AmountDue: 12000, Received: null, ReceivedOn: null }, // still due
    { Owner: "Ann", AmountDue: 100, Received: 100, ReceivedOn: null }, // no date: in no period
    { Owner: "Bob", AmountDue: 5000, Received: 5000, ReceivedOn: march.end + 1 }, // April
  ]);

  it("measures collected by date received from Payments, signed by the won deals closed in the period", () => {
    const roster = teamRoster(teamData({ ...tables, Payments: payments }), today);
    expect(roster.period.metric).toBe("collected");
    const [ann, bob] = roster.groups[0].rows;
    expect(ann).toMatchObject({ signed: 12000, collected: 12000, actual: 12000, target: 20000, attainment: 0.6 });
    expect(bob).toMatchObject({ signed: 5000, collected: 0, actual: 0 });
    expect(roster.groups[0]).toMatchObject({ signed: 17000, collected: 12000 });
    expect(roster.total).toMatchObject({ signed: 17000, collected: 12000 });
  });

  it("falls back to Deals[Collected] by ClosedOn in a workbook without payment rows", () => {
    for (const missing of [{}, { Payments: tableOf(paymentColumns, []) }]) {
      const [ann, bob] = teamRoster(teamData({ ...tables, ...missing }), today).groups[0].rows;
      expect(ann).toMatchObject({ signed: 12000, collected: 0 });
      expect(bob).toMatchObject({ signed: 5000, collected: 5000 });
    }
  });

  it("takes the sheet's Actual of a Collected target when it holds a number, as for signed", () => {
    const withActual = {
      ...tables,
      Targets: tableOf(targetColumns, [{ ...collectedTarget, Actual: 15000 }]),
      Payments: payments,
    };
    const [ann] = teamRoster(teamData(withActual), today).groups[0].rows;
    expect(ann).toMatchObject({ actual: 15000, collected: 12000, attainment: 0.75 });
  });
});

describe("currentPeriod", () => {
  const target = (over: Partial<TeamTarget>): TeamTarget => ({
    period: "P",
    start: march.start,
    end: march.end,
    level: "rep",
    name: "Ann",
    metric: "signed",
    target: 1,
    actual: null,
    ...over,
  });

  it("is today's calendar month without a rep target that holds today", () => {
    expect(currentPeriod([target({ level: "team" }), target({ end: today - 1 })], today)).toEqual({
      label: "2026-03",
      ...march,
      metric: "signed",
      fromTargets: false,
    });
  });

  it("prefers Signed to Collected for the same period, and takes Collected when it is all there is", () => {
    expect(currentPeriod([target({ metric: "collected", period: "C" }), target({ period: "S" })], today).label).toBe(
      "S",
    );
    expect(currentPeriod([target({ metric: "collected" })], today).metric).toBe("collected");
  });
});
