import { useMemo, useState, type FormEvent } from "react";
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
import { useTranslation } from "react-i18next";
import type { CustomerProfile } from "@core/customers/customerProfile";
import { customerIdentity } from "@core/customers/customerIdentity";
import { checkFollowUp, followUpChoices, type FollowUpProblem } from "@core/customers/followUpChoices";
import { activityMethodChoices, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelFailure } from "@excel/excelFailure";
import { toExcelFailure } from "@excel/excelFailure";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import type { TranslationKey } from "@i18n/translationKey";
import { isoDate } from "@core/cells/isoDate";
import { normalizeLabel } from "@core/cells/outcome";
import { moneyDigits } from "@core/cells/moneyDigits";
import { parseDate } from "@core/cells/parseDate";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { localizedFailure } from "./localizedFailure";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** What the form says of each problem checkFollowUp finds. */
const PROBLEM_KEYS: Readonly<Record<FollowUpProblem, TranslationKey>> = {
  badDate: "customers.log.badDate",
  needSummary: "customers.log.needSummary",
  badNext: "customers.log.badNext",
  unknownOwner: "customers.log.unknownOwner",
  unknownDeal: "customers.log.unknownDeal",
};

export type FollowUpFormProps = {
  profile: CustomerProfile;
  /** The Team table's reps: who may have made the contact besides the customer's owner. */
  reps: readonly string[];
  today: number;
  language: WorkbookLanguage;
  /** Called after a follow-up was written, so the area reads the workbook again. */
  onLogged: () => void;
  /** The deal linked at first (the ribbon's Log follow-up from a Deals row), if it is one of the open deals. */
  dealId?: string;
  /**
   * The ribbon's quick form: method, summary, next contact and deal only; the date is today, the
   * contact the customer's owner, no satisfaction score, and the view around it has the heading.
   */
  compact?: boolean;
};

/**
 * The form that logs a follow-up for the customer of a profile card: who made the contact (the
 * customer's owner unless another rep is picked) and, optionally, which of its open deals it was about.
 */
export function FollowUpForm({ profile, reps, today, language, onLogged, dealId: linked, compact }: FollowUpFormProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const format = useNumberFormat();
  const methods = activityMethodChoices.map((choice) => choice[language]);
  const [date, setDate] = useState(isoDate(today));
  const [method, setMethod] = useState(methods[0]);
  const choices = useMemo(() => followUpChoices(profile, reps), [profile, reps]);
  const [owner, setOwner] = useState(choices.defaultOwner);
  const [dealId, setDealId] = useState(
    () => choices.deals.find((deal) => linked && normalizeLabel(deal.id) === normalizeLabel(linked))?.id ?? "",
  );
  const [summary, setSummary] = useState("");
  const [next, setNext] = useState("");
  const [score, setScore] = useState("");
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<ExcelFailure>();
  const [done, setDone] = useState<string>();
  const [saving, setSaving] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    setFailure(undefined);
    const day = parseDate(date.trim());
    const nextDay = next.trim() ? parseDate(next.trim()) : null;
    const found = checkFollowUp({ date: day, nextContact: nextDay, summary, owner, dealId }, choices);
    if (found || day === undefined) return setProblem(t(PROBLEM_KEYS[found ?? "badDate"]));
    setProblem(undefined);
    setSaving(true);
    const result = await service.customers
      .logFollowUp({
        customer: customerIdentity(profile.customer),
        customerName: profile.customer.company || profile.customer.label,
        date: day,
        owner,
        method,
        summary: summary.trim(),
        ...(dealId ? { dealId } : {}),
        nextContact: nextDay ?? null,
        satisfaction: score ? Number(score) : null,
      })
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }));
    setSaving(false);
    if (!result.ok) return setFailure(localizedFailure(result.error, t));
    const shown =
      typeof result.value.nextContact === "number" ? isoDate(result.value.nextContact) : t("customers.none");
    const logged = result.value.lastContactUpdated
      ? t("customers.log.logged", { next: shown })
      : t("customers.log.loggedKept");
    setDone(
      result.value.dealLastActivity === "missing"
        ? `${logged} ${t("customers.log.dealMissing", { deal: dealId })}`
        : logged,
    );
    setSummary("");
    setNext("");
    setScore("");
    onLogged();
  };

  return (
    <form className={styles.form} onSubmit={(event) => void handleSubmit(event)} aria-label={t("customers.log.title")}>
      {!compact && <Subtitle2 as="h3">{t("customers.log.title")}</Subtitle2>}
      <div className={styles.row}>
        {!compact && (
          <Field label={t("customers.log.date")}>
            <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
          </Field>
        )}
        <Field label={t("customers.log.method")}>
          <Select value={method} onChange={(_, data) => setMethod(data.value)}>
            {methods.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        {!compact && (
          <Field label={t("customers.log.owner")} hint={t("customers.log.ownerHint")}>
            <Select value={owner} onChange={(_, data) => setOwner(data.value)}>
              {choices.owners.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t("customers.log.deal")}>
          <Select value={dealId} onChange={(_, data) => setDealId(data.value)}>
            <option value="">{t("customers.log.noDeal")}</option>
            {choices.deals.map((deal) => (
              <option key={deal.id} value={deal.id}>
                {t("customers.log.dealOption", {
                  id: deal.id,
                  stage: deal.stage,
                  amount: format.money(deal.amount, moneyDigits([deal.amount])),
                })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t("customers.log.summary")}>
        <Textarea value={summary} onChange={(_, data) => setSummary(data.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t("customers.log.nextContact")} hint={t("customers.log.nextContactHint")}>
          <Input type="date" value={next} onChange={(_, data) => setNext(data.value)} />
        </Field>
        {!compact && (
          <Field label={t("customers.log.satisfaction")}>
            <Select value={score} onChange={(_, data) => setScore(data.value)}>
              <option value="">{t("customers.log.noScore")}</option>
              {[5, 4, 3, 2, 1].map((value) => (
                <option key={value} value={String(value)}>
                  {value}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {failure && <ExcelFailureBar failure={failure} />}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? t("customers.log.saving") : t("customers.log.submit")}
        </Button>
      </div>
    </form>
  );
}
