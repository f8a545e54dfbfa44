import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import type { ImportPlan } from "@core/import/planImport";
import { rowSpans } from "@core/import/rowSpans";
import { sameImport } from "@core/import/unfinishedImport";
import type { PendingImport } from "@excel/import/pendingImport";
import { UndoLastChange } from "@taskpane/undo/UndoLastChange";
import { RejectedRowsAction } from "./RejectedRowsAction";
import type { ImportWizardStep } from "./types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
});

export type ResultStepProps = {
  step: Extract<ImportWizardStep, { type: "result" }>;
  plan?: ImportPlan;
  /** The workbook's record of an unfinished import, re-read after a failure. */
  pending: PendingImport | null;
  /** The workbook is being re-read before finishing. */
  busy: boolean;
  onFinish: () => void;
  onRestart: () => void;
};

/**
 * Step 5: what was written. After a failure or a cancel it says exactly which rows are in the
 * workbook and which are not, and offers to finish the job (the same import continues after the
 * last written row). When the re-read workbook already holds every row (the write went through,
 * its answer was lost), it says so and offers nothing to finish.
 */
export function ResultStep({ step, plan, pending, busy, onFinish, onRestart }: ResultStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { outcome, writeFailure } = step;
  const total = plan?.layout.rows.length ?? 0;
  const inPlace = plan?.layout.mode === "in-place";
  const handleFinish = () => onFinish();
  const handleAgain = () => onRestart();
  const unfinished = writeFailure !== undefined || outcome?.cancelled === true;
  // After a failure the workbook's record (re-read) says how far the write got; it is absent when
  // nothing was written.
  const recorded = sameImport(pending, plan?.layout.fingerprint);
  const done = outcome?.done ?? recorded?.done ?? 0;
  // Re-planned after the failure against the workbook as it now is: when the table already holds
  // every row, the write went through and only its answer was lost.
  const alreadyThere = plan?.result.problems.filter((p) => p.kind === "already-imported").length ?? 0;
  const nothingLeft = writeFailure !== undefined && plan !== undefined && total === 0 && alreadyThere > 0;

  return (
    <div className={styles.root}>
      {writeFailure && !nothingLeft && <ExcelFailureBar failure={writeFailure} />}
      {outcome?.moved && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("import.result.moved")}
            {outcome.moved.written.length > 0 &&
              ` ${t("import.result.movedWritten", { rows: rowSpans(outcome.moved.written) })}`}
            {` ${t("import.result.movedNotWritten", { rows: rowSpans(outcome.moved.notWritten) })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && !outcome.cancelled && !outcome.moved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("import.result.done", { total: outcome.total, table: outcome.table, sheet: outcome.sheet })}
            {outcome.resumedFrom > 0 && ` ${t("import.result.resumed", { from: outcome.resumedFrom })}`}
            {outcome.updated && ` ${t("import.duplicates.updated", outcome.updated)}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.updated && outcome.updated.rows > 0 && <UndoLastChange refreshKey={outcome} />}
      {outcome?.cancelled && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("import.result.cancelled", { done: outcome.done, total: outcome.total, next: outcome.done + 1 })}
          </MessageBarBody>
        </MessageBar>
      )}
      {nothingLeft && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("import.result.alreadyWritten", { count: alreadyThere, table: step.choices.target })}
          </MessageBarBody>
        </MessageBar>
      )}
      {writeFailure && !nothingLeft && (
        <Body1>
          {done === 0
            ? t("import.result.failedNothing")
            : inPlace
              ? t("import.result.inPlacePartial", { done })
              : t("import.result.failed", {
                  done,
                  total,
                  next: done + 1,
                  sheet: recorded?.sheet ?? step.choices.target,
                })}
        </Body1>
      )}
      {unfinished && !inPlace && <Body1>{t("import.result.sourceIntact")}</Body1>}
      {outcome && !outcome.cancelled && plan && (
        <RejectedRowsAction source={step.source} headerRow={step.choices.headerRow} plan={plan} />
      )}
      <div className={styles.actions}>
        {unfinished && !nothingLeft && (
          <Button appearance="primary" onClick={handleFinish} disabled={busy}>
            {t("import.result.finish")}
          </Button>
        )}
        <Button onClick={handleAgain}>{t("import.result.again")}</Button>
      </div>
    </div>
  );
}
