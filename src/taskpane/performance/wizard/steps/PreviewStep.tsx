import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScorecardLine } from "@core/performance/scorecardLines";
import type { PlanProblem } from "@core/performance/scorecardPlan";
import { ScorecardTable } from "../../ScorecardTable";
import { KPI_NAME_KEYS, PROBLEM_KEYS } from "../scorecardKeys";
import { useStepStyles } from "./useStepStyles";

export type PreviewStepProps = {
  problems: readonly PlanProblem[];
  lines: readonly ScorecardLine[];
};

/** What keeps the plan from being written, or the scorecard it would write. */
export function PreviewStep({ problems, lines }: PreviewStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();

  const problemText = (problem: PlanProblem) => {
    const params: Record<string, unknown> = { ...problem };
    if ("kpi" in problem) params.kpi = t(KPI_NAME_KEYS[problem.kpi]);
    return t(PROBLEM_KEYS[problem.code], params);
  };

  return (
    <>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("performance.wizard.problems.title")}</MessageBarTitle>
            <ul>
              {problems.map((problem, i) => (
                <li key={i}>{problemText(problem)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {problems.length === 0 && lines.length > 0 && (
        <div className={styles.group}>
          <Subtitle2 as="h4">{t("performance.wizard.preview")}</Subtitle2>
          <ScorecardTable lines={lines} caption={t("performance.wizard.previewCaption")} withPeriod />
        </div>
      )}
    </>
  );
}
