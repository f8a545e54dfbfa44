import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { customerIdentity } from "@core/customers/customerIdentity";
import type { CustomerSummaries } from "@core/customers/customerSummaries";
import type { FollowUpItem } from "@core/customers/followUpsDue";
import type { ExcelFailure } from "@excel/excelFailure";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { localizedFailure } from "./customerFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: 0, listStyleType: "none" },
});

export type FollowUpsViewProps = { summaries: CustomerSummaries };

/** Today's and overdue return visits (回访) by owner; clicking one selects the customer's row. */
export function FollowUpsView({ summaries }: FollowUpsViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const [failure, setFailure] = useState<ExcelFailure>();
  const due = summaries.followUps;

  const handleSelect = async (item: FollowUpItem) => {
    const result = await service.customers.selectCustomer(customerIdentity(summaries.book.customers[item.index]));
    setFailure(result.ok ? undefined : localizedFailure(result.error, t));
  };

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

  return (
    <div className={styles.root}>
      <Caption1>{t("customers.followUps.intro")}</Caption1>
      <Body1>{t("customers.followUps.summary", { overdue: due.overdueCount, today: due.todayCount })}</Body1>
      {due.unplanned > 0 && <Caption1>{t("customers.followUps.unplanned", { count: due.unplanned })}</Caption1>}
      {failure && <ExcelFailureBar failure={failure} />}
      {due.owners.length === 0 && <Body1>{t("customers.followUps.nothing")}</Body1>}
      {due.owners.map((owner) => {
        const name = owner.owner || t("customers.followUps.unowned");
        return (
          <section key={owner.owner} aria-label={name}>
            <Subtitle2 as="h3">{name}</Subtitle2>
            {owner.overdue.length > 0 && itemList(owner.overdue, `${name} · ${t("customers.followUps.overdue")}`)}
            {owner.today.length > 0 && itemList(owner.today, `${name} · ${t("customers.followUps.today")}`)}
          </section>
        );
      })}
    </div>
  );
}
