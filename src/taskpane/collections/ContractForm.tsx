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
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isoDate } from "@core/cells/isoDate";
import { installmentSchedule, isScheduleProblem } from "@core/collections/installmentSchedule";
import {
  defaultPlanLines,
  nextContractId,
  planContract,
  isContractProblem,
  type ContractDraft,
  type ContractProblem,
  type PlanLine,
} from "@core/receivables/paymentRecords";
import type { WonDeal } from "@excel/collections/collectionsWorkbook";
import { serialFromIso } from "@taskpane/goals/isoDate";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { usePaneSelectStyles } from "@taskpane/shared/usePaneSelectStyles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  line: { display: "grid", gridTemplateColumns: "5em 1fr", columnGap: tokens.spacingHorizontalS },
});

/** A line as the form edits it: the share in percent and the due date as typed. */
type LineText = { readonly share: string; readonly due: string };

export type ContractFormProps = {
  readonly deals: readonly WonDeal[];
  readonly contractIds: readonly string[];
  /**
   * The DealID of the Deals row selected in the grid, or null: a won deal without a contract is
   * picked (again each time the selection moves to it); any other gets a note, the picker stays.
   */
  readonly selectedDeal?: string | null;
  readonly today: number;
  /** Called once a contract was written, so the area reads the workbook again. */
  readonly onWritten: () => void;
};

const toLines = (lines: readonly PlanLine[]): LineText[] =>
  lines.map((line) => ({ share: String(Math.round(line.share * 1e8) / 1e6), due: isoDate(line.dueDate) }));

/** A contract problem in the pane's words. */
export function contractProblemText(t: TFunction, problem: ContractProblem): string {
  switch (problem.code) {
    case "tooManyInstallments":
      return t("collections.contract.problems.tooManyInstallments", { max: problem.max });
    case "badShare":
      return t("collections.contract.problems.badShare", { installment: problem.installment });
    case "badDate":
      return t("collections.contract.problems.badDate", { installment: problem.installment });
    case "sharesNotWhole":
      return t("collections.contract.problems.sharesNotWhole", { total: `${Math.round(problem.total * 1e4) / 100}%` });
    case "noContractId":
      return t("collections.contract.problems.noContractId");
    case "contractIdTaken":
      return t("collections.contract.problems.contractIdTaken");
    case "noDeal":
      return t("collections.contract.problems.noDeal");
    case "noSignedOn":
      return t("collections.contract.problems.noSignedOn");
    case "amountNotPositive":
      return t("collections.contract.problems.amountNotPositive");
    case "noInstallments":
      return t("collections.contract.problems.noInstallments");
  }
}

/**
 * The contract form of a won deal without a contract: number (next in the HT-0001 pattern), signed
 * on, amount (the deal's), and terms — deposit + balance on delivery, or N equal monthly
 * installments — laid out as an editable list of shares and due dates, with the amount of each
 * installment as it will be written (exact to the cent). Validated before anything is written.
 * It starts from the Deals row selected in the grid when that is a won deal without a contract,
 * and says why not otherwise (not won, or already under contract).
 */
