import {
  Body1,
  Caption1,
  Link,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { PaymentRecord } from "@core/receivables/paymentRecords";
import type { AgingRow, RateRow, ReceivablesSummary } from "@core/receivables/receivablesSummary";
import type { CollectionRate } from "@core/collections/collectionRate";
import type { TranslationKey } from "@i18n/translationKey";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  facts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

const BUCKET_KEYS: readonly TranslationKey[] = [
  "collections.receivables.buckets.notDue",
  "collections.receivables.buckets.d30",
  "collections.receivables.buckets.d60",
  "collections.receivables.buckets.d90",
  "collections.receivables.buckets.over90",
];

export type ReceivablesSectionProps = {
  readonly summary: ReceivablesSummary;
  /** Selects an installment's row in Payments. */
  readonly onSelect: (record: PaymentRecord) => void;
};

/** An aging table: one row per group, a column per bucket (the overdue ones in red), scrolling sideways in a narrow pane. */
function AgingTable({ rows, caption }: { rows: readonly AgingRow[]; caption: string }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const figure = useFigureTableStyles();
  const styles = useStyles();
  return (
    <div className={figure.scroller} role="region" aria-label={caption} tabIndex={0}>
      <Table size="extra-small" aria-label={caption}>
        <TableHeader className={figure.header}>
          <TableRow>
            <TableHeaderCell className={figure.sticky}>{t("collections.receivables.name")}</TableHeaderCell>
            <TableHeaderCell className={figure.number}>{t("collections.receivables.outstanding")}</TableHeaderCell>
            {BUCKET_KEYS.map((key) => (
              <TableHeaderCell key={key} className={figure.number}>
                {t(key)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell className={figure.sticky}>{row.name || "—"}</TableCell>
              <TableCell className={figure.number}>{format.money(row.outstanding)}</TableCell>
              {row.buckets.map((amount, i) => (
                <TableCell key={i} className={mergeClasses(figure.number, i > 0 && amount > 0 && styles.overdue)}>
                  {format.money(amount)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * The receivables view: the aging of what is outstanding (total, by owner, by customer), the
 * collection rate to date per rep, per team and overall, DSO, the largest overdue customers, and
 * the installments due this week and this month, each a link that selects its row in Payments.
 */
export function ReceivablesSection({ summary, onSelect }: ReceivablesSectionProps) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const styles = useStyles();
  const rateText = (rate: CollectionRate) =>
    rate.rate === null
      ? t("collections.receivables.noRate")
      : t("collections.receivables.rateRow", {
          rate: format.percent(rate.rate),
          received: format.money(rate.received),
          due: format.money(rate.due),
        });
  const rateList = (rows: readonly RateRow[]) =>
    rows.map((row) => (
      <Body1 key={row.name}>
        {row.name}: {rateText(row)}
      </Body1>
    ));
  const installment = (record: PaymentRecord) => (
    <li key={record.row}>
      <Link onClick={() => onSelect(record)}>
        {t("collections.receivables.installment", {
          customer: record.customer || "—",
          contract: record.contractId || record.dealId || "—",
          number: record.installment ?? "—",
          due: format.date(record.dueDate),
          amount: format.money(Math.max(0, record.amountDue - record.received), 2),
        })}
      </Link>
    </li>
  );
  const dueList = (records: readonly PaymentRecord[]) =>
    records.length === 0 ? (
      <Caption1>{t("collections.receivables.noneDue")}</Caption1>
    ) : (
      <ul className={styles.list}>{records.map(installment)}</ul>
    );

  return (
    <section className={styles.section} aria-label={t("collections.receivables.title")}>
      <Subtitle2 as="h3">{t("collections.receivables.title")}</Subtitle2>
      <Caption1>{t("collections.receivables.asOf", { day: format.date(summary.asOf) })}</Caption1>
      {summary.total.outstanding === 0 ? (
        <Body1>{t("collections.receivables.nothing")}</Body1>
      ) : (
        <>
          <AgingTable rows={[summary.total]} caption={t("collections.receivables.outstanding")} />
          <Subtitle2 as="h4">{t("collections.receivables.byOwner")}</Subtitle2>
          <AgingTable rows={summary.byOwner} caption={t("collections.receivables.byOwner")} />
          <Subtitle2 as="h4">{t("collections.receivables.byCustomer")}</Subtitle2>
          <AgingTable rows={summary.byCustomer} caption={t("collections.receivables.byCustomer")} />
        </>
      )}
      <div className={styles.facts} role="group" aria-label={t("collections.receivables.rate")}>
        <Subtitle2 as="h4">{t("collections.receivables.rate")}</Subtitle2>
        <Body1>
          {t("collections.receivables.whole")}: {rateText(summary.rate)}
        </Body1>
        {rateList(summary.rateByTeam)}
        {rateList(summary.rateByRep)}
        <Body1>
          {t("collections.receivables.dso")}:{" "}
          {summary.dso === null ? "—" : t("collections.receivables.dsoValue", { days: format.days(summary.dso) })}
        </Body1>
      </div>
      {summary.largestOverdue.length > 0 && (
        <div className={styles.facts}>
          <Subtitle2 as="h4">{t("collections.receivables.largestOverdue")}</Subtitle2>
          <ol className={styles.list}>
            {summary.largestOverdue.map((row) => (
              <li key={row.name} className={styles.overdue}>
                {row.name}: {format.money(row.overdue)}
              </li>
            ))}
          </ol>
        </div>
      )}
      <Subtitle2 as="h4">{t("collections.receivables.dueThisWeek")}</Subtitle2>
      {dueList(summary.dueThisWeek)}
      <Subtitle2 as="h4">{t("collections.receivables.dueThisMonth")}</Subtitle2>
      {dueList(summary.dueThisMonth)}
      <Caption1>{t("collections.receivables.selectHint")}</Caption1>
    </section>
  );
}
