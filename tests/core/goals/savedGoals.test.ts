import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { kpiIds, kpiSpecs } from "@core/goals/breakdown/kpiTargets";
import {
  goalMetricText,
  goalProblems,
  goalRowValues,
  nextGoalId,
  readGoals,
  sameGoal,
  type GoalMetric,
  type SavedGoal,
} from "@core/goals/savedGoals";
import { goalMetricChoices, tableHeaders, tableSpec, workbookLanguages } from "@core/workbook/schema";

const goal = (over: Partial<SavedGoal> = {}): SavedGoal => ({
  id: "G-0001",
  text: "Grow East",
  scope: "team",
  scopeName: "East",
  metric: "signed",
  target: 1_200_000,
  deadline: 46387,
  kpis: { conversionRate: 0.3, followUps: 400 },
  actionPlan: "Grow East",
  updated: 46000,
  ...over,
});

/** A cell as Excel keeps what was entered: a leading apostrophe makes the rest text. */
const entered = (cell: string | number): Cell =>
  typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell;

describe("the Goals table", () => {
  it("has one column per KPI target and bilingual headers, created on first save", () => {
    const spec = tableSpec("Goals");
    expect(spec.setUp).toBe(false);
    expect(spec.sheet).toEqual({ "en-US": "Goals", "zh-CN": "目标清单" });
    expect(spec.columns.map((c) => c.key)).toEqual([
      "GoalID",
      "Goal",
      "Scope",
      "ScopeName",
      "Metric",
      "Target",
      "Deadline",
      "ConversionRate",
      "AvgCycleDays",
      "AvgOrderValue",
      "NewCustomers",
      "FollowUps",
      "ActionPlan",
      "Updated",
    ]);
    expect(spec.columns.map((c) => c.kind).slice(5, 12)).toEqual([
      "money",
      "date",
      "percent",
      "number",
      "money",
      "count",
      "count",
    ]);
    expect(new Set(tableHeaders("Goals", "zh-CN")).size).toBe(spec.columns.length);
  });

  it("names the KPIs in Metric as the KPI targets do", () => {
    for (const language of workbookLanguages) {
      expect(goalMetricChoices.slice(2).map((c) => c[language])).toEqual(
        kpiIds.map((id) => kpiSpecs[id].name[language]),
      );
    }
    expect(goalMetricText("collected", "zh-CN")).toBe("回款额");
    expect(goalMetricText("avgCycleDays", "en-US")).toBe("Average sales cycle");
  });
});

