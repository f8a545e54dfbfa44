import { tableSpec, type TableName, type WorkbookLanguage } from "@core/workbook/schema";
import type { PerformanceData } from "@core/performance/performanceData";

type Row = Record<string, string | number | null>;

/** Adds a SalesGrid table with the schema's headers in a language on its own sheet, rows by column key. */
export async function addTable(name: TableName, language: WorkbookLanguage, rows: readonly Row[]): Promise<void> {
  const columns = tableSpec(name).columns;
  const values = [
    columns.map((c) => c.header[language]),
    ...(rows.length === 0 ? [columns.map(() => "")] : rows.map((row) => columns.map((c) => row[c.key] ?? ""))),
  ];
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(tableSpec(name).sheet[language]);
    const range = sheet.getRangeByIndexes(0, 0, values.length, columns.length);
    range.values = values;
    sheet.tables.add(range, true).name = name;
    await context.sync();
  });
}

/** Writes the hand-checked facts of tests/core/performance/performanceFixture.ts as workbook tables. */
export async function addHandTables(data: PerformanceData, language: WorkbookLanguage): Promise<void> {
  const zh = language === "zh-CN";
  const stage = (s: string) => (zh ? ({ won: "赢单", lost: "输单", proposal: "方案报价" }[s.toLowerCase()] ?? s) : s);
  const level = (s: string) => (zh ? ({ Rep: "个人", Team: "团队" }[s] ?? s) : s);
  const metric = (s: string) => (zh ? ({ Signed: "合同额", Collected: "回款额" }[s] ?? s) : s);
  await addTable(
    "Deals",
    language,
    data.deals.map((d, i) => ({
      DealID: `D${i + 1}`,
      Owner: d.owner,
      Stage: stage(d.stage),
      Amount: d.amount,
      Collected: d.collected,
      Created: d.created,
      ClosedOn: d.closedOn,
    })),
  );
  await addTable(
    "Activities",
    language,
    data.activities.map((a) => ({ Date: a.date, Owner: a.owner, Satisfaction: a.satisfaction })),
  );
  await addTable(
    "Customers",
    language,
    data.customers.map((c, i) => ({ CustomerID: `C${i + 1}`, Owner: c.owner, FirstPurchase: c.firstPurchase })),
  );
  await addTable(
    "Targets",
    language,
    data.targets.map((t) => ({
      Level: level(t.level),
      Name: t.name,
      Metric: metric(t.metric),
      PeriodStart: t.start,
      PeriodEnd: t.end,
      Target: t.target,
    })),
  );
  await addTable(
    "Team",
    language,
    data.team.map((m) => ({ Rep: m.rep, Team: m.team })),
  );
  if (data.payments.length > 0)
    await addTable(
      "Payments",
      language,
      data.payments.map((p, i) => ({
        ContractID: `HT-${String(i + 1).padStart(4, "0")}`,
        Owner: p.owner,
        Installment: 1,
        DueDate: p.dueDate,
        AmountDue: p.amountDue,
        Received: p.received,
      })),
    );
}
