import { useMemo, useState } from "react";
import { Body1, Button, Caption1, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { customerIdentity } from "@core/customers/customerIdentity";
import { customerProfile } from "@core/customers/customerProfile";
import { findCustomers } from "@core/customers/findCustomers";
import type { CustomerSummaries } from "@core/customers/customerSummaries";
import type { NextContactSource } from "@core/customers/nextContactPlans";
import type { ExcelFailure } from "@excel/excelFailure";
import type { TranslationKey } from "@i18n/translationKey";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { PagedList } from "@taskpane/shared/PagedList";
import { moneyDigits } from "@core/cells/moneyDigits";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useSelectionChanges } from "@taskpane/shared/useSelectionChanges";
import { localizedFailure } from "./localizedFailure";
import { FollowUpForm } from "./FollowUpForm";
import { ProfileTickets } from "./ProfileTickets";
import type { CustomerData } from "./useCustomerData";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  // minmax(0, 1fr): a long e-mail or note wraps in its column instead of widening the card.
  facts: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Purchases and activities on the card: one customer's history, a short page at a time. */
const CARD_PAGE = 20;

/** Where the next contact date comes from, as the note under the facts says it. */
const SOURCE_KEYS: Readonly<Record<NextContactSource, TranslationKey>> = {
  planned: "customers.profile.source.planned",
  sheet: "customers.profile.source.sheet",
  cadence: "customers.profile.source.cadence",
  none: "customers.profile.source.none",
};

export type ProfileViewProps = {
  data: CustomerData & { summaries: CustomerSummaries };
  onChanged: () => void;
};

