import { addMonths, installmentSchedule, isScheduleProblem } from "@core/collections/installmentSchedule";
import { splitPayment } from "@core/collections/splitPayment";
import { paymentMethodChoices } from "@core/workbook/schema";
import type { Random } from "./createRandom";
import type { SampleDealRow, SampleLanguage } from "./sampleRows";

/** A row of the sample Contracts table (Received and Outstanding are formulas). */
export type SampleContractRow = {
  ContractID: string;
  DealID: string;
  Customer: string;
  Owner: string;
  SignedOn: number;
  Amount: number;
  Terms: string;
  Installments: number;
  Notes: string | null;
};

/** A row of the sample Payments table (Status is a formula). */
export type SamplePaymentRow = {
  ContractID: string;
  DealID: string;
  Customer: string;
  Owner: string;
  Installment: number;
  DueDate: number;
  AmountDue: number;
  Received: number | null;
  ReceivedOn: number | null;
  Method: string | null;
  Notes: string | null;
};

/** Chance that an installment due by today is paid in full, paid in part, or not at all (the rest). */
const PAID = 0.8;
const PARTLY = 0.08;

/**
 * The sample contracts and payment plans: one contract per won deal (signed on its ClosedOn, for
 * its Amount, numbered HT-0001 … in closing order), half on a 30 % deposit and the balance 30 days
 * later, half in 2–4 equal monthly installments (amounts exact to the cent: installmentSchedule).
 * An installment due after today is open. One due by today is paid in full (80 %, a few days after
 * its due date, never after today), paid in part (8 %: splitPayment makes the received row and the
 * remainder still due on the same date) or not at all — so about a fifth of what fell due is still
 * outstanding, as in a real book. Methods are mostly bank transfers. Its own random stream, so the
 * rest of the sample is the same with or without it.
 *
 * @param random - the contracts' random stream
 * @param language - the sample's language (terms text, methods)
 * @param today - the last day of history
 * @param deals - the sample deals
 * @param wonStage - the won stage's name in the language
 * @returns the Contracts and Payments rows
 * @example
 * sampleContracts(createRandom(2), "en", 46000, deals, "Won").contracts[0].ContractID //=> "HT-0001"
 */
export function sampleContracts(
  random: Random,
  language: SampleLanguage,
  today: number,
  deals: readonly SampleDealRow[],
  wonStage: string,
): { contracts: SampleContractRow[]; payments: SamplePaymentRow[] } {
  const lang = language === "zh" ? "zh-CN" : "en-US";
  const won = deals
    .filter((deal) => deal.Stage === wonStage && deal.ClosedOn !== null && deal.Amount > 0)
    .sort((a, b) => (a.ClosedOn as number) - (b.ClosedOn as number) || a.DealID.localeCompare(b.DealID));
  const contracts: SampleContractRow[] = [];
  const payments: SamplePaymentRow[] = [];
  const method = () => {
    const roll = random.next();
    const at = roll < 0.7 ? 0 : roll < 0.82 ? 1 : roll < 0.94 ? 2 : roll < 0.97 ? 3 : 4;
    return paymentMethodChoices[at][lang];
  };
  won.forEach((deal, i) => {
    const signed = deal.ClosedOn as number;
    const deposit = random.chance(0.5);
    const count = deposit ? 2 : random.int(2, 4);
    const parts = deposit
      ? [
          { share: 0.3, dueDate: signed },
          { share: 0.7, dueDate: signed + 30 },
        ]
      : Array.from({ length: count }, (_, k) => ({ share: 1 / count, dueDate: addMonths(signed, k + 1) }));
    const schedule = installmentSchedule(deal.Amount, { kind: "custom", parts });
    if (isScheduleProblem(schedule)) return;
    const id = `HT-${String(i + 1).padStart(4, "0")}`;
    contracts.push({
      ContractID: id,
      DealID: deal.DealID,
      Customer: deal.Customer,
      Owner: deal.Owner,
      SignedOn: signed,
      Amount: deal.Amount,
      Terms: deposit
        ? language === "zh"
          ? "预付30%，交付时付尾款"
          : "Deposit 30% + balance on delivery"
        : language === "zh"
          ? `按月分${count}期`
          : `${count} monthly installments`,
      Installments: schedule.length,
      Notes: null,
    });
    const row = (number: number, dueDate: number, amountDue: number, received: number | null, on: number | null) => ({
      ContractID: id,
      DealID: deal.DealID,
      Customer: deal.Customer,
      Owner: deal.Owner,
      Installment: number,
      DueDate: dueDate,
      AmountDue: amountDue,
      Received: received,
      ReceivedOn: on,
      Method: received === null ? null : method(),
      Notes: null,
    });
    for (const installment of schedule) {
      if (installment.dueDate > today) {
        payments.push(row(installment.number, installment.dueDate, installment.amount, null, null));
        continue;
      }
      const roll = random.next();
      const on = Math.min(today, installment.dueDate + random.int(0, 10));
      if (roll < PAID) {
        payments.push(row(installment.number, installment.dueDate, installment.amount, installment.amount, on));
      } else if (roll < PAID + PARTLY) {
        const part = Math.round(installment.amount * 40) / 100;
        const split = splitPayment({ amountDue: installment.amount, received: 0, receivedOn: null }, part, on);
        for (const piece of split.rows) {
          payments.push(
            row(
              installment.number,
              installment.dueDate,
              piece.amountDue,
              piece.received > 0 ? piece.received : null,
              piece.receivedOn,
            ),
          );
        }
      } else {
        payments.push(row(installment.number, installment.dueDate, installment.amount, null, null));
      }
    }
  });
  return { contracts, payments };
}
