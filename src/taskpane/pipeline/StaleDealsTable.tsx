import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { choicesOf } from "@core/lists/choicesOf";
import { filterStaleDeals, type StaleDealFilter } from "@core/pipeline/filterStaleDeals";
import type { StaleDeal } from "@core/pipeline/staleDeals";
import { ListFilter } from "@taskpane/shared/ListFilter";
import { PagedDealTable } from "@taskpane/shared/PagedDealTable";

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
  const { t } = useTranslation();
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
        <PagedDealTable
          deals={shown}
          label={t("pipeline.stale.title")}
          caption={t("pipeline.stale.caption")}
          resetKey={JSON.stringify(filter)}
          headers={{
            deal: t("pipeline.stale.deal"),
            owner: t("pipeline.stale.owner"),
            amount: t("pipeline.stale.amount"),
          }}
          detail={{
            header: t("pipeline.stale.why"),
            render: (deal) =>
              [
                deal.stuck &&
                  t("pipeline.stale.stuck", { days: deal.daysInStage, stage: deal.stage, limit: deal.staleDays }),
                deal.quiet && t("pipeline.stale.quiet", { days: deal.daysQuiet }),
              ]
                .filter(Boolean)
                .join(" · "),
          }}
          selectLabel={(deal) => t("pipeline.stale.select", { deal: deal.dealId, customer: deal.customer })}
          onSelectDeal={onSelectDeal}
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
        />
      )}
    </section>
  );
}
