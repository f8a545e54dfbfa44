import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScorecardOutcome } from "@excel/performance/writeScorecard";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";

export type WriteOutcomeBarProps = { outcome: ScorecardOutcome };

/** What a write did: rows added and updated, those not updated (moved away meanwhile), or why the workbook refused it (naming missing columns). */
export function WriteOutcomeBar({ outcome }: WriteOutcomeBarProps) {
  const { t } = useTranslation();
  if (outcome.kind === "written")
    return (
      <>
        <MessageBar intent="success">
          <MessageBarBody>{t("performance.wizard.written", { ...outcome })}</MessageBarBody>
        </MessageBar>
        {outcome.notWritten.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t("performance.wizard.notWritten", {
                count: outcome.notWritten.length,
                rows: outcome.notWritten.join(", "),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
      </>
    );
  if (outcome.kind === "missing-columns") return <MissingColumnsBar missing={outcome.missing} />;
  const text =
    outcome.kind === "missing-tables"
      ? t("performance.wizard.missingWhenWriting", { tables: outcome.tables.join(", ") })
      : outcome.kind === "needs-upgrade"
        ? t("performance.wizard.needsUpgrade")
        : t("performance.wizard.kpiBlockBroken", { sheet: outcome.sheet });
  return (
    <MessageBar intent="error">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
