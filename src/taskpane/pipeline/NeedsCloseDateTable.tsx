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
} from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { needsCloseDate, type DealWithoutCloseDate } from "@core/pipeline/needsCloseDate";
import { ownerMatcher, type OwnerFilter } from "@core/pipeline/pipelineScope";
import type { PipelineBook } from "@core/pipeline/pipelineView";
import { PagedList } from "@taskpane/shared/PagedList";
import { useFigureText } from "./useFigureText";

const useStyles = makeStyles({
  number: { textAlign: "end" },
});

export type NeedsCloseDateTableProps = {
  /** The tables as read. */
  book: PipelineBook;
  /** The area's owner filter. */
  owner: OwnerFilter;
  onSelectDeal: (deal: Pick<DealWithoutCloseDate, "dealId" | "row">) => void;
};

/**
 * Won and lost deals of the chosen owner without a close date, which no period counts until the
 * date is filled in; clicking one selects its row in the sheet. Shown only when there are some.
 */
export function NeedsCloseDateTable({ book, owner, onSelectDeal }: NeedsCloseDateTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useFigureText();
  const titleId = useId();
  const deals = useMemo(
    () => needsCloseDate(book.deals, ownerMatcher(book.deals, owner, book.tables.team)),
    [book, owner],
  );
  if (deals.length === 0) return null;

  return (
    <section aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipeline.closeDate.title")}
      </Subtitle2>
      <Body1 as="p">{t("pipeline.closeDate.intro")}</Body1>
      <PagedList items={deals} label={t("pipeline.closeDate.title")} resetKey={JSON.stringify(owner)}>
        {(page) => (
          <Table size="small" aria-label={t("pipeline.closeDate.caption")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("pipeline.closeDate.deal")}</TableHeaderCell>
                <TableHeaderCell>{t("pipeline.closeDate.owner")}</TableHeaderCell>
                <TableHeaderCell>{t("pipeline.closeDate.stage")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("pipeline.closeDate.amount")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {page.map((deal) => (
                <TableRow key={`${deal.row}-${deal.dealId}`}>
                  <TableCell>
                    <Link
                      as="button"
                      aria-label={t("pipeline.closeDate.select", { deal: deal.dealId, customer: deal.customer })}
                      onClick={() => onSelectDeal(deal)}
                    >
                      {deal.dealId}
                    </Link>{" "}
                    <Caption1>{deal.customer}</Caption1>
                  </TableCell>
                  <TableCell>{deal.owner}</TableCell>
                  <TableCell>{deal.stage}</TableCell>
                  <TableCell className={styles.number}>{f.money(deal.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </PagedList>
    </section>
  );
}
