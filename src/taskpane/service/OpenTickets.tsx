import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isoDate } from "@core/cells/isoDate";
import { PAGE_SIZE } from "@core/lists/pageOf";
import { parseDate } from "@core/cells/parseDate";
import type { ReturnVisit } from "@core/service/returnVisit";
import type { OpenTicket, OwnerTickets } from "@core/service/serviceSummary";
import { checkCloseTicket, type CloseTicketProblem } from "@core/service/ticketDrafts";
import type { ExcelFailure } from "@excel/excelFailure";
import { toExcelFailure } from "@excel/excelFailure";
import type { TranslationKey } from "@i18n/translationKey";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { PagedList } from "@taskpane/shared/PagedList";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { localizedServiceFailure } from "./serviceLabels";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  ticket: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  late: { color: tokens.colorPaletteRedForeground1 },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

const PROBLEM_KEYS: Readonly<Record<CloseTicketProblem, TranslationKey>> = {
  badDate: "service.close.badDate",
  beforeOpened: "service.close.beforeOpened",
  badSatisfaction: "service.close.badSatisfaction",
};

const WHY_KEYS: Readonly<Record<ReturnVisit["reason"], TranslationKey>> = {
  complaint: "service.close.why.complaint",
  tier: "service.close.why.tier",
  untiered: "service.close.why.untiered",
};

type CloseFormProps = {
  open: OpenTicket;
  today: number;
  onClosed: (message: string) => void;
  onCancel: () => void;
};

/** Closes one ticket: the day it was resolved and the customer's satisfaction, checked before writing. */
function CloseForm({ open, today, onClosed, onCancel }: CloseFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const format = useNumberFormat();
  const [date, setDate] = useState(isoDate(today));
  const [score, setScore] = useState("");
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<ExcelFailure>();
  const [saving, setSaving] = useState(false);
  const { ticket } = open;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const resolvedOn = parseDate(date.trim());
    const satisfaction = score ? Number(score) : null;
    const found = checkCloseTicket({ resolvedOn, satisfaction }, ticket.openedOn);
    if (found || resolvedOn === undefined)
      return setProblem(t(PROBLEM_KEYS[found ?? "badDate"], { opened: format.date(ticket.openedOn) }));
    setProblem(undefined);
    setSaving(true);
    const result = await service.service
      .closeTicket({ ticketId: ticket.id, row: ticket.row, resolvedOn, satisfaction })
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }));
    setSaving(false);
    if (!result.ok) return setFailure(localizedServiceFailure(result.error, t));
    const visit = result.value.returnVisit;
    onClosed(
      t("service.close.done", {
        id: ticket.id,
        due: format.date(visit.due),
        why: t(WHY_KEYS[visit.reason], { days: visit.days }),
      }),
    );
  };

  return (
    <form
      className={styles.form}
      onSubmit={(event) => void handleSubmit(event)}
      aria-label={t("service.close.title", { id: ticket.id })}
    >
      <div className={styles.row}>
        <Field label={t("service.close.resolvedOn")}>
          <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
        </Field>
        <Field label={t("service.close.satisfaction")}>
          <Select value={score} onChange={(_, data) => setScore(data.value)}>
            <option value="">{t("service.close.noScore")}</option>
            {[5, 4, 3, 2, 1].map((value) => (
              <option key={value} value={String(value)}>
                {value}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {failure && <ExcelFailureBar failure={failure} />}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {t("service.close.confirm")}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          {t("service.close.cancel")}
        </Button>
      </div>
    </form>
  );
}

export type OpenTicketsProps = {
  owners: readonly OwnerTickets[];
  today: number;
  /** Selects the ticket's row in the Service table. */
  onSelect: (open: OpenTicket) => void;
  /** Called after a ticket was closed, with what to tell the manager. */
  onClosed: (message: string) => void;
  /** Tickets per page; PAGE_SIZE by default. */
  pageSize?: number;
};

/** One open ticket of the paged list, with the owner's group it belongs to. */
type Entry = { readonly group: OwnerTickets; readonly open: OpenTicket };

/** The tickets of a page back in their owners' groups (a group may start on one page and end on the next). */
function byOwner(entries: readonly Entry[]): { group: OwnerTickets; tickets: OpenTicket[] }[] {
  const groups: { group: OwnerTickets; tickets: OpenTicket[] }[] = [];
  for (const { group, open } of entries) {
    const last = groups[groups.length - 1];
    if (last && last.group === group) last.tickets.push(open);
    else groups.push({ group, tickets: [open] });
  }
  return groups;
}

/**
 * Open tickets grouped by owner, the most late first: days open against the service level, the
 * late ones marked in red and with the word, each selectable in the sheet and closable. Shown a
 * page at a time (PagedList), so a team with thousands of open tickets renders one page of them;
 * each owner's heading counts all of the owner's tickets, also when the group runs over a page.
 */
export function OpenTickets({ owners, today, onSelect, onClosed, pageSize = PAGE_SIZE }: OpenTicketsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const [closing, setClosing] = useState<string | null>(null);
  const entries = useMemo(() => owners.flatMap((group) => group.tickets.map((open) => ({ group, open }))), [owners]);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("service.open.title")}
      </Subtitle2>
      {entries.length === 0 ? (
        <Caption1>{t("service.open.none")}</Caption1>
      ) : (
        <PagedList items={entries} label={t("service.open.title")} pageSize={pageSize}>
          {(shown) =>
            byOwner(shown).map(({ group, tickets }) => (
              <section
                key={group.owner}
                className={styles.section}
                aria-label={group.owner || t("service.open.noOwner")}
              >
                <Caption1 as="h4">
                  {t("service.open.owner", {
                    owner: group.owner || t("service.open.noOwner"),
                    count: group.tickets.length,
                    overdue: group.overdue,
                  })}
                </Caption1>
                <ul className={styles.list}>
                  {tickets.map((open) => {
                    const { ticket } = open;
                    const detail =
                      open.levelDays === null
                        ? t("service.open.detailNoLevel", {
                            type: ticket.type,
                            priority: ticket.priority,
                            days: format.number(open.daysOpen),
                          })
                        : t("service.open.detail", {
                            type: ticket.type,
                            priority: ticket.priority,
                            days: format.number(open.daysOpen),
                            level: format.number(open.levelDays),
                            due: format.date(open.dueBy),
                          });
                    return (
                      <li key={`${ticket.id}-${ticket.row}`} className={styles.ticket}>
                        <div className={styles.line}>
                          <Link
                            as="button"
                            onClick={() => onSelect(open)}
                            aria-label={t("service.open.select", { id: ticket.id })}
                          >
                            {t("service.open.ticket", { id: ticket.id, customer: ticket.customer })}
                          </Link>
                          {open.overdue && (
                            <Badge color="danger" appearance="tint">
                              {t("service.open.overdue")}
                            </Badge>
                          )}
                        </div>
                        <Caption1 className={open.overdue ? styles.late : undefined}>{detail}</Caption1>
                        {closing === ticket.id ? (
                          <CloseForm
                            open={open}
                            today={today}
                            onCancel={() => setClosing(null)}
                            onClosed={(message) => {
                              setClosing(null);
                              onClosed(message);
                            }}
                          />
                        ) : (
                          <div>
                            <Button
                              size="small"
                              onClick={() => setClosing(ticket.id)}
                              aria-label={t("service.close.title", { id: ticket.id })}
                            >
                              {t("service.open.close")}
                            </Button>
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))
          }
        </PagedList>
      )}
    </section>
  );
}
