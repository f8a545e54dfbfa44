/**
 * Importing collections end to end, in English and Chinese: on the sample workbook, a 简道云-style
 * 回款 export (a UTF-8 CSV with the form's Chinese labels, money written ¥3,000.00) for one won deal
 * is read in the Import area, recognised as a Payments list, appended to the Payments table, and
 * the deal's Deals[Collected] (the SUMIFS over Payments) moves by what was received. One row names
 * a contract the workbook does not have: the review warns of it before anything is written, and
 * the row is still written when the user goes on. Fails on any page or console error (see
 * workbench.ts).
 */
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { jdyPaymentHeaders } from "../fixtures/paymentsExport";
import { sampleWorkbookSession } from "./setupSteps";
import { eventually, paneRoot, type WorkbenchPage } from "./workbench";

const { openSample } = sampleWorkbookSession();

/** The won deal's ID, customer, owner and row, its Collected now, and its contract's number. */
async function wonDeal(page: WorkbenchPage["page"]) {
  return page.evaluate(async () =>
    Excel.run(async (context) => {
      const deals = context.workbook.tables.getItem("Deals");
      const range = deals.getRange().load("values");
      const stages = context.workbook.tables.getItem("Stages").getDataBodyRange().load("values");
      const contracts = context.workbook.tables.getItem("Contracts").getDataBodyRange().load("values");
      await context.sync();
      const [headers, ...rows] = range.values as (string | number)[][];
      const col = (en: string, zh: string) => headers.findIndex((h) => h === en || h === zh);
      const won = String((stages.values as string[][])[5][0]);
      const row = rows.findIndex((r) => r[col("Stage", "阶段")] === won && r[0] !== "");
      const r = rows[row];
      // The sample gives every won deal a contract (HT-0001 …): its ContractID, then its DealID.
      const contract = (contracts.values as string[][]).find((c) => c[1] === r[0]);
      return {
        row,
        contract: contract ? String(contract[0]) : "",
        id: String(r[0]),
        customer: String(r[col("Customer", "客户")]),
        owner: String(r[col("Owner", "负责人")]),
        collected: Number(r[col("Collected", "回款金额")] || 0),
      };
    }),
  );
}

async function collectedOf(page: WorkbenchPage["page"], row: number): Promise<unknown> {
  return page.evaluate(
    async (at) =>
      Excel.run(async (context) => {
        const deals = context.workbook.tables.getItem("Deals");
        const header = deals.getHeaderRowRange().load("values");
        const body = deals.getDataBodyRange().load("values");
        await context.sync();
        const column = (header.values[0] as string[]).findIndex((h) => h === "Collected" || h === "回款金额");
        return body.values[at][column];
      }),
    row,
  );
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe.each(["en-US", "zh-CN"] as const)("importing a 回款 export (%s)", (language) => {
  it("recognises a 简道云-style CSV as Payments, appends it, and Deals[Collected] moves", async () => {
    const { page } = await openSample(language, `?lang=${language}`);
    const s = language === "en-US" ? enUS.import : zhCN.import;
    const fill = (text: string, params: Record<string, string | number>) =>
      text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key]));
    const deal = await wonDeal(page);
    expect(deal.row).toBeGreaterThanOrEqual(0);
    expect(deal.contract).toMatch(/^HT-\d{4}$/);

    const rows = [
      jdyPaymentHeaders,
      [
        deal.contract,
        deal.id,
        deal.customer,
        deal.owner,
        "1",
        "2024-03-31",
        "¥3,000.00",
        "¥3,000.00",
        "2024-04-02",
        "对公转账",
        "首付款",
      ],
      [deal.contract, deal.id, deal.customer, deal.owner, "2", "2099-06-30", "¥7,000.00", "", "", "", "=尾款"],
      // A contract the workbook does not have (row 4 of the file), on the same known deal: flagged,
      // not blocked. Its ¥500 received counts toward the deal's Collected but toward no contract.
      [
        "HT-2025-099",
        deal.id,
        deal.customer,
        deal.owner,
        "1",
        "2024-05-31",
        "¥500.00",
        "¥500.00",
        "2024-06-03",
        "对公转账",
        "",
      ],
    ];
    const csv = `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;

    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: language === "zh-CN" ? "导入" : "Import", exact: true }).click();
    await pane.getByRole("radio", { name: s.source.csv }).check();
    await pane.getByLabel(s.source.csvLabel).setInputFiles({
      name: "回款记录.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
    await eventually(() => pane.getByRole("combobox", { name: s.mapping.target }).inputValue(), "Payments");
    await eventually(() => pane.getByRole("combobox", { name: "实际回款金额" }).inputValue(), "Received");
    await pane.getByRole("button", { name: s.mapping.next }).click();

    // A Payments table that already has rows asks about duplicates first.
    const preview = pane.getByRole("table", { name: s.review.previewCaption });
    const next = pane.getByRole("button", { name: s.duplicates.next, exact: true });
    await preview.or(next).first().waitFor();
    if (await next.isVisible()) await next.click();
    await preview.waitFor();

    // The review warns of the unknown contract, in the pane's language, before anything is written.
    const unknown = s.review.kinds["unknown-reference"];
    await pane.getByText(`${unknown}: 1`, { exact: true }).waitFor();
    await pane
      .getByRole("combobox", { name: s.review.problemKind })
      .selectOption({ label: fill(s.review.kindCount, { kind: unknown, total: 1 }) });
    const message =
      language === "zh-CN"
        ? "第 4 行：合同“HT-2025-099”不在合同表中"
        : 'row 4: contract "HT-2025-099" is not in Contracts';
    await pane.getByRole("cell", { name: message, exact: true }).waitFor();

    await pane.getByRole("radio", { name: fill(s.review.append, { table: "Payments" }) }).check();
    await pane.getByRole("checkbox", { name: fill(s.review.confirmAppend, { rows: 3, table: "Payments" }) }).check();
    await pane.getByRole("button", { name: fill(s.review.write, { rows: 3 }) }).click();
    await pane
      .getByText(
        fill(s.result.done, { total: 3, table: "Payments", sheet: language === "zh-CN" ? "回款计划" : "Collections" }),
      )
      .waitFor({ timeout: 60_000 });

    // The deal's Collected is the live sum of its received payments: 3,000 on its contract and the
    // 500 of the row whose contract is unknown (Collected sums by DealID), 3,500 more.
    await eventually(() => collectedOf(page, deal.row), deal.collected + 3500);
  });
});
