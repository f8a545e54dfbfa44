import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isoDate } from "@core/cells/isoDate";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import type { ServiceData } from "@core/service/serviceData";
import { checkNewTicket, type NewTicketProblem, type TicketChoices } from "@core/service/ticketDrafts";
import { servicePriorityChoices, serviceTypeChoices, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelFailure } from "@excel/excelFailure";
import { toExcelFailure } from "@excel/excelFailure";
import type { TranslationKey } from "@i18n/translationKey";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { localizedServiceFailure } from "./serviceLabels";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const PROBLEM_KEYS: Readonly<Record<NewTicketProblem, TranslationKey>> = {
  needCustomer: "service.new.needCustomer",
  badDate: "service.new.badDate",
  badType: "service.new.badType",
  badPriority: "service.new.badPriority",
  unknownOwner: "service.new.unknownOwner",
  needSummary: "service.new.needSummary",
};

export type NewTicketFormProps = {
  data: ServiceData;
  today: number;
  language: WorkbookLanguage;
  /** Called after a ticket was written, with what to tell the manager (the area shows it). */
  onOpened: (message: string) => void;
};

/**
 * Opens a ticket: the customer (from Customers), optionally one of its deals, type and priority
 * (the lists in the workbook's language), owner (the customer's owner until another rep is
 * picked), the day and a summary — checked before anything is written.
 */
export function NewTicketForm({ data, today, language, onOpened }: NewTicketFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const types = serviceTypeChoices.map((choice) => choice[language]);
  const priorities = servicePriorityChoices.map((choice) => choice[language]);
  const customers = useMemo(
    () =>
      data.customers
        .filter((customer) => customer.record.label)
        .sort((a, b) => a.record.label.localeCompare(b.record.label, language)),
    [data.customers, language],
  );
  const [customerRow, setCustomerRow] = useState("");
  const [dealId, setDealId] = useState("");
  const [type, setType] = useState(types[0]);
  const [priority, setPriority] = useState(priorities[1]);
  const [owner, setOwner] = useState(data.owners[0] ?? "");
  const [date, setDate] = useState(isoDate(today));
  const [summary, setSummary] = useState("");
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<ExcelFailure>();
  const [saving, setSaving] = useState(false);

  const chosen = customers.find((customer) => String(customer.record.row) === customerRow);
  const name = chosen ? chosen.record.company || chosen.record.label : "";
  const choices: TicketChoices = {
    customers: customers.map((customer) => customer.record.company || customer.record.label),
    owners: data.owners,
    types,
    priorities,
  };

  const handleCustomer = (value: string) => {
    setCustomerRow(value);
    setDealId("");
    const record = customers.find((customer) => String(customer.record.row) === value)?.record;
    const own = record && data.owners.find((rep) => normalizeLabel(rep) === normalizeLabel(record.owner));
    if (own) setOwner(own);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const openedOn = parseDate(date.trim());
    const draft = { customer: name, dealId, openedOn, type, priority, owner, summary };
    const found = checkNewTicket(draft, choices);
    if (found || openedOn === undefined) return setProblem(t(PROBLEM_KEYS[found ?? "badDate"]));
    setProblem(undefined);
    setSaving(true);
    const result = await service.service
      .openTicket({ ...draft, openedOn, summary: summary.trim() })
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }));
    setSaving(false);
    if (!result.ok) return setFailure(localizedServiceFailure(result.error, t));
    const message = result.value.alreadyThere
      ? t("service.new.again", { id: result.value.ticketId })
      : t("service.new.done", { id: result.value.ticketId, customer: name });
    setSummary("");
    onOpened(message);
  };

  return (
    <form className={styles.form} onSubmit={(event) => void handleSubmit(event)} aria-label={t("service.new.title")}>
      <Subtitle2 as="h3">{t("service.new.title")}</Subtitle2>
      <Field label={t("service.new.customer")}>
        <Select value={customerRow} onChange={(_, d) => handleCustomer(d.value)}>
          <option value="">{t("service.new.chooseCustomer")}</option>
          {customers.map((customer) => (
            <option key={customer.record.row} value={String(customer.record.row)}>
              {customer.record.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("service.new.deal")}>
        <Select value={dealId} onChange={(_, d) => setDealId(d.value)}>
          <option value="">{t("service.new.noDeal")}</option>
          {(chosen?.dealIds ?? []).map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={t("service.new.type")}>
          <Select value={type} onChange={(_, d) => setType(d.value)}>
            {types.map((label) => (
              <option key={label}>{label}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("service.new.priority")}>
          <Select value={priority} onChange={(_, d) => setPriority(d.value)}>
            {priorities.map((label) => (
              <option key={label}>{label}</option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t("service.new.owner")}>
          <Select value={owner} onChange={(_, d) => setOwner(d.value)}>
            {data.owners.map((rep) => (
              <option key={rep}>{rep}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("service.new.openedOn")}>
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
      </div>
      <Field label={t("service.new.summary")}>
        <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} />
      </Field>
      {problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {failure && <ExcelFailureBar failure={failure} />}
      <div>
        <Button appearance="primary" type="submit" disabled={saving}>
          {t("service.new.submit")}
        </Button>
      </div>
    </form>
  );
}
