import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { customerIdentity } from "@core/customers/customerIdentity";
import type { CustomerSummaries } from "@core/customers/customerSummaries";
import { filterFollowUps, type FollowUpFilter } from "@core/customers/filterFollowUps";
import type { FollowUpItem } from "@core/customers/followUpsDue";
import { choicesOf } from "@core/lists/choicesOf";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { ListFilter } from "@taskpane/shared/ListFilter";
import { PagedList } from "@taskpane/shared/PagedList";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { localizedFailure } from "./localizedFailure";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none" },
});

export type FollowUpsViewProps = { summaries: CustomerSummaries };

/** One owner's part of a page: the page's items come owner by owner, each owner's overdue first. */
type OwnerPart = { owner: string; overdue: FollowUpItem[]; today: FollowUpItem[] };

function ownerParts(items: readonly FollowUpItem[]): OwnerPart[] {
  const parts: OwnerPart[] = [];
  for (const item of items) {
    let part = parts[parts.length - 1];
    if (part?.owner !== item.owner) parts.push((part = { owner: item.owner, overdue: [], today: [] }));
    (item.daysOverdue > 0 ? part.overdue : part.today).push(item);
  }
  return parts;
}

/**
 * Today's and overdue return visits (回访) by owner, a page at a time, filtered by owner, tier and
 * overdue-or-today; clicking one selects the customer's row.
 */
export function FollowUpsView({ summaries }: FollowUpsViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const select = useWorkbookAction(
    (_controls, item: FollowUpItem) =>
      service.customers.selectCustomer(customerIdentity(summaries.book.customers[item.index])),
    (failure) => localizedFailure(failure, t),
  );
  const [filter, setFilter] = useState<FollowUpFilter>({});
  const due = summaries.followUps;
  const all = useMemo(() => filterFollowUps(due, {}), [due]);
  const items = useMemo(() => filterFollowUps(due, filter), [due, filter]);
  const tiers = useMemo(() => choicesOf(all, (item) => item.tier), [all]);
  const ownerName = (owner: string) => owner || t("customers.followUps.unowned");

  const handleSelect = (item: FollowUpItem) => select.run(item);

  const itemList = (items: readonly FollowUpItem[], label: string) => (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.row}>
          <Button appearance="subtle" size="small" onClick={() => void handleSelect(item)}>
            {item.label} · {item.tier || t("customers.none")} ·{" "}
            {item.daysOverdue > 0
              ? t("customers.followUps.overdueBy", { count: item.daysOverdue })
              : t("customers.followUps.dueToday")}
          </Button>
        </li>
      ))}
    </ul>
  );

  const filters = (
    <>
      <ListFilter
        label={t("lists.owner")}
        value={filter.owner}
        choices={due.owners.map((owner) => ({ value: owner.owner, text: ownerName(owner.owner) }))}
        onChange={(owner) => setFilter({ ...filter, owner })}
      />
      <ListFilter
        label={t("lists.tier")}
        value={filter.tier}
        choices={tiers.map((tier) => ({ value: tier, text: tier || t("lists.none") }))}
        onChange={(tier) => setFilter({ ...filter, tier })}
      />
      <ListFilter
        label={t("customers.followUps.when")}
        value={filter.when}
        choices={[
          { value: "overdue", text: t("customers.followUps.overdue") },
          { value: "today", text: t("customers.followUps.today") },
        ]}
        onChange={(when) => setFilter({ ...filter, when })}
      />
    </>
  );

  return (
    <div className={styles.root}>
      <Caption1>{t("customers.followUps.intro")}</Caption1>
      <Body1>{t("customers.followUps.summary", { overdue: due.overdueCount, today: due.todayCount })}</Body1>
      {due.unplanned > 0 && <Caption1>{t("customers.followUps.unplanned", { count: due.unplanned })}</Caption1>}
      {select.failure && <ExcelFailureBar failure={select.failure} />}
      {all.length === 0 ? (
        <Body1>{t("customers.followUps.nothing")}</Body1>
      ) : (
        <PagedList
          items={items}
          label={t("customers.views.followUps")}
          filters={filters}
          resetKey={JSON.stringify(filter)}
        >
          {(page) =>
            ownerParts(page).map((part) => {
              const name = ownerName(part.owner);
              return (
                <section key={part.owner} aria-label={name}>
                  <Subtitle2 as="h3">{name}</Subtitle2>
                  {part.overdue.length > 0 && itemList(part.overdue, `${name} · ${t("customers.followUps.overdue")}`)}
                  {part.today.length > 0 && itemList(part.today, `${name} · ${t("customers.followUps.today")}`)}
                </section>
              );
            })
          }
        </PagedList>
      )}
    </div>
  );
}
