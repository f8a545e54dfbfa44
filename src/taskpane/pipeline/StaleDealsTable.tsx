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
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { choicesOf } from "@core/lists/choicesOf";
import { filterStaleDeals, type StaleDealFilter } from "@core/pipeline/filterStaleDeals";
import type { StaleDeal } from "@core/pipeline/staleDeals";
import { ListFilter } from "@taskpane/shared/ListFilter";
import { PagedList } from "@taskpane/shared/PagedList";
import { useFigureText } from "./useFigureText";

const useStyles = makeStyles({
  number: { textAlign: "end" },
  // Wider than a 320 px pane: the table scrolls sideways inside its box, its first column stays.
  scroller: { overflowX: "auto" },
  first: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
});

/** The ages a manager picks from: a month, a quarter, half a year left alone. */
const AGES = ["30", "60", "90", "180"] as const;

export type StaleDealsTableProps = {
  /** The stale deals of the owner and period chosen, worst first. */
  deals: readonly StaleDeal[];
  onSelectDeal: (deal: StaleDeal) => void;
};

/**
 * Open deals stuck in their stage or quiet for too long, worst first, a page at a time and
 * filtered by stage and age (the owner is the area's filter); clicking one selects its row in
 * the sheet.
 */
export function StaleDealsTable({ deals, onSelectDeal }: StaleDealsTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useFigureText();
  const titleId = useId();
  const [filter, setFilter] = useState<StaleDealFilter>({});
  const shown = useMemo(() => filterStaleDeals(deals, filter), [deals, filter]);
  const stages = useMemo(() => choicesOf(deals, (deal) => deal.stage), [deals]);
  const age = filter.minDays === undefined ? undefined : String(filter.minDays);

  return (
    <section aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipeline.stale.title")}
      </Subtitle2>
      {deals.length === 0 ? (
        <Body1 as="p">{t("pipeline.stale.none")}</Body1>
      ) : (
        <PagedList
          items={shown}
          label={t("pipeline.stale.title")}
          resetKey={JSON.stringify(filter)}
          filters={
            <>
              <ListFilter
                label={t("pipeline.stale.stage")}
                value={filter.stage}
                choices={stages.map((stage) => ({ value: stage, text: stage || t("lists.none") }))}
                onChange={(stage) => setFilter({ ...filter, stage })}
              />
              <ListFilter
                label={t("pipeline.stale.age")}
                value={age}
                choices={AGES.map((days) => ({ value: days, text: t("pipeline.stale.atLeast", { days }) }))}
                onChange={(days) => setFilter({ ...filter, minDays: days === undefined ? undefined : Number(days) })}
              />
            </>
          }
        >
          {(page) => (
            <div className={styles.scroller} role="region" aria-label={t("pipeline.stale.caption")} tabIndex={0}>
              <Table size="small" aria-label={t("pipeline.stale.caption")}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.first}>{t("pipeline.stale.deal")}</TableHeaderCell>
                    <TableHeaderCell>{t("pipeline.stale.owner")}</TableHeaderCell>
                    <TableHeaderCell>{t("pipeline.stale.why")}</TableHeaderCell>
                    <TableHeaderCell className={styles.number}>{t("pipeline.stale.amount")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {page.map((deal) => (
                    <TableRow key={`${deal.row}-${deal.dealId}`}>
                      <TableCell className={styles.first}>
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
                            t("pipeline.stale.stuck", {
                              days: deal.daysInStage,
                              stage: deal.stage,
                              limit: deal.staleDays,
                            }),
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
            </div>
          )}
        </PagedList>
      )}
    </section>
  );
}
