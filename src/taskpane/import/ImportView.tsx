import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { importSteps } from "./importStep";
import { MappingStep } from "./steps/MappingStep";
import { ProgressStep } from "./steps/ProgressStep";
import { ResultStep } from "./steps/ResultStep";
import { ReviewStep } from "./steps/ReviewStep";
import { SourceStep } from "./steps/SourceStep";
import { useImportWizard } from "./useImportWizard";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  steps: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    // The step numbers are the list's markers, drawn inside each step: outside, a flex row draws
    // them over the end of the step before.
    paddingInlineStart: 0,
    listStylePosition: "inside",
    color: tokens.colorNeutralForeground3,
  },
  current: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * The Import area: a wizard that reads a list (the selection, a sheet or a CSV file), maps its
 * columns onto Customers, Deals or Follow-ups, shows the problems and a preview, and writes only
 * after the user confirms, with progress and cancel; an import that failed or was cancelled is
 * finished by running it again.
 */
export function ImportView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const wizard = useImportWizard();
  const pending = wizard.workbook?.pending;

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t("import.title")}
      </Subtitle2>
      <Body1>{t("import.intro")}</Body1>
      <ol className={styles.steps} aria-label={t("import.steps.label")}>
        {importSteps.map((step) => (
          <li
            key={step}
            className={step === wizard.step ? styles.current : undefined}
            aria-current={step === wizard.step ? "step" : undefined}
          >
            {t(`import.steps.${step}`)}
          </li>
        ))}
      </ol>
      {wizard.loading && <Spinner size="small" label={t("import.loading")} />}
      {wizard.failure && <ExcelFailureBar failure={wizard.failure} />}
      {pending && wizard.step !== "result" && wizard.step !== "writing" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("import.pending.title")}</MessageBarTitle>
            {t("import.pending.body", {
              table: pending.target,
              done: pending.done,
              total: pending.total,
              sheet: pending.sheet,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {!wizard.loading && wizard.step === "source" && <SourceStep wizard={wizard} />}
      {wizard.step === "mapping" && <MappingStep wizard={wizard} />}
      {wizard.step === "review" && <ReviewStep wizard={wizard} />}
      {wizard.step === "writing" && <ProgressStep wizard={wizard} />}
      {wizard.step === "result" && <ResultStep wizard={wizard} />}
    </section>
  );
}
