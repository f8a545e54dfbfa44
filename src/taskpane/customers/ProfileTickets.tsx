import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CustomerRecord } from "@core/customers/customerRecords";
import { ticketsOf } from "@core/service/serviceData";
import { serviceTickets } from "@core/service/serviceTickets";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { PagedList } from "@taskpane/shared/PagedList";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export type ProfileTicketsProps = {
  /** The Service table as the Customers area read it; absent when the workbook has none. */
  service: CustomerWorkbook["service"];
  customer: CustomerRecord;
};

/** The customer's after-sales tickets on the profile card, newest first, a page at a time. */
export function ProfileTickets({ service, customer }: ProfileTicketsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const all = useMemo(() => (service ? serviceTickets(service.headers, service.rows) : []), [service]);
  const tickets = useMemo(() => ticketsOf(all, customer), [all, customer]);
  if (!service) return null;
  const title = t("service.profile.title");
  return (
    <>
      <Subtitle2 as="h4">{title}</Subtitle2>
      {tickets.length === 0 ? (
        <Caption1>{t("service.profile.none")}</Caption1>
      ) : (
        <PagedList items={tickets} label={title} pageSize={20} resetKey={String(customer.row)}>
          {(page) => (
            <ul className={styles.list} aria-label={title}>
              {page.map((ticket) => (
                <li key={`${ticket.id}-${ticket.row}`}>
                  {[
                    t("service.profile.ticket", {
                      id: ticket.id,
                      type: ticket.type,
                      status: ticket.status,
                      opened: format.date(ticket.openedOn),
                    }),
                    ...(ticket.resolvedOn !== null
                      ? [t("service.profile.resolved", { resolved: format.date(ticket.resolvedOn) })]
                      : []),
                    ...(ticket.satisfaction !== null
                      ? [t("service.profile.satisfaction", { score: ticket.satisfaction })]
                      : []),
                    ...(ticket.summary ? [ticket.summary] : []),
                  ].join(" · ")}
                </li>
              ))}
            </ul>
          )}
        </PagedList>
      )}
    </>
  );
}
