import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TFunction } from "i18next";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isoDate } from "@core/cells/isoDate";
import { outstandingOf, type PaymentProblem, type PaymentRecord } from "@core/receivables/paymentRecords";
import {
  isSpreadProblem,
  openInstallmentsOf,
  payerChoices,
  spreadPayment,
  type Payer,
} from "@core/receivables/spreadPayment";
import { paymentMethodChoices, type WorkbookLanguage } from "@core/workbook/schema";
import { serialFromIso } from "@taskpane/goals/isoDate";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { usePaneSelectStyles } from "@taskpane/shared/usePaneSelectStyles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  allocation: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What a payment is recorded on: one installment, or a deal's or customer's open installments. */
type Mode = "installment" | Payer["kind"];

export type PaymentFormProps = {
  readonly payments: readonly PaymentRecord[];
  /** The workbook's language: the Method texts written. */
  readonly language: WorkbookLanguage;
  readonly today: number;
  /** The installment to start on (one clicked in the receivables view), by data row. */
  readonly selectedRow: number | null;
  /** Called once a payment was written, so the area reads the workbook again. */
  readonly onRecorded: () => void;
};

/** A payment problem in the pane's words; `spread` for a payment over several installments. */
function paymentProblemText(
  t: TFunction,
  problem: PaymentProblem,
  money: (amount: number) => string,
  spread: boolean,
): string {
  switch (problem.code) {
    case "moreThanOutstanding":
      return t(
        spread ? "collections.payment.problems.moreThanOwed" : "collections.payment.problems.moreThanOutstanding",
        { outstanding: money(problem.outstanding) },
      );
    case "noDate":
      return t("collections.payment.problems.noDate");
    case "amountNotPositive":
      return t("collections.payment.problems.amountNotPositive");
  }
}

/**
 * Records a payment on an installment with something outstanding, or one payment of a deal or a
 * customer over its open installments (oldest due first, the allocation shown before writing):
 * the amount (default what is outstanding), the date received (default today) and the method
 * from the workbook's list. A partial payment splits the installment it ends on, the rest
 * staying due on its date; more than is outstanding is refused.
 */
