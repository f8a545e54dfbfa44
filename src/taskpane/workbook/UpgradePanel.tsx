import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExcelResult } from "@excel/excelFailure";
import type { TranslationKey } from "@i18n/translationKey";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";

/** The words of an upgrade offer: what it changes, its confirmation and its progress. */
export type UpgradePanelTexts = {
  readonly title: TranslationKey;
  readonly body: TranslationKey;
  readonly start: TranslationKey;
  readonly confirmTitle: TranslationKey;
  readonly confirmBody: TranslationKey;
  readonly confirm: TranslationKey;
  readonly working: TranslationKey;
};

/** What the panel says once the upgrade ran: a success, or why it could not finish. */
export type UpgradeReport = { readonly intent: "success" | "warning"; readonly text: string };

export type UpgradePanelProps<T> = {
  texts: UpgradePanelTexts;
  /** The upgrade itself (one service call); runs only once the user confirmed. */
  upgrade: () => Promise<ExcelResult<T>>;
  /** What to say about the upgrade's outcome, in the pane's language. */
  report: (outcome: T) => UpgradeReport;
  /** Called with the outcome once the upgrade answered, so the area can read the workbook again. */
  onDone: (outcome: T) => void;
};

/**
 * Offers a schema upgrade of the manager's tables: what it changes, a confirmation (it rewrites
 * columns of the manager's tables), the progress, then what it did or the Excel failure.
 */
export function UpgradePanel<T>({ texts, upgrade, report, onDone }: UpgradePanelProps<T>) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const action = useWorkbookAction(() => upgrade());

  const handleStart = () => setConfirming(true);
  const handleCancel = () => setConfirming(false);
  const handleConfirm = async () => {
    setConfirming(false);
    const result = await action.run();
    if (result.ok) onDone(result.value);
  };

  if (action.state.status === "done") {
    const { intent, text } = report(action.state.value);
    return (
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <>
      {action.failure && <ExcelFailureBar failure={action.failure} />}
      {confirming ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(texts.confirmTitle)}</MessageBarTitle>
            {t(texts.confirmBody)}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => void handleConfirm()}>
              {t(texts.confirm)}
            </Button>
            <Button onClick={handleCancel}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(texts.title)}</MessageBarTitle>
            {t(texts.body)}
          </MessageBarBody>
          <MessageBarActions>
            {action.running ? (
              <Spinner size="tiny" label={t(texts.working)} />
            ) : (
              <Button onClick={handleStart}>{t(texts.start)}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