describe("goalRowValues and readGoals", () => {
  it("writes a goal as a row in the workbook's language, texts as text", () => {
    expect(goalRowValues(goal({ text: "=1+1" }), "zh-CN")).toEqual([
      "G-0001",
      "'=1+1",
      "团队",
      "East",
      "合同额",
      1_200_000,
      46387,
      0.3,
      "",
      "",
      "",
      400,
      "Grow East",
      46000,
    ]);
  });

  it("leaves the company's ScopeName empty and a column the user added empty", () => {
    const headers = [...tableHeaders("Goals", "en-US"), "My notes"];
    const row = goalRowValues(goal({ scope: "company", scopeName: "East" }), "en-US", headers);
    expect(row[2]).toBe("Company");
    expect(row[3]).toBe("");
    expect(row[14]).toBe("");
  });

  it("reads rows in either language, skipping empty rows, with their row index", () => {
    const headers = tableHeaders("Goals", "zh-CN");
    const rows = [
      goalRowValues(goal(), "zh-CN").map(entered),
      headers.map(() => ""),
      goalRowValues(goal({ id: "G-0002", scope: "rep", scopeName: "Li", metric: "followUps" }), "en-US").map(entered),
    ];
    const read = readGoals({ headers, rows });
    expect(read.map((g) => [g.row, g.id, g.scope, g.metric])).toEqual([
      [0, "G-0001", "team", "signed"],
      [2, "G-0002", "rep", "followUps"],
    ]);
    expect(read[0].kpis).toEqual({ conversionRate: 0.3, followUps: 400 });
  });

  it("reads an unknown Scope as the company and an unknown Metric as signed", () => {
    const headers = tableHeaders("Goals", "en-US");
    const row = goalRowValues(goal(), "en-US");
    row[2] = "Region";
    row[4] = "Smiles";
    const [read] = readGoals({ headers, rows: [row] });
    expect(read).toMatchObject({ scope: "company", scopeName: "", metric: "signed" });
  });

  const text = fc
    .string({ minLength: 1, maxLength: 20 })
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const serial = fc.integer({ min: 1, max: 2_958_465 });
  const figure = fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
  const goals: fc.Arbitrary<SavedGoal> = fc
    .record({
      id: fc.integer({ min: 1, max: 99_999 }).map((n) => nextGoalId([`G-${n - 1}`])),
      text,
      scope: fc.constantFrom("company" as const, "team" as const, "rep" as const),
      scopeName: text,
      metric: fc.constantFrom<GoalMetric>("signed", "collected", ...kpiIds),
      target: fc.option(figure, { nil: null }),
      deadline: fc.option(serial, { nil: null }),
      kpis: fc.record(Object.fromEntries(kpiIds.map((id) => [id, fc.double({ min: 0, max: 1e9, noNaN: true })])), {
        requiredKeys: [],
      }),
      actionPlan: fc.option(text, { nil: "" }),
      updated: fc.option(serial, { nil: null }),
    })
    .map((g) => ({ ...g, scopeName: g.scope === "company" ? "" : g.scopeName }));

  it("reads back every goal it writes, in both languages (property)", () => {
    fc.assert(
      fc.property(goals, fc.constantFrom(...workbookLanguages), (written, language) => {
        const headers = tableHeaders("Goals", language);
        const [read] = readGoals({ headers, rows: [goalRowValues(written, language).map(entered)] });
        const { row, ...back } = read;
        expect(row).toBe(0);
        expect(back).toEqual(written);
        expect(sameGoal(back, written)).toBe(true);
      }),
    );
  });
});

describe("nextGoalId", () => {
  it("gives one after the highest G-number, four digits at least", () => {
    expect(nextGoalId([])).toBe("G-0001");
    expect(nextGoalId(["G-0001", "g-0007 ", "x", null, 12])).toBe("G-0008");
    expect(nextGoalId(["G-9999"])).toBe("G-10000");
  });

  it("never gives an ID in use (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20_000 })), (numbers) => {
        const ids = numbers.map((n) => `G-${String(n).padStart(4, "0")}`);
        expect(ids).not.toContain(nextGoalId(ids));
      }),
    );
  });
});

describe("sameGoal", () => {
  it("ignores spaces around texts and the time of day, not a changed figure", () => {
    expect(sameGoal(goal(), goal({ text: " Grow East ", deadline: 46387.5 }))).toBe(true);
    expect(sameGoal(goal(), goal({ target: 1_200_001 }))).toBe(false);
    expect(sameGoal(goal(), goal({ kpis: { conversionRate: 0.3 } }))).toBe(false);
  });
});

describe("goalProblems", () => {
  const fallback = { target: 1_000_000, deadline: 46387 };
  it("blocks an empty goal, a target that is not a number and a deadline that is not a date", () => {
    expect(goalProblems({ text: " ", target: "12x", deadline: "2026-02-30" }, fallback)).toEqual([
      "noText",
      "targetNotNumber",
      "badDeadline",
    ]);
    expect(goalProblems({ text: "Grow", target: "1,200,000", deadline: "2026-12-31" }, fallback)).toEqual([]);
  });

  it("takes the fallbacks for empty fields, and blocks when there are none", () => {
    expect(goalProblems({ text: "Grow", target: "", deadline: "" }, fallback)).toEqual([]);
    expect(goalProblems({ text: "Grow", target: "", deadline: "" }, { target: null, deadline: null })).toEqual([
      "targetNotNumber",
      "badDeadline",
    ]);
  });
});
