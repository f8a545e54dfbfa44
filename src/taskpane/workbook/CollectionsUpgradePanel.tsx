import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CollectionsUpgradeOutcome, CollectionsUpgradePreview } from "@excel/setup/upgradeCollections";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useNumberFormat, type NumberFormat } from "@taskpane/shared/useNumberFormat";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";

export type CollectionsUpgradePanelProps = {
  /** Called once the upgrade wrote, so the area reads the workbook again. */
  onUpgraded: () => void;
};

/**
 * Offers the collections upgrade (schema version 4): Deals[Collected] becomes the live sum of the
 * deal's received payments. Before anything is written it reads and says what will be written —
 * how many typed amounts become Payments rows, their total, how many are dated today for want of a
 * ClosedOn — or what stops it (deals without a DealID, amounts that are no number, no Payments
 * table); then the confirmation, the progress, and what was done.
 */
export function CollectionsUpgradePanel({ onUpgraded }: CollectionsUpgradePanelProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const service = useWorkbookService();
  const preview = useWorkbookAction(() => service.previewCollectionsUpgrade());
  const upgrade = useWorkbookAction(() => service.upgradeCollections());
  const [shown, setShown] = useState<CollectionsUpgradePreview | null>(null);

  const handleStart = async () => {
    const result = await preview.run();
    if (result.ok) setShown(result.value);
  };
  const handleCancel = () => setShown(null);
  const handleConfirm = async () => {
    setShown(null);
    const result = await upgrade.run();
    if (result.ok && result.value.kind === "upgraded") onUpgraded();
  };

  if (upgrade.state.status === "done") {
    const outcome: CollectionsUpgradeOutcome = upgrade.state.value;
    const text =
      outcome.kind === "upgraded"
        ? t("workbook.collections.done", {
            rows: outcome.moved,
            total: format.money(outcome.total, 2),
            targets: outcome.targets,
          })
        : outcome.kind === "missing"
          ? t("workbook.collections.missing", { what: format.list(outcome.what) })
          : outcome.kind === "blocked"
            ? t("workbook.collections.blocked", { deals: blockedNames(outcome.blocked) })
            : t("workbook.collections.rowsChanged");
    return (
      <MessageBar intent={outcome.kind === "upgraded" ? "success" : "warning"} layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    );
  }

  const failure = preview.failure ?? upgrade.failure;
  const running = preview.running || upgrade.running;
  return (
    <>
      {failure && <ExcelFailureBar failure={failure} />}
      {shown ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("workbook.collections.confirmTitle")}</MessageBarTitle>
            {confirmText(shown, t, format)}
          </MessageBarBody>
          <MessageBarActions>
            {canUpgrade(shown) && (
              <Button appearance="primary" onClick={() => void handleConfirm()}>
                {t("workbook.collections.confirm")}
              </Button>
            )}
            <Button onClick={handleCancel}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("workbook.collections.title")}</MessageBarTitle>
            {t("workbook.collections.body")}
          </MessageBarBody>
          <MessageBarActions>
            {running ? (
              <Spinner size="tiny" label={t("workbook.collections.working")} />
            ) : (
              <Button onClick={() => void handleStart()}>{t("workbook.collections.start")}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}

const canUpgrade = (preview: CollectionsUpgradePreview) => !preview.paymentsMissing && preview.blocked.length === 0;

const blockedNames = (blocked: CollectionsUpgradePreview["blocked"]) =>
  blocked
    .slice(0, 5)
    .map((deal) => `${deal.row}${deal.customer ? ` (${deal.customer})` : ""}`)
    .join(", ") + (blocked.length > 5 ? ", …" : "");

/** What the confirmation says: the rows and total it will write, or what stops it. */
function confirmText(preview: CollectionsUpgradePreview, t: TFunction, format: NumberFormat) {
  if (preview.paymentsMissing) return t("workbook.collections.noPayments");
  if (preview.blocked.length > 0) return t("workbook.collections.blocked", { deals: blockedNames(preview.blocked) });
  const moved =
    preview.payments === 0
      ? t("workbook.collections.nothingTyped")
      : t("workbook.collections.willWrite", { rows: preview.payments, total: format.money(preview.total, 2) });
  const today = preview.datedToday > 0 ? t("workbook.collections.datedToday", { undated: preview.datedToday }) : "";
  // Chinese sentences follow each other without a space.
  const separator = format.language === "zh-CN" ? "" : " ";
  return [moved, today, t("workbook.collections.confirmBody")].filter((text) => text !== "").join(separator);
}
