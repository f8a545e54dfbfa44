import type { Cell } from "@core/cells/cell";
import { serialFromDate } from "@core/cells/parseDate";
import { highPotential, MAX_POTENTIAL_MONTHS } from "@core/team/highPotential";
import { minMaxScores } from "@core/team/minMaxScores";
import { recentMonths } from "@core/team/months";
import { defaultPotentialWeights, usableWeights } from "@core/team/potentialWeights";
import { teamData } from "@core/team/teamData";
import { activityColumns, customerColumns, dealColumns, tableOf, targetColumns, teamColumns } from "./teamTables";

const today = serialFromDate(2026, 7, 10);
// The index measures January–June 2026 and compares win rates with July–December 2025.
const months = recentMonths(today, 12);
const recent = months.slice(6);

type Row = Record<string, Cell>;

/** A rep who each month wins one deal of `wonAmount(i)` and loses one, and logs four follow-ups rated 4. */
function history(rep: string, wonAmount: (monthIndex: number) => number, industry = "Retail") {
  const deals: Row[] = [];
  const activities: Row[] = [];
  months.forEach((month, i) => {
    deals.push({
      Owner: rep,
      Customer: `${rep} client`,
      Stage: "Won",
      Amount: wonAmount(i),
      ClosedOn: month.start + 9,
    });
    deals.push({ Owner: rep, Customer: `${rep} client`, Stage: "Lost", Amount: 5000, ClosedOn: month.start + 12 });
    for (let k = 0; k < 4; k++) activities.push({ Owner: rep, Date: month.start + 3 + k, Satisfaction: 4 });
  });
  return { deals, activities, customer: { Company: `${rep} client`, Industry: industry, Owner: rep } };
}

const rising = history("Rise", (i) => (i < 6 ? 15000 : 10000 + (i - 6) * 2000)); // 10 000 … 20 000 over Jan–Jun
const flat = history("Flat", () => 15000);
const started = serialFromDate(2020, 1, 6);

function tables(extraDeals: Row[] = [], extraTargets: Row[] = []) {
  return teamData({
    Team: tableOf(teamColumns, [
      { Rep: "Flat", Team: "East", StartDate: started },
      { Rep: "Rise", Team: "East", StartDate: started },
      { Rep: "Newbie", Team: "East", StartDate: recent[2].start },
    ]),
    Deals: tableOf(dealColumns, [
      ...flat.deals,
      ...rising.deals,
      { Owner: "Newbie", Customer: "x", Stage: "Won", Amount: 1000, ClosedOn: recent[3].start },
      ...extraDeals,
    ]),
    Activities: tableOf(activityColumns, [...flat.activities, ...rising.activities]),
    Customers: tableOf(customerColumns, [flat.customer, rising.customer]),
    Targets: tableOf(targetColumns, extraTargets),
  });
}

