import { Body1, Subtitle2 } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { needsCloseDate, type DealWithoutCloseDate } from "@core/pipeline/needsCloseDate";
import { ownerMatcher, type OwnerFilter } from "@core/pipeline/pipelineScope";
import type { PipelineBook } from "@core/pipeline/pipelineView";
import { PagedDealTable } from "@taskpane/shared/PagedDealTable";

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
  const { t } = useTranslation();
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
      <PagedDealTable
        deals={deals}
        label={t("pipeline.closeDate.title")}
        caption={t("pipeline.closeDate.caption")}
        resetKey={JSON.stringify(owner)}
        headers={{
          deal: t("pipeline.closeDate.deal"),
          owner: t("pipeline.closeDate.owner"),
          amount: t("pipeline.closeDate.amount"),
        }}
        detail={{ header: t("pipeline.closeDate.stage"), render: (deal) => deal.stage }}
        selectLabel={(deal) => t("pipeline.closeDate.select", { deal: deal.dealId, customer: deal.customer })}
        onSelectDeal={onSelectDeal}
      />
    </section>
  );
}
