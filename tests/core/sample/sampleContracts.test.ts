import { serialFromDate } from "@core/cells/parseDate";
import { collectionRate } from "@core/collections/collectionRate";
import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import { sampleRows } from "@core/setup/tableRows";
import { paymentStatusChoices } from "@core/workbook/schema";

const today = serialFromDate(2025, 12, 31);

describe.each(["en", "zh"] as const)("sample contracts and payment plans (%s)", (language) => {
  const sample = generateSampleWorkbook({ seed: 1, language, today });
  const won = sample.deals.filter((deal) => deal.Stage === sample.stages[5].Stage);

  it("give every won deal one contract whose installments add up to it exactly", () => {
    expect(sample.contracts).toHaveLength(won.length);
    expect(sample.contracts[0].ContractID).toBe("HT-0001");
    for (const contract of sample.contracts) {
      const rows = sample.payments.filter((p) => p.ContractID === contract.ContractID);
      const cents = rows.reduce((sum, p) => sum + Math.round(p.AmountDue * 100), 0);
      expect(cents).toBe(Math.round(contract.Amount * 100));
      expect(new Set(rows.map((p) => p.Installment)).size).toBe(contract.Installments);
    }
  });

  it("leave a realistic share of what fell due outstanding, with some partial payments, nothing received after today", () => {
    const rate = collectionRate(
      sample.payments.map((p) => ({ dueDate: p.DueDate, amountDue: p.AmountDue, received: p.Received ?? 0 })),
      today,
    );
    const outstanding = 1 - (rate.rate ?? 1);
    expect(outstanding).toBeGreaterThanOrEqual(0.12);
    expect(outstanding).toBeLessThanOrEqual(0.28);
    // A partial payment: two rows of one installment, one received and one still due.
    const key = (p: (typeof sample.payments)[number]) => `${p.ContractID}#${p.Installment}`;
    const counts = new Map<string, number>();
    for (const p of sample.payments) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    expect([...counts.values()].some((n) => n === 2)).toBe(true);
    expect(sample.payments.every((p) => p.ReceivedOn === null || p.ReceivedOn <= today)).toBe(true);
    expect(sample.payments.every((p) => p.Received === null || p.Received <= p.AmountDue)).toBe(true);
  });

  it("are written as table rows with the Status column left to its formula", () => {
    const rows = sampleRows("Payments", sample);
    expect(rows).toHaveLength(sample.payments.length);
    expect(rows.every((row) => row[10] === null)).toBe(true);
    expect(paymentStatusChoices).toHaveLength(4);
  });
});
