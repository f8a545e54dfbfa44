import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isoDate } from "@core/cells/isoDate";
import type { PaymentRecord } from "@core/receivables/paymentRecords";
import { paymentMethodChoices, type WorkbookLanguage } from "@core/workbook/schema";
import { serialFromIso } from "@taskpane/goals/isoDate";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { usePaneSelectStyles } from "@taskpane/shared/usePaneSelectStyles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

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

const outstanding = (record: PaymentRecord) =>
  Math.max(0, Math.round((record.amountDue - record.received) * 100) / 100);

/**
 * Records a payment on an installment with something outstanding: the amount (default what is
 * outstanding), the date received (default today) and the method from the workbook's list. A
 * partial payment splits the installment, the rest staying due on its date.
 */
export function PaymentForm({ payments, language, today, selectedRow, onRecorded }: PaymentFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const selects = usePaneSelectStyles();
  const format = useNumberFormat();
  const service = useWorkbookService();
  const open = payments.filter((record) => outstanding(record) > 0 && record.dueDate !== null);
  const [row, setRow] = useState<string>(selectedRow === null ? "" : String(selectedRow));
  const picked = open.find((record) => String(record.row) === row);
  const [amount, setAmount] = useState(picked ? String(outstanding(picked)) : "");
  const [on, setOn] = useState(isoDate(today));
  const [method, setMethod] = useState(paymentMethodChoices[0][language]);
  const [shown, setShown] = useState<string | null>(null);
  const record = useWorkbookAction(
    (_controls, installment: PaymentRecord, paid: number, date: number | null, how: string) =>
      service.collections.recordPayment(installment, paid, date, how),
  );

  const handlePick = (value: string) => {
    setRow(value);
    const next = open.find((r) => String(r.row) === value);
    setAmount(next ? String(outstanding(next)) : "");
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
    } else if (outcome.kind === "invalid") {
      const problem = outcome.problem;
      setShown(
        problem.code === "moreThanOutstanding"
          ? t("collections.payment.problems.moreThanOutstanding", { outstanding: format.money(problem.outstanding, 2) })
          : problem.code === "noDate"
            ? t("collections.payment.problems.noDate")
            : t("collections.payment.problems.amountNotPositive"),
      );
    } else if (outcome.kind === "rows-changed") setShown(t("collections.payment.rowsChanged"));
    else setShown(t("collections.missingTables", { tables: outcome.what.join(", ") }));
  };

  return (
    <section className={styles.form} aria-label={t("collections.payment.title")}>
      <Subtitle2 as="h3">{t("collections.payment.title")}</Subtitle2>
      {open.length === 0 ? (
        <Caption1>{t("collections.payment.noneOpen")}</Caption1>
      ) : (
        <>
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
                    amount: format.money(outstanding(r), 2),
                  })}
                </option>
              ))}
            </Select>
          </Field>
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
          {record.failure && <ExcelFailureBar failure={record.failure} />}
          <Button appearance="primary" disabled={!picked || record.running} onClick={() => void handleRecord()}>
            {record.running ? t("collections.payment.recording") : t("collections.payment.record")}
          </Button>
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
