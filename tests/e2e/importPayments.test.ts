/**
 * Importing collections end to end, in English and Chinese: on the sample workbook, a 简道云-style
 * 回款 export (a UTF-8 CSV with the form's Chinese labels, money written ¥3,000.00) for one won deal
 * is read in the Import area, recognised as a Payments list, appended to the Payments table, and
 * the deal's Deals[Collected] (the SUMIFS over Payments) moves by what was received. Fails on any
 * page or console error (see workbench.ts).
 */
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { jdyPaymentHeaders } from "../fixtures/paymentsExport";
import { sampleWorkbookSession } from "./setupSteps";
import { eventually, paneRoot, type WorkbenchPage } from "./workbench";

const { openSample } = sampleWorkbookSession();

/** The won deal's ID, customer, owner and row, and its Collected now. */
async function wonDeal(page: WorkbenchPage["page"]) {
  return page.evaluate(async () =>
    Excel.run(async (context) => {
      const deals = context.workbook.tables.getItem("Deals");
      const range = deals.getRange().load("values");
      const stages = context.workbook.tables.getItem("Stages").getDataBodyRange().load("values");
      await context.sync();
      const [headers, ...rows] = range.values as (string | number)[][];
      const col = (en: string, zh: string) => headers.findIndex((h) => h === en || h === zh);
      const won = String((stages.values as string[][])[5][0]);
      const row = rows.findIndex((r) => r[col("Stage", "阶段")] === won && r[0] !== "");
      const r = rows[row];
      return {
        row,
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

    const rows = [
      jdyPaymentHeaders,
      [
        "HT-2024-017",
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
      ["HT-2024-017", deal.id, deal.customer, deal.owner, "2", "2099-06-30", "¥7,000.00", "", "", "", "=尾款"],
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
    await pane.getByRole("radio", { name: fill(s.review.append, { table: "Payments" }) }).check();
    await pane.getByRole("checkbox", { name: fill(s.review.confirmAppend, { rows: 2, table: "Payments" }) }).check();
    await pane.getByRole("button", { name: fill(s.review.write, { rows: 2 }) }).click();
    await pane
      .getByText(
        fill(s.result.done, { total: 2, table: "Payments", sheet: language === "zh-CN" ? "回款计划" : "Collections" }),
      )
      .waitFor({ timeout: 60_000 });

    // The deal's Collected is the live sum of its received payments: 3,000 more.
    await eventually(() => collectedOf(page, deal.row), deal.collected + 3000);
  });
});
