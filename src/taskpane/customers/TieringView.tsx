import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { customerIdentity } from "@core/customers/customerIdentity";
import type { CustomerSummaries } from "@core/customers/customerSummaries";
import { segmentName } from "@core/customers/customerTiering";
import { filterTierChanges, type TierChangeFilter } from "@core/customers/filterTierChanges";
import { choicesOf } from "@core/lists/choicesOf";
import { isSalesError } from "@core/errors";
import type { TierWrite } from "@excel/customers/writeTiers";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { UndoLastChange } from "@taskpane/undo/UndoLastChange";
import { canJournalRows, MAX_ENTRY_ROWS } from "@core/undo/undoJournal";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { ListFilter } from "@taskpane/shared/ListFilter";
import { PagedList } from "@taskpane/shared/PagedList";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { localizedFailure } from "./localizedFailure";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export type TieringViewProps = { summaries: CustomerSummaries; onChanged: () => void };

/** ABC tiers and RFM codes over the whole table: the moves to preview, then a confirmed chunked write. */
export function TieringView({ summaries, onChanged }: TieringViewProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const service = useWorkbookService();
  const language = i18n.resolvedLanguage === "zh-CN" ? "zh-CN" : "en-US";
  const format = useNumberFormat();
  const [confirming, setConfirming] = useState(false);
  const write = useWorkbookAction(
    (controls, tiers: TierWrite) => service.customers.writeTiers(tiers, controls),
    (failure) => localizedFailure(failure, t),
  );
  const [filter, setFilter] = useState<TierChangeFilter>({});
  const tiering = summaries.tiering;
  const changing = useMemo(() => (isSalesError(tiering) ? [] : filterTierChanges(tiering, {})), [tiering]);
  const shown = useMemo(() => (isSalesError(tiering) ? [] : filterTierChanges(tiering, filter)), [tiering, filter]);
  const owners = useMemo(() => choicesOf(changing, (c) => c.owner), [changing]);

  if (isSalesError(tiering)) return <Body1>{t("customers.tiering.noRevenue")}</Body1>;
  const identities = summaries.book.customers.map(customerIdentity);
  const key = identities.every((identity) => identity.key === "CustomerID") ? "CustomerID" : "Company";

  const handleWrite = async () => {
    setConfirming(false);
    const result = await write.run({
      key,
      identities: summaries.book.customers.map((c) => (key === "CustomerID" ? c.id : c.company)),
      tiers: tiering.customers.map((c) => c.newTier),
      rfm: tiering.customers.map((c) => c.rfm),
    });
    if (result.ok) onChanged();
  };
  const written = write.value;
  const done =
    written &&
    (written.cancelled
      ? t("customers.tiering.cancelled", { done: written.done, total: written.total })
      : t(written.addedRfmColumn ? "customers.tiering.writtenAdded" : "customers.tiering.written", {
          done: written.done,
        }));
  /** Customers the write could not find again (deleted or renamed meanwhile): a warning beside the success. */
  const partial =
    written && written.notWritten.length > 0
      ? t("customers.tiering.notWritten", { count: written.notWritten.length, names: written.notWritten.join(", ") })
      : undefined;
  const progress = write.progress;

  return (
    <div className={styles.root}>
      <Caption1>{t("customers.tiering.intro")}</Caption1>
      <Body1>{t("customers.tiering.counts", { a: tiering.counts.A, b: tiering.counts.B, c: tiering.counts.C })}</Body1>
      <Body1>
        {tiering.moved === 0
          ? t("customers.tiering.unchanged")
          : t("customers.tiering.moved", { moved: tiering.moved, up: tiering.up, down: tiering.down })}
      </Body1>
      {tiering.moves.length > 0 && (
        <>
          <Subtitle2 as="h3">{t("customers.tiering.moves")}</Subtitle2>
          <ul className={styles.list} aria-label={t("customers.tiering.moves")}>
            {tiering.moves.map((move) => (
              <li key={`${move.from}-${move.to}`}>
                {move.from || t("customers.tiering.noTier")} → {move.to}: {move.count}
              </li>
            ))}
          </ul>
          <Subtitle2 as="h3">{t("customers.tiering.preview")}</Subtitle2>
          <PagedList
            items={shown}
            label={t("customers.tiering.preview")}
            resetKey={JSON.stringify(filter)}
            filters={
              <>
                <ListFilter
                  label={t("lists.owner")}
                  value={filter.owner}
                  choices={owners.map((owner) => ({ value: owner, text: owner || t("lists.none") }))}
                  onChange={(owner) => setFilter({ ...filter, owner })}
                />
                <ListFilter
                  label={t("customers.tiering.newTier")}
                  value={filter.tier}
                  choices={(["A", "B", "C"] as const).map((tier) => ({ value: tier, text: tier }))}
                  onChange={(tier) => setFilter({ ...filter, tier })}
                />
              </>
            }
          >
            {(page) => (
              <ul className={styles.list} aria-label={t("customers.tiering.preview")}>
                {page.map((c) => (
                  <li key={c.row}>
                    {c.label} · {c.currentTier || t("customers.tiering.noTier")} → {c.newTier} ·{" "}
                    {format.money(c.revenue)} · {t("customers.tiering.rfm")} {c.rfm || t("customers.none")}
                  </li>
                ))}
              </ul>
            )}
          </PagedList>
        </>
      )}
      <Subtitle2 as="h3">{t("customers.tiering.segments")}</Subtitle2>
      <ul className={styles.list} aria-label={t("customers.tiering.segments")}>
        {Object.entries(tiering.segments).map(([segment, count]) => (
          <li key={segment}>
            {segmentName(segment as Parameters<typeof segmentName>[0], language)}: {count}
          </li>
        ))}
      </ul>
      {write.failure && <ExcelFailureBar failure={write.failure} />}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {partial && (
        <MessageBar intent="warning">
          <MessageBarBody>{partial}</MessageBarBody>
        </MessageBar>
      )}
      {written && written.done > 0 && <UndoLastChange refreshKey={written} />}
      {write.running ? (
        <div>
          <ProgressBar
            value={progress?.total ? progress.done / progress.total : 0}
            aria-label={t("customers.tiering.writing")}
          />
          <Button onClick={write.cancel}>{t("customers.tiering.stop")}</Button>
        </div>
      ) : (
        <div>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            {t("customers.tiering.write")}
          </Button>
        </div>
      )}
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("customers.tiering.confirmTitle")}</DialogTitle>
            <DialogContent>
              {t("customers.tiering.confirmBody", { count: tiering.customers.length, moved: tiering.moved })}
              {!canJournalRows(tiering.customers.length) && ` ${t("undo.tooLarge", { limit: MAX_ENTRY_ROWS })}`}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void handleWrite()}>
                {t("customers.tiering.confirm")}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t("common.cancel")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