export function ContractForm({ deals, contractIds, selectedDeal = null, today, onWritten }: ContractFormProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const selects = usePaneSelectStyles();
  const format = useNumberFormat();
  const service = useWorkbookService();
  const open = deals.filter((deal) => !deal.hasContract);
  const sameId = (id: string | null) => (d: WonDeal) => id !== null && d.dealId.toLowerCase() === id.toLowerCase();
  const fromSelection = open.find(sameId(selectedDeal));
  const [dealId, setDealId] = useState(fromSelection?.dealId ?? "");
  const deal = open.find((d) => d.dealId === dealId);
  const [contractId, setContractId] = useState(() => nextContractId(contractIds));
  const [signed, setSigned] = useState(isoDate(today));
  const [amount, setAmount] = useState(fromSelection?.amount != null ? String(fromSelection.amount) : "");
  // The selection moving to another row picks its deal (React's adjust-state-while-rendering
  // pattern): once per change, so the manager can still pick another deal in the list. A change
  // is also the selected deal becoming pickable (won in the grid while its row stays selected).
  const selectionKey = `${selectedDeal ?? ""}|${fromSelection?.dealId ?? ""}`;
  const [seenSelection, setSeenSelection] = useState(selectionKey);
  if (seenSelection !== selectionKey) {
    setSeenSelection(selectionKey);
    if (fromSelection) {
      setDealId(fromSelection.dealId);
      if (fromSelection.amount != null) setAmount(String(fromSelection.amount));
    }
  }
  const selectedWon = deals.find(sameId(selectedDeal));
  const selectionNote =
    selectedDeal === null
      ? null
      : !selectedWon
        ? t("collections.contract.selectedNotWon", { deal: selectedDeal })
        : selectedWon.hasContract
          ? t("collections.contract.selectedHasContract", { deal: selectedWon.dealId })
          : null;
  const [kind, setKind] = useState<"depositBalance" | "monthly">("depositBalance");
  const [deposit, setDeposit] = useState("30");
  const [count, setCount] = useState("3");
  const [lines, setLines] = useState<LineText[]>(() =>
    toLines(defaultPlanLines({ kind: "depositBalance", deposit: 0.3 }, today)),
  );
  const [shown, setShown] = useState<string | null>(null);
  const write = useWorkbookAction((_controls, contract: ContractDraft) => service.collections.writeContract(contract));

  const signedOn = serialFromIso(signed);
  const resetLines = (next: { kind?: typeof kind; deposit?: string; count?: string; signed?: string }) => {
    const on = serialFromIso(next.signed ?? signed) ?? today;
    const k = next.kind ?? kind;
    const choice =
      k === "depositBalance"
        ? { kind: k, deposit: Number(next.deposit ?? deposit) / 100 }
        : { kind: k, count: Number(next.count ?? count) };
    if (
      (choice.kind === "depositBalance" && Number.isFinite(choice.deposit)) ||
      (choice.kind === "monthly" && choice.count >= 1)
    )
      setLines(toLines(defaultPlanLines(choice, on)));
  };
  const handleDeal = (id: string) => {
    setDealId(id);
    const picked = open.find((d) => d.dealId === id);
    if (picked?.amount != null) setAmount(String(picked.amount));
  };
  const parsedLines = lines.map((line) => ({
    share: Number(line.share) / 100,
    dueDate: serialFromIso(line.due) ?? Number.NaN,
  }));
  const value = amount.trim() === "" ? null : Number(amount);
  const termsText =
    kind === "depositBalance"
      ? t("collections.contract.termsDeposit", { share: `${deposit}%` })
      : t("collections.contract.termsMonthly", { count: lines.length });
  const draft = {
    contractId,
    dealId,
    customer: deal?.customer ?? "",
    owner: deal?.owner ?? "",
    signedOn,
    amount: value,
    terms: termsText,
    lines: parsedLines,
    notes: "",
  };
  const plan = planContract(draft, contractIds);
  const schedule = value === null ? null : installmentSchedule(value, { kind: "custom", parts: parsedLines });

  const handleWrite = async () => {
    setShown(null);
    if (isContractProblem(plan)) return;
    const result = await write.run(draft);
    if (!result.ok) return;
    if (result.value.kind === "written") {
      setShown(t("collections.contract.written", { id: result.value.contractId, count: result.value.installments }));
      setDealId("");
      setContractId(nextContractId([...contractIds, result.value.contractId]));
      onWritten();
    } else if (result.value.kind === "invalid") setShown(contractProblemText(t, result.value.problem));
    else if (result.value.kind === "no-deal") setShown(t("collections.contract.noDeal"));
    else setShown(t("collections.missingTables", { tables: result.value.what.join(", ") }));
  };

  return (
    <section className={styles.form} aria-label={t("collections.contract.title")}>
      <Subtitle2 as="h3">{t("collections.contract.title")}</Subtitle2>
      {selectionNote && <Caption1 role="status">{selectionNote}</Caption1>}
      {fromSelection && deal === fromSelection && (
        <Caption1>{t("collections.contract.fromSelection", { deal: fromSelection.dealId })}</Caption1>
      )}
      {open.length === 0 ? (
        <Caption1>{t("collections.contract.noDeals")}</Caption1>
      ) : (
        <>
          <Field label={t("collections.contract.deal")}>
            <Select className={selects.select} value={dealId} onChange={(_, d) => handleDeal(d.value)}>
              <option value="">{t("collections.contract.pickDeal")}</option>
              {open.map((d) => (
                <option key={d.dealId} value={d.dealId}>
                  {`${d.dealId} · ${d.customer}`}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("collections.contract.contractId")}>
            <Input value={contractId} onChange={(_, d) => setContractId(d.value)} />
          </Field>
          <Field label={t("collections.contract.signedOn")}>
            <Input
              type="date"
              value={signed}
              onChange={(_, d) => {
                setSigned(d.value);
                resetLines({ signed: d.value });
              }}
            />
          </Field>
          <Field label={t("collections.contract.amount")}>
            <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
          </Field>
          <Field label={t("collections.contract.terms")}>
            <RadioGroup
              value={kind}
              onChange={(_, d) => {
                const next = d.value as typeof kind;
                setKind(next);
                resetLines({ kind: next });
              }}
            >
              <Radio value="depositBalance" label={t("collections.contract.depositBalance")} />
              <Radio value="monthly" label={t("collections.contract.monthly")} />
            </RadioGroup>
          </Field>
          {kind === "depositBalance" ? (
            <Field label={t("collections.contract.deposit")}>
              <Input
                inputMode="decimal"
                value={deposit}
                onChange={(_, d) => {
                  setDeposit(d.value);
                  resetLines({ deposit: d.value });
                }}
              />
            </Field>
          ) : (
            <Field label={t("collections.contract.count")}>
              <Input
                inputMode="numeric"
                value={count}
                onChange={(_, d) => {
                  setCount(d.value);
                  resetLines({ count: d.value });
                }}
              />
            </Field>
          )}
          <Caption1>{t("collections.contract.lines")}</Caption1>
          {lines.map((line, i) => (
            <div key={i} className={styles.line}>
              <Input
                aria-label={t("collections.contract.share", { number: i + 1 })}
                inputMode="decimal"
                value={line.share}
                onChange={(_, d) => setLines(lines.map((l, j) => (j === i ? { ...l, share: d.value } : l)))}
              />
              <Input
                aria-label={t("collections.contract.due", { number: i + 1 })}
                type="date"
                value={line.due}
                onChange={(_, d) => setLines(lines.map((l, j) => (j === i ? { ...l, due: d.value } : l)))}
              />
            </div>
          ))}
          {schedule && !isScheduleProblem(schedule) && (
            <Caption1>
              {schedule
                .map((s) => t("collections.contract.preview", { number: s.number, amount: format.money(s.amount, 2) }))
                .join(format.language === "zh-CN" ? "；" : "; ")}
            </Caption1>
          )}
          {isContractProblem(plan) && dealId !== "" && <Caption1 role="alert">{contractProblemText(t, plan)}</Caption1>}
          {write.failure && <ExcelFailureBar failure={write.failure} />}
          <Button
            appearance="primary"
            disabled={isContractProblem(plan) || write.running}
            onClick={() => void handleWrite()}
          >
            {write.running ? t("collections.contract.writing") : t("collections.contract.write")}
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
