import { normalizeLabel } from "@core/cells/outcome";
import { tableCell, type TableCells } from "@core/goals/breakdown/tableCell";
import { stepStatusOf, type ActionStep } from "@core/goals/actionPlan/actionStep";

/** A step as read, with the data row it came from. */
export type ReadStep = ActionStep & { readonly row: number };

/**
 * The steps of the ActionPlan table, in sheet order, with their data row indexes. Rows with
 * neither a goal nor a step are left out.
 *
 * @example
 * actionSteps({ headers: ["Goal", "Step", "Status"], rows: [["Q3", "Call VIPs", "Done"]] })[0].status //=> "done"
 */
export function actionSteps(table: TableCells): ReadStep[] {
  const at = tableCell("ActionPlan", table);
  const steps: ReadStep[] = [];
  table.rows.forEach((row, i) => {
    const goal = at.text(row, "Goal") ?? "";
    const step = at.text(row, "Step") ?? "";
    if (goal === "" && step === "") return;
    steps.push({
      row: i,
      goal,
      step,
      owner: at.text(row, "Owner") ?? "",
      due: at.date(row, "Due"),
      status: stepStatusOf(at.text(row, "Status")),
      kpi: at.text(row, "KPI") ?? "",
    });
  });
  return steps;
}

/**
 * The goals of an action plan, each once (first spelling wins), in order of first appearance.
 *
 * @example
 * planGoals([{ goal: "A" }, { goal: "a" }, { goal: "B" }]) //=> ["A", "B"]
 */
export function planGoals(steps: readonly Pick<ActionStep, "goal">[]): string[] {
  const seen = new Set<string>();
  const goals: string[] = [];
  for (const { goal } of steps) {
    const key = normalizeLabel(goal);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    goals.push(goal);
  }
  return goals;
}

/**
 * Whether two lists of steps say the same (goal, step, owner, due day, status, KPI, in order):
 * how the writer tells that the sheet still holds what the editor loaded.
 *
 * @example
 * sameSteps([a], [a]) //=> true
 */
export function sameSteps(a: readonly ActionStep[], b: readonly ActionStep[]): boolean {
  const key = (s: ActionStep) =>
    [s.goal, s.step, s.owner, s.due === null ? "" : Math.floor(s.due), s.status, s.kpi].join("\u0000");
  return a.length === b.length && a.every((s, i) => key(s) === key(b[i]));
}

/**
 * The steps of one goal (matched trimmed and case-insensitively).
 *
 * @example
 * stepsOfGoal(steps, "grow east").length //=> 3
 */
export function stepsOfGoal<T extends Pick<ActionStep, "goal">>(steps: readonly T[], goal: string): T[] {
  const key = normalizeLabel(goal);
  return steps.filter((s) => normalizeLabel(s.goal) === key);
}
