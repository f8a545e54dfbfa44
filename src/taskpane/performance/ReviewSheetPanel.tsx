import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ReplaceSheetBar } from "@taskpane/shared/ReplaceSheetBar";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

export type ReviewSheetPanelProps = {
  reps: readonly string[];
};

/** Writes a review sheet for the chosen rep; asks before replacing the rep's existing one. */
export function ReviewSheetPanel({ reps }: ReviewSheetPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const titleId = useId();
  const [rep, setRep] = useState(reps[0] ?? "");
  const chosen = reps.includes(rep) ? rep : (reps[0] ?? "");
  // The rep goes with the outcome, so the report names the rep written even once another is picked.
  const write = useWorkbookAction(async (_controls, name: string, replace: boolean) => {
    const result = await service.performance.writeReviewSheet(name, replace);
    return result.ok ? { ok: true as const, value: { outcome: result.value, rep: name } } : result;
  });
  const done = write.value;

  const handleWrite = () => void write.run(chosen, false);
  const handleReplace = () => void write.run(chosen, true);
  const handleCancel = () => write.reset();

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
        <Button onClick={handleWrite} disabled={chosen === "" || write.running}>
          {t("performance.review.write")}
        </Button>
        {write.running && <Spinner size="tiny" label={t("performance.review.writing")} />}
      </div>
      {write.failure && <ExcelFailureBar failure={write.failure} />}
      {done?.outcome.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("performance.review.written", { sheet: done.outcome.sheet, periods: done.outcome.periods })}
          </MessageBarBody>
        </MessageBar>
      )}
      {done?.outcome.kind === "no-rows" && (
        <MessageBar intent="info">
          <MessageBarBody>{t("performance.review.noRows", { rep: done.rep })}</MessageBarBody>
        </MessageBar>
      )}
      {done?.outcome.kind === "exists" && (
        <ReplaceSheetBar
          message={t("performance.review.exists", { sheet: done.outcome.sheet })}
          replaceLabel={t("performance.review.replace")}
          onReplace={handleReplace}
          onCancel={handleCancel}
        />
      )}
    </section>
  );
}
