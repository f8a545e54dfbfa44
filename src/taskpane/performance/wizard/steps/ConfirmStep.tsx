import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

export type ConfirmStepProps = {
  /** Rows of the Scorecard the write would update. */
  existingRows: number;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Asks before rows already in the Scorecard are updated. */
export function ConfirmStep({ existingRows, onConfirm, onCancel }: ConfirmStepProps) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("performance.wizard.confirm.title")}</MessageBarTitle>
        {t("performance.wizard.confirm.body", { count: existingRows })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          {t("performance.wizard.confirm.update")}
        </Button>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
