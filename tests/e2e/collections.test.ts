/**
 * The Collections area end to end, in English and Chinese: on the sample workbook with its
 * contracts and payment plans cleared, an open deal is won in the grid and its row selected, the
 * contract form starts from that deal and gives it a three-installment contract (9,000 signed 45
 * days ago: one installment past due, two to come), records a partial payment of 1,200 on the
 * first, and the aging and collection rate it shows are
 * the hand-computed ones: 7,800 outstanding, 6,000 not yet due and 1,800 overdue 1–30 days; 1,200
 * received of 3,000 due to date, 40 %. Deals[Collected] of the deal reads 1,200. Then one payment
 * of 2,000 on the deal is spread, oldest due first, as the pane shows before writing (in a 320 px
 * pane), and Collected reads 3,200. Fails on any page or console error (see workbench.ts).
 */
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { sampleWorkbookSession } from "./setupSteps";
import { eventually, paneMisfits, paneRoot } from "./workbench";

const { openSample } = sampleWorkbookSession();

describe.each(["en-US", "zh-CN"] as const)("the Collections area (%s)", (language) => {
  it("gives a won deal a three-installment contract, records a partial payment, and shows the figures", async () => {
    const { page } = await openSample(language, `?lang=${language}`);
    const s = language === "en-US" ? enUS.collections : zhCN.collections;

    // No contracts yet, and one open deal won today in the grid (its Stage and ClosedOn typed).
    const deal = await page.evaluate(async () =>
      Excel.run(async (context) => {
        for (const name of ["Payments", "Contracts"]) {
          const table = context.workbook.tables.getItem(name);
          const rows = table.rows.load("count");
          await context.sync();
          for (let i = rows.count - 1; i >= 1; i--) table.rows.getItemAt(i).delete();
          const body = table.getDataBodyRange().load("formulas");
          await context.sync();
          body.values = [
            (body.formulas[0] as unknown[]).map((f) => (String(f).startsWith("=") ? null : "")),
          ] as unknown as string[][];
        }
        const deals = context.workbook.tables.getItem("Deals");
        const range = deals.getRange().load("values");
        const stages = context.workbook.tables.getItem("Stages").getDataBodyRange().load("values");
        await context.sync();
        const [headers, ...rows] = range.values as (string | number)[][];
        const closedAt = headers.findIndex((h) => h === "ClosedOn" || h === "成交日期");
        const stageAt = headers.findIndex((h) => h === "Stage" || h === "阶段");
        const idAt = 0; // DealID, the table's first column
        const open = rows.findIndex((row) => row[closedAt] === "");
        const won = String((stages.values as string[][])[5][0]);
        const now = new Date();
        const today = Math.floor(
          (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
        );
        deals.getDataBodyRange().getCell(open, stageAt).values = [[won]];
        deals.getDataBodyRange().getCell(open, closedAt).values = [[today]];
        await context.sync();
        // The manager selects the deal's row: the contract form starts from it.
        deals.getDataBodyRange().getCell(open, stageAt).select();
        await context.sync();
        return { id: String(rows[open][idAt]), row: open, today };
      }),
    );
    const iso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: s.area, exact: true }).click();
    const contract = pane.getByRole("region", { name: s.contract.title });
    await eventually(() => contract.getByRole("combobox", { name: s.contract.deal }).inputValue(), deal.id, 30_000);
    await contract.getByText(s.contract.fromSelection.replace("{{deal}}", deal.id)).waitFor({ timeout: 30_000 });
    await contract.getByLabel(s.contract.signedOn).fill(iso(deal.today - 45));
    await contract.getByRole("textbox", { name: s.contract.amount, exact: true }).fill("9000");
    await contract.getByRole("radio", { name: s.contract.monthly }).check();
    await contract.getByRole("button", { name: s.contract.write }).click();
    await pane
      .getByText(/HT-0001/)
      .first()
      .waitFor({ timeout: 30_000 });

    const payment = pane.getByRole("region", { name: s.payment.title });
    const installment = payment.getByRole("combobox", { name: s.payment.installment });
    const first = await installment
      .locator("option")
      .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== "")[0]);
    await installment.selectOption(first);
    await payment.getByRole("textbox", { name: s.payment.amount }).fill("1200");
    await payment.getByRole("button", { name: s.payment.record }).click();
    await pane.getByText(s.payment.recordedSplit).waitFor({ timeout: 30_000 });

    // The hand-computed aging: 6,000 not yet due, 1,800 overdue 1–30 days, 7,800 in all.
    const total = pane.getByRole("table", { name: s.receivables.outstanding });
    await total.getByRole("cell", { name: "7,800" }).first().waitFor({ timeout: 30_000 });
    const cells = await total.getByRole("row").nth(1).getByRole("cell").allTextContents();
    expect(cells.slice(1)).toEqual(["7,800", "6,000", "1,800", "0", "0", "0"]);
    // The collection rate: 1,200 received of the 3,000 due to date.
    const rate = await pane.getByRole("group", { name: s.receivables.rate }).textContent();
    expect(rate).toContain(language === "en-US" ? "40% (1,200 of 3,000 due)" : "40%（应收 3,000，已回 1,200）");

    // The deal's Collected is the live sum of its received payments.
    const readCollected = () =>
      page.evaluate(
        async ({ row }) =>
          Excel.run(async (context) => {
            const deals = context.workbook.tables.getItem("Deals");
            const header = deals.getHeaderRowRange().load("values");
            const body = deals.getDataBodyRange().load("values");
            await context.sync();
            const at = (header.values[0] as string[]).findIndex((h) => h === "Collected" || h === "回款金额");
            return body.values[row][at];
          }),
        { row: deal.row },
      );
    expect(await readCollected()).toBe(1200);

    // One payment of 2,000 on the deal, at a 320 px pane: the allocation shown before writing
    // (the 1,800 left of #1, then 200 of #2), fitting the pane; Collected moves by 2,000.
    await page.setViewportSize({ width: Math.ceil(320 / 0.32), height: 860 });
    await payment.getByRole("radio", { name: s.payment.onDeal }).check();
    await payment.getByRole("combobox", { name: s.payment.deal }).selectOption(deal.id);
    await payment.getByRole("textbox", { name: s.payment.amount }).fill("2000");
    const allocation = payment.getByRole("region", { name: s.payment.allocation });
    await allocation.getByRole("listitem").nth(2).waitFor({ timeout: 30_000 });
    const lines = await allocation.getByRole("listitem").allTextContents();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("1,800.00");
    expect(lines[1]).toContain("2,800.00");
    expect(await paneMisfits(page)).toEqual([]);
    await payment.getByRole("button", { name: s.payment.record }).click();
    await pane.getByText(s.payment.recordedSpreadSplit.replace("{{count}}", "2")).waitFor({ timeout: 30_000 });
    await total.getByRole("cell", { name: "5,800" }).first().waitFor({ timeout: 30_000 });
    expect(await readCollected()).toBe(3200);
  });
});
