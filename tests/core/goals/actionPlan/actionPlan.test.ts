import { isOverdue, stepStatusOf, type ActionStep } from "@core/goals/actionPlan/actionStep";
import { actionSteps, planGoals, sameSteps, stepsOfGoal } from "@core/goals/actionPlan/actionSteps";
import { actionPlanValues } from "@core/goals/actionPlan/actionPlanValues";
import { tableHeaders } from "@core/workbook/schema";

const step = (over: Partial<ActionStep> = {}): ActionStep => ({
  goal: "Grow East",
  step: "Call every A customer",
  owner: "Li",
  due: 46000,
  status: "inProgress",
  kpi: "Follow-ups ≥ 400",
  ...over,
});

describe("action plan", () => {
  it("reads statuses in either language and common synonyms; unknown is not started", () => {
    expect(stepStatusOf("已完成")).toBe("done");
    expect(stepStatusOf(" in progress ")).toBe("inProgress");
    expect(stepStatusOf("Completed")).toBe("done");
    expect(stepStatusOf("waiting")).toBe("notStarted");
    expect(stepStatusOf(null)).toBe("notStarted");
  });

  it("flags a step due before today that is not done", () => {
    expect(isOverdue(step(), 46001)).toBe(true);
    expect(isOverdue(step(), 46000)).toBe(false);
    expect(isOverdue(step({ status: "done" }), 46100)).toBe(false);
    expect(isOverdue(step({ due: null }), 46100)).toBe(false);
  });

  it("reads the table's steps with their rows, skipping empty rows", () => {
    const table = {
      headers: tableHeaders("ActionPlan", "zh-CN"),
      rows: [
        ["Grow East", "Call", "Li", 46000, "进行中", "Follow-ups"],
        ["", "", "", "", "", ""],
        ["Other", "Visit", "Wang", "", "", ""],
        ["grow east ", "Demo", "Zhao", "2026-01-05", "Done", ""],
      ],
    };
    const steps = actionSteps(table);
    expect(steps.map((s) => [s.row, s.goal, s.status, s.due])).toEqual([
      [0, "Grow East", "inProgress", 46000],
      [2, "Other", "notStarted", null],
      [3, "grow east", "done", 46027],
    ]);
    expect(planGoals(steps)).toEqual(["Grow East", "Other"]);
    expect(stepsOfGoal(steps, "GROW EAST").map((s) => s.row)).toEqual([0, 3]);
  });

  it("compares steps by content and order", () => {
    expect(sameSteps([step()], [step({ due: 46000.5 })])).toBe(true);
    expect(sameSteps([step()], [step({ status: "done" })])).toBe(false);
    expect(sameSteps([step(), step({ step: "b" })], [step({ step: "b" }), step()])).toBe(false);
  });

  it("writes steps as table rows: texts kept as text, status in the workbook's language, header order followed", () => {
    const en = actionPlanValues([step({ step: "=HYPERLINK(1)", due: null, status: "done" })], "en-US");
    expect(en.headers).toEqual(tableHeaders("ActionPlan", "en-US"));
    expect(en.values).toEqual([["Grow East", "'=HYPERLINK(1)", "Li", "", "Done", "Follow-ups ≥ 400"]]);
    const zh = actionPlanValues([step()], "zh-CN", ["状态", "目标", "我的列", "截止日期"]);
    expect(zh.values).toEqual([["进行中", "Grow East", "", 46000]]);
  });
});
