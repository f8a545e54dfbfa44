import { serialFromDate } from "@core/cells/parseDate";
import { initialChoices } from "@core/goals/breakdown/wizardChoices";
import { goalsTables } from "@excel/goals/goalsData";
import { draftFromGoal, goalFromDraft } from "@taskpane/goals/smart/goalDraft";
import { emptyDraft, resolvedDraft, type SmartDraft } from "@taskpane/goals/smart/smartDraft";

const reps = [
  { name: "Li", team: "North", capacity: 2 },
  { name: "Zhao", team: "South", capacity: 1 },
];
const today = serialFromDate(2026, 3, 1);
const choices = { ...initialChoices(2026, 1), annualTarget: "1200000" };

describe("a goal on the card and in the Goals table", () => {
  it("fills empty fields with the wizard's target and the fiscal year's end", () => {
    const resolved = resolvedDraft({ ...emptyDraft, text: "Grow" }, choices);
    expect(resolved).toMatchObject({
      metric: "signed",
      target: 1_200_000,
      deadline: serialFromDate(2026, 12, 31),
    });
    const goal = goalFromDraft({ ...emptyDraft, text: " Grow " }, {}, resolved, { editing: null, reps, today });
    expect(goal).toEqual({
      id: "",
      text: "Grow",
      scope: "company",
      scopeName: "",
      metric: "signed",
      target: 1_200_000,
      deadline: serialFromDate(2026, 12, 31),
      kpis: {},
      actionPlan: "Grow",
      updated: today,
    });
  });

  it("saves the KPI named as the metric, rates as fractions, and keeps an edited goal's ID and link", () => {
    const draft: SmartDraft = {
      text: "More follow-ups",
      scope: "south",
      metric: "collected",
      target: "500000",
      kpi: "followUps",
      deadline: "2026-06-30",
    };
    const editing = goalFromDraft(draft, {}, resolvedDraft(draft, choices), { editing: null, reps, today });
    const goal = goalFromDraft(
      draft,
      { conversionRate: "25%", avgCycleDays: "40", followUps: "" },
      resolvedDraft(draft, choices),
      { editing: { ...editing, id: "G-0004", actionPlan: "Old words" }, reps, today },
    );
    expect(goal).toMatchObject({
      id: "G-0004",
      scope: "team",
      scopeName: "South",
      metric: "followUps",
      kpis: { conversionRate: 0.25, avgCycleDays: 40 },
      actionPlan: "Old words",
    });
  });

  it("loads a saved goal back as the card typed it: the same goal saves again unchanged", () => {
    for (const draft of [
      { text: "Grow", scope: "Li", metric: "collected", target: "250000", kpi: "", deadline: "2026-09-30" },
      { text: "Grow", scope: "North", metric: "", target: "1.5", kpi: "conversionRate", deadline: "2026-09-30" },
    ] as const satisfies readonly SmartDraft[]) {
      const kpis = { conversionRate: "7", avgOrderValue: "12000.5" };
      const goal = goalFromDraft(draft, kpis, resolvedDraft(draft, choices), { editing: null, reps, today });
      const back = draftFromGoal(goal, "en-US");
      expect(back.draft).toEqual(draft);
      expect(back.kpiTargets).toEqual(kpis);
      const again = goalFromDraft(back.draft, back.kpiTargets, resolvedDraft(back.draft, choices), {
        editing: null,
        reps,
        today,
      });
      expect(again).toEqual(goal);
    }
  });

  it("shows a company goal's scope in the workbook's language", () => {
    const goal = goalFromDraft({ ...emptyDraft, text: "Grow", scope: "公司" }, {}, resolvedDraft(emptyDraft, choices), {
      editing: null,
      reps,
      today,
    });
    expect(draftFromGoal(goal, "zh-CN").draft.scope).toBe("公司");
    expect(draftFromGoal(goal, "en-US").draft.scope).toBe("Company");
  });

  it("is read again when the Goals table changes", () => {
    expect(goalsTables).toContain("Goals");
  });
});
