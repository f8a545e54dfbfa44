import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { goalProblems, type GoalProblem, type SavedGoal } from "@core/goals/savedGoals";
import type { WizardChoices } from "@core/goals/breakdown/wizardChoices";
import type { GoalsData } from "@excel/goals/goalsData";
import type { TranslationKey } from "@i18n/translationKey";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { goalFromDraft } from "./goalDraft";
import { resolvedDraft, type KpiTargetDrafts, type SmartDraft } from "./smartDraft";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The message of each problem that blocks a save. */
const PROBLEM_KEYS: Readonly<Record<GoalProblem, TranslationKey>> = {
  noText: "goals.saved.problems.noText",
  targetNotNumber: "goals.saved.problems.targetNotNumber",
  badDeadline: "goals.saved.problems.badDeadline",
};

export type SaveGoalBarProps = {
  data: GoalsData;
  choices: WizardChoices;
  draft: SmartDraft;
  kpiTargets: KpiTargetDrafts;
  /** The saved goal on the card, as the pane read it; null for a new goal. */
  editing: SavedGoal | null;
  today: number;
  /** The goal as written (with its GoalID). */
  onSaved: (goal: SavedGoal) => void;
};

/**
 * "Save goal": checks what blocks a save (no goal in words, a target that is not a number, a
 * deadline that is not a date), then writes the card and its KPI targets to the Goals table — the
 * goal being edited over its own row, a new goal as a new row — and asks before overwriting a row
 * edited in Excel since it was read.
 */
export function SaveGoalBar({ data, choices, draft, kpiTargets, editing, today, onSaved }: SaveGoalBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [problems, setProblems] = useState<readonly GoalProblem[]>([]);
  const save = useWorkbookAction((_, replace: boolean) => {
    const resolved = resolvedDraft(draft, choices);
    const goal = goalFromDraft(draft, kpiTargets, resolved, { editing, reps: data.reps, today });
    return service.goals.writeGoal({ goal, loaded: editing, language: data.language, replace });
  });

  const handleSave = (replace: boolean) => {
    const resolved = resolvedDraft(draft, choices);
    const found = goalProblems(draft, { target: resolved.wizardTarget, deadline: resolved.yearEnd });
    setProblems(found);
    if (found.length > 0) return save.reset();
    void save.run(replace).then((result) => {
      if (result.ok && result.value.status === "written") onSaved(result.value.goal);
    });
  };
  const outcome = save.value;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={save.running} onClick={() => handleSave(false)}>
          {t("goals.saved.save")}
        </Button>
        {editing && <Caption1>{t("goals.saved.editing", { id: editing.id })}</Caption1>}
      </div>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <ul className={styles.problems}>
              {problems.map((problem) => (
                <li key={problem}>{t(PROBLEM_KEYS[problem])}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.status === "needs-confirmation" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("goals.saved.confirmTitle")}</MessageBarTitle>
            {t("goals.saved.confirm", { id: outcome.id })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => handleSave(true)}>{t("goals.saved.replace")}</Button>
            <Button onClick={save.reset}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.status === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("goals.saved.savedAs", { id: outcome.goal.id, sheet: outcome.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {save.failure && <ExcelFailureBar failure={save.failure} />}
    </div>
  );
}