describe("highPotential", () => {
  it("measures at most MAX_POTENTIAL_MONTHS months, however many are asked for (issue #14)", () => {
    const started = Date.now();
    for (const asked of [1e9, 1e308, Infinity]) {
      expect(highPotential(tables(), today, defaultPotentialWeights, { months: asked }).months).toHaveLength(
        MAX_POTENTIAL_MONTHS,
      );
    }
    expect(highPotential(tables(), today, defaultPotentialWeights, { months: NaN }).months).toHaveLength(6);
    expect(highPotential(tables(), today, defaultPotentialWeights, { months: -1e308 }).months).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("ranks a rising rep above a flat one when everything else is equal", () => {
    const result = highPotential(tables(), today, defaultPotentialWeights);
    expect(result.months.map((m) => m.label)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    const [first, second] = result.reps;
    expect(first.member.rep).toBe("Rise");
    expect(first.rank).toBe(1);
    expect(second.member.rep).toBe("Flat");
    expect(second.rank).toBe(2);

    // Trend: slope 2 000 a month ÷ mean 15 000 = 0.1333 for Rise, 0 for Flat: scores 100 and 0.
    const trendOf = (rep: (typeof result.reps)[number]) => rep.components.find((c) => c.component === "trend");
    expect(trendOf(first)?.value).toBeCloseTo(2000 / 15000, 12);
    expect(trendOf(first)?.detail).toEqual({
      component: "trend",
      basis: "revenue",
      series: [10000, 12000, 14000, 16000, 18000, 20000],
    });
    expect(trendOf(second)).toMatchObject({ value: 0, score: 0, weight: 30, contribution: 0 });
    // Every other component is equal for both (win rate 50 % before and after, 4 follow-ups a
    // month rated 4, no new industry): 50 each. Index = (30 × 100 + 70 × 50) ÷ 100.
    expect(first.index).toBeCloseTo(65, 12);
    expect(second.index).toBeCloseTo(35, 12);
    expect(first.components.map((c) => [c.component, c.value])).toEqual([
      ["trend", expect.closeTo(0.1333333, 6)],
      ["learning", 0],
      ["drive", 4],
      ["adaptability", 0],
      ["communication", 4],
    ]);
  });

  it("marks a rep with too little history and does not rank them", () => {
    const newbie = highPotential(tables(), today, defaultPotentialWeights).reps[2];
    expect(newbie.member.rep).toBe("Newbie");
    expect(newbie.gaps).toEqual([
      { kind: "joined", startDate: recent[2].start },
      { kind: "few-deals", closed: 1, min: 5 },
    ]);
    expect(newbie.rank).toBeNull();
    expect(newbie.index).toBeNull();
    expect(newbie.components.every((c) => c.score === null)).toBe(true);
  });

  it("follows the weights: without the trend, the two reps tie", () => {
    const result = highPotential(tables(), today, { ...defaultPotentialWeights, trend: 0 });
    expect(result.reps.slice(0, 2).map((rep) => [rep.rank, rep.index])).toEqual([
      [1, 50],
      [1, 50],
    ]);
    const noWeights = highPotential(tables(), today, {
      trend: 0,
      learning: 0,
      drive: 0,
      adaptability: 0,
      communication: 0,
    });
    expect(noWeights.reps.every((rep) => rep.rank === null)).toBe(true);
  });

  it("counts a win in a new industry as adaptability and a better win rate as learning", () => {
    const freshWins: Row[] = [recent[4], recent[5]].map((month) => ({
      Owner: "Flat",
      Customer: "Fresh Foods",
      Stage: "Won",
      Amount: 1,
      ClosedOn: month.start,
    }));
    const data = teamData({
      Team: tableOf(teamColumns, [
        { Rep: "Flat", StartDate: started },
        { Rep: "Rise", StartDate: started },
      ]),
      Deals: tableOf(dealColumns, [...flat.deals, ...rising.deals, ...freshWins]),
      Customers: tableOf(customerColumns, [
        flat.customer,
        rising.customer,
        { Company: "Fresh Foods", Industry: "Food", Owner: "Flat" },
      ]),
    });
    const result = highPotential(data, today, defaultPotentialWeights);
    const flatRep = result.reps.find((rep) => rep.member.rep === "Flat");
    const adaptability = flatRep?.components.find((c) => c.component === "adaptability");
    expect(adaptability).toMatchObject({ value: 1, score: 100, detail: { segments: ["Food"] } });
    // Flat's recent win rate: 8 won of 14 closed; before: 6 of 12.
    const learning = flatRep?.components.find((c) => c.component === "learning");
    expect(learning?.value).toBeCloseTo(8 / 14 - 0.5, 12);
    expect(learning?.detail).toEqual({
      component: "learning",
      recent: 8 / 14,
      earlier: 0.5,
      recentClosed: 14,
      earlierClosed: 12,
    });
  });

  it("measures the trend of attainment when the rep has a target for every month", () => {
    const targetRows = recent.map((month, i) => ({
      Period: month.label,
      PeriodStart: month.start,
      PeriodEnd: month.end,
      Level: "Rep",
      Name: "Flat",
      Metric: "Signed",
      // Targets rising faster than Flat's flat revenue: attainment falls.
      Target: 10000 + i * 5000,
    }));
    const result = highPotential(tables([], targetRows), today, defaultPotentialWeights);
    const flatTrend = result.reps.find((rep) => rep.member.rep === "Flat")?.components[0];
    expect(flatTrend?.detail).toMatchObject({ basis: "attainment", series: [1.5, 1, 0.75, 0.6, 0.5, 15000 / 35000] });
    expect(flatTrend?.value).toBeLessThan(0);
  });
});

describe("the index's building blocks", () => {
  it("scores values from 0 (lowest) to 100 (highest), 50 when all are equal", () => {
    expect(minMaxScores([2, 4, null, 3])).toEqual([0, 100, null, 50]);
    expect(minMaxScores([7, 7])).toEqual([50, 50]);
    expect(minMaxScores([null])).toEqual([null]);
  });

  it("counts a negative or non-numeric weight as 0", () => {
    expect(usableWeights({ ...defaultPotentialWeights, drive: -5, learning: Number.NaN })).toEqual({
      ...defaultPotentialWeights,
      drive: 0,
      learning: 0,
    });
  });
});
