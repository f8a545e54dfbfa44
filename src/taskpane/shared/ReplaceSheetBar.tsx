import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

export type ReplaceSheetBarProps = {
  /** A short question ("Replace the dashboard sheet?"); it also names the bar for screen readers. */
  readonly title?: string;
  /** Which sheet is there already and what replacing it loses. */
  readonly message: string;
  /** The confirming button's label ("Replace", "Overwrite"). */
  readonly replaceLabel: string;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
};

/**
 * The question every "write a sheet" action asks when its sheet is there already: the user may
 * have added to it, so it is replaced only on the primary button; Cancel writes nothing. Inline
 * rather than a dialog, so the pane stays readable beside the grid.
 *
 * @example
 * {outcome?.kind === "exists" && (
 *   <ReplaceSheetBar
 *     title={t("pipeline.dashboard.confirmTitle")}
 *     message={t("pipeline.dashboard.confirmBody", { sheet: outcome.sheet })}
 *     replaceLabel={t("pipeline.dashboard.replace")}
 *     onReplace={() => void write.run(true)}
 *     onCancel={write.reset}
 *   />
 * )}
 */
export function ReplaceSheetBar({ title, message, replaceLabel, onReplace, onCancel }: ReplaceSheetBarProps) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReplace}>
          {replaceLabel}
        </Button>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