export function PaymentForm({ payments, language, today, selectedRow, onRecorded }: PaymentFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const selects = usePaneSelectStyles();
  const format = useNumberFormat();
  const service = useWorkbookService();
  const open = payments.filter((record) => outstandingOf(record) > 0 && record.dueDate !== null);
  const [row, setRow] = useState<string>(selectedRow === null ? "" : String(selectedRow));
  const picked = open.find((record) => String(record.row) === row);
  const [amount, setAmount] = useState(picked ? String(outstandingOf(picked)) : "");
  const [on, setOn] = useState(isoDate(today));
  const [method, setMethod] = useState(paymentMethodChoices[0][language]);
  const [shown, setShown] = useState<string | null>(null);
  const record = useWorkbookAction(
    (_controls, installment: PaymentRecord, paid: number, date: number | null, how: string) =>
      service.collections.recordPayment(installment, paid, date, how),
  );
  const [mode, setMode] = useState<Mode>("installment");
  const [payerKey, setPayerKey] = useState("");
  const choices = useMemo(() => payerChoices(payments), [payments]);
  const payers = mode === "deal" ? choices.deals : mode === "customer" ? choices.customers : [];
  const payer = payers.find((p) => p.key === payerKey);
  const shownInstallments = useMemo(() => (payer ? openInstallmentsOf(payments, payer) : []), [payments, payer]);
  const spread = payer ? spreadPayment(shownInstallments, Number(amount), serialFromIso(on), method) : null;
  const recordSpread = useWorkbookAction(
    (_controls, who: Payer, shown: readonly PaymentRecord[], paid: number, date: number | null, how: string) =>
      service.collections.recordSpreadPayment(who, shown, paid, date, how),
  );
  const money = (value: number) => format.money(value, 2);

  const handleMode = (next: Mode) => {
    setMode(next);
    setPayerKey("");
    setRow("");
    setAmount("");
    setShown(null);
  };
  const handlePayer = (key: string) => {
    setPayerKey(key);
    const next = payers.find((p) => p.key === key);
    setAmount(next ? String(next.outstanding) : "");
  };
  const handleRecordSpread = async () => {
    if (!payer || !spread || isSpreadProblem(spread)) return;
    setShown(null);
    const result = await recordSpread.run(
      { kind: payer.kind, key: payer.key },
      shownInstallments,
      Number(amount),
      serialFromIso(on),
      method,
    );
    if (!result.ok) return;
    const outcome = result.value;
    if (outcome.kind === "written") {
      setShown(
        outcome.installments === 1
          ? t(outcome.split ? "collections.payment.recordedSplit" : "collections.payment.recorded")
          : t(outcome.split ? "collections.payment.recordedSpreadSplit" : "collections.payment.recordedSpread", {
              count: outcome.installments,
            }),
      );
      setPayerKey("");
      setAmount("");
      onRecorded();
    } else if (outcome.kind === "invalid") setShown(paymentProblemText(t, outcome.problem, money, true));
    else if (outcome.kind === "rows-changed") setShown(t("collections.payment.spreadChanged"));
    else setShown(t("collections.missingTables", { tables: outcome.what.join(", ") }));
  };

  const handlePick = (value: string) => {
    setRow(value);
    const next = open.find((r) => String(r.row) === value);
    setAmount(next ? String(outstandingOf(next)) : "");
  };
  const handleRecord = async () => {
    if (!picked) return;
    setShown(null);
    const result = await record.run(picked, Number(amount), serialFromIso(on), method);
    if (!result.ok) return;
    const outcome = result.value;
    if (outcome.kind === "written") {
      setShown(t(outcome.split ? "collections.payment.recordedSplit" : "collections.payment.recorded"));
      setRow("");
      setAmount("");
      onRecorded();
    } else if (outcome.kind === "invalid") setShown(paymentProblemText(t, outcome.problem, money, false));
    else if (outcome.kind === "rows-changed") setShown(t("collections.payment.rowsChanged"));
    else setShown(t("collections.missingTables", { tables: outcome.what.join(", ") }));
  };

  return (
    <section className={styles.form} aria-label={t("collections.payment.title")}>
      <Subtitle2 as="h3">{t("collections.payment.title")}</Subtitle2>
      {open.length === 0 ? (
        <Caption1>{t("collections.payment.noneOpen")}</Caption1>
      ) : (
        <>
          <Field label={t("collections.payment.payOn")}>
            <RadioGroup value={mode} onChange={(_, d) => handleMode(d.value as Mode)}>
              <Radio value="installment" label={t("collections.payment.onInstallment")} />
              <Radio value="deal" label={t("collections.payment.onDeal")} />
              <Radio value="customer" label={t("collections.payment.onCustomer")} />
            </RadioGroup>
          </Field>
          {mode === "installment" ? (
            <Field label={t("collections.payment.installment")}>
              <Select className={selects.select} value={row} onChange={(_, d) => handlePick(d.value)}>
                <option value="">{t("collections.payment.pick")}</option>
                {open.map((r) => (
                  <option key={r.row} value={String(r.row)}>
                    {t("collections.receivables.installment", {
                      customer: r.customer || "—",
                      contract: r.contractId || r.dealId || "—",
                      number: r.installment ?? "—",
                      due: format.date(r.dueDate),
                      amount: money(outstandingOf(r)),
                    })}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Field label={t(mode === "deal" ? "collections.payment.deal" : "collections.payment.customer")}>
              <Select className={selects.select} value={payerKey} onChange={(_, d) => handlePayer(d.value)}>
                <option value="">
                  {t(mode === "deal" ? "collections.payment.pickDeal" : "collections.payment.pickCustomer")}
                </option>
                {payers.map((p) => (
                  <option key={p.key} value={p.key}>
                    {mode === "deal"
                      ? t("collections.payment.payerDeal", {
                          deal: p.key,
                          customer: p.customer || "—",
                          amount: money(p.outstanding),
                        })
                      : t("collections.payment.payerCustomer", { customer: p.key, amount: money(p.outstanding) })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field label={t("collections.payment.amount")}>
            <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
          </Field>
          <Field label={t("collections.payment.on")}>
            <Input type="date" value={on} onChange={(_, d) => setOn(d.value)} />
          </Field>
          <Field label={t("collections.payment.method")}>
            <Select className={selects.select} value={method} onChange={(_, d) => setMethod(d.value)}>
              {paymentMethodChoices.map((choice) => (
                <option key={choice["en-US"]} value={choice[language]}>
                  {choice[language]}
                </option>
              ))}
            </Select>
          </Field>
          {spread && !isSpreadProblem(spread) && (
            <section aria-label={t("collections.payment.allocation")}>
              <Caption1>{t("collections.payment.allocation")}</Caption1>
              <ul className={styles.allocation}>
                {spread.lines.map((line) => {
                  const values = {
                    contract: line.record.contractId || line.record.dealId || "—",
                    number: line.record.installment ?? "—",
                    due: format.date(line.record.dueDate),
                    applied: money(line.applied),
                    left: money(line.left),
                  };
                  const key =
                    line.applied === 0
                      ? "collections.payment.allocationNone"
                      : line.left === 0
                        ? "collections.payment.allocationFull"
                        : "collections.payment.allocationPart";
                  return (
                    <li key={line.record.row}>
                      <Caption1>{t(key, values)}</Caption1>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {spread && isSpreadProblem(spread) && amount.trim() !== "" && (
            <Caption1 role="alert">{paymentProblemText(t, spread, money, true)}</Caption1>
          )}
          {record.failure && <ExcelFailureBar failure={record.failure} />}
          {recordSpread.failure && <ExcelFailureBar failure={recordSpread.failure} />}
          {mode === "installment" ? (
            <Button appearance="primary" disabled={!picked || record.running} onClick={() => void handleRecord()}>
              {record.running ? t("collections.payment.recording") : t("collections.payment.record")}
            </Button>
          ) : (
            <Button
              appearance="primary"
              disabled={!spread || isSpreadProblem(spread) || recordSpread.running}
              onClick={() => void handleRecordSpread()}
            >
              {recordSpread.running ? t("collections.payment.recording") : t("collections.payment.record")}
            </Button>
          )}
        </>
      )}
      {shown && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{shown}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
