import { normalizeLabel } from "@core/cells/outcome";
import type { WorkbookLanguage } from "@core/workbook/schema";

/** Where a step of an action plan stands. */
export type StepStatus = "notStarted" | "inProgress" | "done";

export const stepStatuses: readonly StepStatus[] = ["notStarted", "inProgress", "done"];

/** The status as written in the ActionPlan table, per workbook language. */
export const stepStatusText: Readonly<Record<StepStatus, Readonly<Record<WorkbookLanguage, string>>>> = {
  notStarted: { "en-US": "Not started", "zh-CN": "未开始" },
  inProgress: { "en-US": "In progress", "zh-CN": "进行中" },
  done: { "en-US": "Done", "zh-CN": "已完成" },
};

/** One step of an action plan: a row of the ActionPlan table. */
export type ActionStep = {
  /** The goal the step serves (ActionPlan[Goal]). */
  readonly goal: string;
  readonly step: string;
  readonly owner: string;
  /** Due date, an Excel serial; null when none is set. */
  readonly due: number | null;
  readonly status: StepStatus;
  /** The KPI the step moves (ActionPlan[KPI]). */
  readonly kpi: string;
};

const ALIASES: Readonly<Record<string, StepStatus>> = {
  todo: "notStarted",
  "to do": "notStarted",
  open: "notStarted",
  待办: "notStarted",
  "in progress": "inProgress",
  doing: "inProgress",
  ongoing: "inProgress",
  进行: "inProgress",
  done: "done",
  complete: "done",
  completed: "done",
  finished: "done",
  完成: "done",
  已完成: "done",
};

/**
 * The status a cell of ActionPlan[Status] stands for: its text in either language (or a common
 * synonym such as "Completed" or "完成"), trimmed and case-insensitive. An empty or unknown text
 * is "notStarted", so an unfamiliar status never hides an overdue step.
 *
 * @example
 * stepStatusOf("已完成") //=> "done"
 */
export function stepStatusOf(text: string | null | undefined): StepStatus {
  const key = normalizeLabel(text ?? "");
  for (const status of stepStatuses) {
    const names = stepStatusText[status];
    if (key === normalizeLabel(names["en-US"]) || key === normalizeLabel(names["zh-CN"])) return status;
  }
  return ALIASES[key] ?? "notStarted";
}

/**
 * Whether a step is overdue: it has a due date before today and is not done.
 *
 * @param step - the step
 * @param today - today's serial
 * @returns true when overdue
 *
 * @example
 * isOverdue({ goal: "G", step: "Call", owner: "Li", due: 46000, status: "inProgress", kpi: "" }, 46001) //=> true
 */
export function isOverdue(step: Pick<ActionStep, "due" | "status">, today: number): boolean {
  return step.due !== null && Math.floor(step.due) < Math.floor(today) && step.status !== "done";
}
