import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ImportFlow } from "./ImportFlow";
import { stepKeys } from "./importKeys";
import { importStepTypes } from "./steps/types";
import { useImportWizard } from "./useImportWizard";

const useStyles = makeStyles({
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
  const wizard = useImportWizard();
  const { loading, failure, workbook } = wizard.state;
  const current = wizard.state.step.type;
  const pending = workbook?.pending;

  return (
    <AreaSection
      title={t("import.title")}
      intro={t("import.intro")}
      lead={
        <ol className={styles.steps} aria-label={t("import.steps.label")}>
          {importStepTypes.map((step) => (
            <li
              key={step}
              className={step === current ? styles.current : undefined}
              aria-current={step === current ? "step" : undefined}
            >
              {t(stepKeys[step])}
            </li>
          ))}
        </ol>
      }
      progress={loading ? t("import.loading") : null}
      failure={failure}
    >
      {pending && current !== "result" && current !== "writing" && (
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
      <ImportFlow wizard={wizard} />
    </AreaSection>
  );
}
