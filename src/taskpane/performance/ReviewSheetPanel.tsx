import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { ReviewOutcome } from "@excel/performance/writeReviewSheet";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export type ReviewSheetPanelProps = {
  reps: readonly string[];
};

type State =
  | { readonly step: "idle" }
  | { readonly step: "writing" }
  | { readonly step: "done"; readonly outcome: ReviewOutcome; readonly rep: string }
  | { readonly step: "failed"; readonly failure: ExcelFailure };

/** Writes a review sheet for the chosen rep; asks before replacing the rep's existing one. */
export function ReviewSheetPanel({ reps }: ReviewSheetPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const titleId = useId();
  const [rep, setRep] = useState(reps[0] ?? "");
  const [state, setState] = useState<State>({ step: "idle" });
  const chosen = reps.includes(rep) ? rep : (reps[0] ?? "");

  const write = (replace: boolean) => {
    setState({ step: "writing" });
    service.performance
      .writeReviewSheet(chosen, replace)
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) =>
        setState(
          result.ok ? { step: "done", outcome: result.value, rep: chosen } : { step: "failed", failure: result.error },
        ),
      );
  };
  const handleWrite = () => write(false);
  const handleReplace = () => write(true);
  const handleCancel = () => setState({ step: "idle" });

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("performance.review.title")}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t("performance.review.hint")}</Caption1>
      <div className={styles.actions}>
        <Field label={t("performance.review.rep")}>
          <Select value={chosen} onChange={(_, data) => setRep(data.value)}>
            {reps.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button onClick={handleWrite} disabled={chosen === "" || state.step === "writing"}>
          {t("performance.review.write")}
        </Button>
        {state.step === "writing" && <Spinner size="tiny" label={t("performance.review.writing")} />}
      </div>
      {state.step === "failed" && <ExcelFailureBar failure={state.failure} />}
      {state.step === "done" && state.outcome.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("performance.review.written", { sheet: state.outcome.sheet, periods: state.outcome.periods })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.step === "done" && state.outcome.kind === "no-rows" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("performance.review.noRows", { rep: state.rep })}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "done" && state.outcome.kind === "exists" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <Body1>{t("performance.review.exists", { sheet: state.outcome.sheet })}</Body1>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={handleReplace}>
              {t("performance.review.replace")}
            </Button>
            <Button onClick={handleCancel}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
