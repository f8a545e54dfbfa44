import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ExcelFailure, ExcelFailureKind } from "@excel/excelFailure";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  code: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
  },
});

/** The title of each kind of failure: what the user does about it. */
const titleKeys: Readonly<Record<ExcelFailureKind, TranslationKey>> = {
  "busy-editing": "errors.title.busy-editing",
  "not-found": "errors.title.not-found",
  invalid: "errors.title.invalid",
  "too-large": "errors.title.too-large",
  office: "errors.title.office",
};

export type ExcelFailureBarProps = {
  failure: ExcelFailure;
};

/**
 * Shows a failed workbook operation: a localized title that says what to do for its kind, then
 * Office's own message and code, so the user (or support) sees exactly what Excel said.
 */
export function ExcelFailureBar({ failure }: ExcelFailureBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(titleKeys[failure.kind])}</MessageBarTitle>
        {failure.message}
        <Caption1 className={styles.code}>{t("errors.code", { code: failure.code })}</Caption1>
      </MessageBarBody>
    </MessageBar>
  );
}
