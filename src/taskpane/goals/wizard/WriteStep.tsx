import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { GoalsData } from "@excel/goals/goalsData";
import type { TargetsWriteOutcome } from "@excel/goals/writeTargets";
import type { WriteProgress } from "@excel/write/writeInChunks";
import { targetRows } from "@core/goals/breakdown/targetRows";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import type { BuiltPlan } from "./buildPlans";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

export type WriteStepProps = {
  built: readonly BuiltPlan[];
  granularities: readonly ("year" | "quarter" | "month" | "week")[];
  data: GoalsData;
  /** Called after a write landed, so the area re-reads the workbook. */
  onWritten: () => void;
};

type WriteState =
  | { readonly phase: "idle" }
  | { readonly phase: "writing"; readonly progress: WriteProgress | null }
  | { readonly phase: "confirm"; readonly replacing: number }
  | { readonly phase: "done"; readonly outcome: Extract<TargetsWriteOutcome, { status: "written" }> }
  | { readonly phase: "failed"; readonly failure: ExcelFailure };

/** Step 6: write the Targets rows (asking before replacing rows of the same metric and year). */
export function WriteStep({ built, granularities, data, onWritten }: WriteStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [state, setState] = useState<WriteState>({ phase: "idle" });
  const rowCount = built.reduce(
    (n, b) =>
      n +
      targetRows(b.plan, {
        metric: b.metric,
        language: data.language,
        levels: ["Company", "Team", "Rep"],
        granularities,
      }).length,
    0,
  );

  const write = (replace: boolean) => {
    setState({ phase: "writing", progress: null });
    service.goals
      .writeTargets({
        plans: built.map((b) => ({ plan: b.plan, metric: b.metric })),
        language: data.language,
        granularities,
        wonLabels: data.wonLabels,
        replace,
        onProgress: (progress) => setState({ phase: "writing", progress }),
      })
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) return setState({ phase: "failed", failure: result.error });
        if (result.value.status === "needs-confirmation")
          return setState({ phase: "confirm", replacing: result.value.replacing });
        setState({ phase: "done", outcome: result.value });
        onWritten();
      });
  };

  const writing = state.phase === "writing";
  return (
    <div className={styles.root}>
      <Body1>
        {t("goals.write.summary", {
          rows: rowCount,
          levels: t(granularities.includes("week") ? "goals.write.levelsWeeks" : "goals.write.levels"),
        })}
      </Body1>
      <Button appearance="primary" disabled={writing || state.phase === "confirm"} onClick={() => write(false)}>
        {t("goals.write.button")}
      </Button>
      {writing && state.progress && (
        <ProgressBar
          value={state.progress.total === 0 ? 0 : state.progress.done / state.progress.total}
          aria-label={t("goals.write.writing", state.progress)}
        />
      )}
      {state.phase === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("goals.write.confirmTitle")}</MessageBarTitle>
            {t("goals.write.confirm", { rows: state.replacing })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => write(true)}>{t("goals.write.replace")}</Button>
            <Button onClick={() => setState({ phase: "idle" })}>{t("goals.write.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.phase === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {state.outcome.cancelled
              ? t("goals.write.cancelled", { rows: state.outcome.added })
              : state.outcome.replaced > 0
                ? t("goals.write.doneReplaced", {
                    rows: state.outcome.added,
                    sheet: state.outcome.sheet,
                    replaced: state.outcome.replaced,
                  })
                : t("goals.write.done", { rows: state.outcome.added, sheet: state.outcome.sheet })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "failed" && <ExcelFailureBar failure={state.failure} />}
    </div>
  );
}
