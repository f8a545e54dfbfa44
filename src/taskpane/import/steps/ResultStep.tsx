import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import type { ImportWizard } from "../useImportWizard";

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
  wizard: ImportWizard;
};

/**
 * Step 5: what was written. After a failure or a cancel it says exactly which rows are in the
 * workbook and which are not, and offers to finish the job (the same import continues after the
 * last written row).
 */
export function ResultStep({ wizard }: ResultStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { outcome, writeFailure, plan } = wizard;
  const total = plan?.layout.rows.length ?? 0;
  const inPlace = plan?.layout.mode === "in-place";
  const handleFinish = () => wizard.finish();
  const handleAgain = () => wizard.restart();
  const unfinished = writeFailure !== undefined || outcome?.cancelled === true;
  // After a failure the workbook's record (re-read) says how far the write got; it is absent when
  // nothing was written.
  const record = wizard.workbook?.pending;
  const recorded = record && record.fingerprint === plan?.layout.fingerprint ? record : undefined;
  const done = outcome?.done ?? recorded?.done ?? 0;

  return (
    <div className={styles.root}>
      {writeFailure && <ExcelFailureBar failure={writeFailure} />}
      {outcome && !outcome.cancelled && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("import.result.done", { total: outcome.total, table: outcome.table, sheet: outcome.sheet })}
            {outcome.resumedFrom > 0 && ` ${t("import.result.resumed", { from: outcome.resumedFrom })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.cancelled && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t("import.result.cancelled", { done: outcome.done, total: outcome.total, next: outcome.done + 1 })}
          </MessageBarBody>
        </MessageBar>
      )}
      {writeFailure && (
        <Body1>
          {done === 0
            ? t("import.result.failedNothing")
            : inPlace
              ? t("import.result.inPlacePartial", { done })
              : t("import.result.failed", {
                  done,
                  total,
                  next: done + 1,
                  sheet: recorded?.sheet ?? wizard.target,
                })}
        </Body1>
      )}
      {unfinished && !inPlace && <Body1>{t("import.result.sourceIntact")}</Body1>}
      <div className={styles.actions}>
        {unfinished && (
          <Button appearance="primary" onClick={handleFinish} disabled={wizard.busy}>
            {t("import.result.finish")}
          </Button>
        )}
        <Button onClick={handleAgain}>{t("import.result.again")}</Button>
      </div>
    </div>
  );
}
