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
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { StaleDeal } from "@core/pipeline/staleDeals";
import { useFigureText } from "./useFigureText";

const useStyles = makeStyles({
  number: { textAlign: "end" },
});

/** The list stays short enough to scan; the worst come first. */
const SHOWN = 50;

export type StaleDealsTableProps = {
  deals: readonly StaleDeal[];
  onSelectDeal: (deal: StaleDeal) => void;
};

/** Open deals stuck in their stage or quiet for too long; clicking one selects its row in the sheet. */
export function StaleDealsTable({ deals, onSelectDeal }: StaleDealsTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useFigureText();
  const titleId = useId();
  const shown = deals.slice(0, SHOWN);

  return (
    <section aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipeline.stale.title")}
      </Subtitle2>
      {deals.length === 0 ? (
        <Body1 as="p">{t("pipeline.stale.none")}</Body1>
      ) : (
        <>
          <Table size="small" aria-label={t("pipeline.stale.caption")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("pipeline.stale.deal")}</TableHeaderCell>
                <TableHeaderCell>{t("pipeline.stale.owner")}</TableHeaderCell>
                <TableHeaderCell>{t("pipeline.stale.why")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("pipeline.stale.amount")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((deal) => (
                <TableRow key={`${deal.row}-${deal.dealId}`}>
                  <TableCell>
                    <Link
                      as="button"
                      aria-label={t("pipeline.stale.select", { deal: deal.dealId, customer: deal.customer })}
                      onClick={() => onSelectDeal(deal)}
                    >
                      {deal.dealId}
                    </Link>{" "}
                    <Caption1>{deal.customer}</Caption1>
                  </TableCell>
                  <TableCell>{deal.owner}</TableCell>
                  <TableCell>
                    {[
                      deal.stuck &&
                        t("pipeline.stale.stuck", { days: deal.daysInStage, stage: deal.stage, limit: deal.staleDays }),
                      deal.quiet && t("pipeline.stale.quiet", { days: deal.daysQuiet }),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </TableCell>
                  <TableCell className={styles.number}>{f.money(deal.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {deals.length > SHOWN && (
            <Caption1>{t("pipeline.stale.more", { shown: SHOWN, total: deals.length })}</Caption1>
          )}
        </>
      )}
    </section>
  );
}