/** The profile card of the customer in the selected row, or one found by name, with the follow-up form. */
export function ProfileView({ data, onChanged }: ProfileViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const { book, cadence } = data.summaries;
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState<number>();
  const [note, setNote] = useState<string>();
  const [failure, setFailure] = useState<ExcelFailure>();
  const format = useNumberFormat();

  const readSelection = async () => {
    const row = await service.customers.selectedRow();
    if (!row.ok) return setFailure(row.error);
    const at = row.value === null ? -1 : book.customers.findIndex((customer) => customer.row === row.value);
    if (at < 0) return setNote(t("customers.profile.selectionOutside"));
    setNote(undefined);
    setIndex(at);
  };

  // The handler is the latest render's, so it reads the book of the latest read.
  useSelectionChanges(
    (workbook, handler) => workbook.customers.onSelectionChanged(handler),
    () => void readSelection(),
  );

  const matches = useMemo(() => findCustomers(book, query, 8), [book, query]);
  const profile =
    index === undefined || index >= book.customers.length
      ? undefined
      : customerProfile(book, index, data.today, cadence);

  const handleShow = async () => {
    if (!profile) return;
    const result = await service.customers.selectCustomer(customerIdentity(profile.customer));
    setFailure(result.ok ? undefined : localizedFailure(result.error, t));
  };

  const next = profile?.next;
  const nextText =
    next?.daysUntil === null || next?.daysUntil === undefined
      ? t("customers.none")
      : `${format.date(next.due)} (${
          next.daysUntil > 0
            ? t("customers.profile.nextIn", { count: next.daysUntil })
            : next.daysUntil === 0
              ? t("customers.profile.nextToday")
              : t("customers.profile.nextOverdue", { count: -next.daysUntil })
        })`;

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={t("customers.profile.search")}>
          <Input
            value={query}
            placeholder={t("customers.profile.searchPlaceholder")}
            onChange={(_, value) => setQuery(value.value)}
          />
        </Field>
        <Button onClick={() => void readSelection()}>{t("customers.profile.useSelection")}</Button>
      </div>
      {query.trim() && (
        <div role="list" aria-label={t("customers.profile.results")}>
          {matches.length === 0 && <Caption1>{t("customers.profile.noMatch")}</Caption1>}
          {matches.map((at) => (
            <div role="listitem" key={at}>
              <Button appearance="subtle" onClick={() => (setIndex(at), setQuery(""))}>
                {book.customers[at].label}
              </Button>
            </div>
          ))}
        </div>
      )}
      {note && <Caption1>{note}</Caption1>}
      {failure && <ExcelFailureBar failure={failure} />}
      {!profile && <Body1>{t("customers.profile.hint")}</Body1>}
      {profile && (
        <section aria-label={profile.customer.label} className={styles.root}>
          <div className={styles.row}>
            <Subtitle2 as="h3">{profile.customer.label}</Subtitle2>
            <Button size="small" onClick={() => void handleShow()}>
              {t("customers.profile.showInSheet")}
            </Button>
          </div>
          <dl className={styles.facts}>
            {(
              [
                ["customers.profile.contact", profile.customer.name],
                ["customers.profile.owner", profile.customer.owner],
                ["customers.profile.tier", profile.customer.tier],
                [
                  "customers.profile.status",
                  profile.customer.status === "pool"
                    ? t("customers.profile.statusPool")
                    : t("customers.profile.statusActive"),
                ],
                ["customers.profile.industry", profile.customer.industry],
                ["customers.profile.region", profile.customer.region],
                ["customers.profile.phone", profile.customer.phone],
                ["customers.profile.email", profile.customer.email],
                ["customers.profile.firstPurchase", format.date(profile.customer.firstPurchase)],
                ["customers.profile.lastContact", format.date(next?.lastContact)],
                ["customers.profile.nextContact", nextText],
                ["customers.profile.wonRevenue", format.money(profile.wonRevenue)],
                ["customers.profile.wonDeals", String(profile.wonDeals)],
                ["customers.profile.openPipeline", format.money(profile.openPipeline)],
                [
                  "customers.profile.satisfaction",
                  profile.satisfaction.average === null
                    ? t("customers.profile.noScores")
                    : t("customers.profile.satisfactionValue", {
                        average: format.fixed(profile.satisfaction.average, 1),
                        count: profile.satisfaction.responses,
                      }),
                ],
                ["customers.profile.preferences", profile.customer.preferences],
                ["customers.profile.notes", profile.customer.notes],
              ] as const
            ).map(([key, value]) => (
              <div key={key} style={{ display: "contents" }}>
                <dt>{t(key)}</dt>
                <dd>{value || t("customers.none")}</dd>
              </div>
            ))}
          </dl>
          {next && <Caption1>{t(SOURCE_KEYS[next.source])}</Caption1>}
          <Subtitle2 as="h4">{t("customers.profile.purchases")}</Subtitle2>
          {profile.purchases.length === 0 ? (
            <Caption1>{t("customers.profile.noDeals")}</Caption1>
          ) : (
            <PagedList
              items={profile.purchases}
              label={t("customers.profile.purchases")}
              pageSize={CARD_PAGE}
              resetKey={String(profile.customer.row)}
            >
              {(page) => (
                <ul className={styles.list} aria-label={t("customers.profile.purchases")}>
                  {page.map((deal) => (
                    <li key={deal.row}>
                      {format.date(deal.closedOn ?? deal.created)} · {deal.id} · {deal.stage} ·{" "}
                      {format.money(deal.amount, moneyDigits(page.map((d) => d.amount)))}
                    </li>
                  ))}
                </ul>
              )}
            </PagedList>
          )}
          <Subtitle2 as="h4">{t("customers.profile.timeline")}</Subtitle2>
          {profile.timeline.length === 0 ? (
            <Caption1>{t("customers.profile.noActivities")}</Caption1>
          ) : (
            <PagedList
              items={profile.timeline}
              label={t("customers.profile.timeline")}
              pageSize={CARD_PAGE}
              resetKey={String(profile.customer.row)}
            >
              {(page) => (
                <ul className={styles.list} aria-label={t("customers.profile.timeline")}>
                  {page.map((activity) => (
                    <li key={activity.row}>
                      {format.date(activity.date)} · {activity.method} · {activity.owner} · {activity.summary}
                    </li>
                  ))}
                </ul>
              )}
            </PagedList>
          )}
          <ProfileTickets service={data.workbook.service} customer={profile.customer} />
          <FollowUpForm
            key={profile.customer.row}
            profile={profile}
            reps={book.reps}
            today={data.today}
            language={data.workbook.language}
            onLogged={onChanged}
          />
        </section>
      )}
    </div>
  );
}
