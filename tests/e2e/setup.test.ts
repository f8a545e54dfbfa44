/**
 * Set-up end to end: a manager sets up a workbook with sample data from the pane in the workbench,
 * and the sheets and formula columns are there and compute.
 */
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { setUpSampleInWorkbench } from "./setupSteps";
import { cellText, eventually, openWorkbench, paneRoot, type WorkbenchPage } from "./workbench";

jest.setTimeout(240_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const asNumber = (text: string) => Number(text.replace(/[,%]/g, "")) / (text.endsWith("%") ? 100 : 1);

describe.each([
  ["en-US", { deals: "Pipeline", customers: "Customers" }],
  ["zh-CN", { deals: "销售管道", customers: "客户档案" }],
] as const)("set-up in the workbench (%s workbook)", (language, sheets) => {
  let workbench: WorkbenchPage;

  beforeEach(async () => {
    workbench = await openWorkbench(browser);
  });

  afterEach(async () => {
    await workbench.page.context().close();
    expect(workbench.errors).toEqual([]);
  });

  it("creates the workbook with sample data whose Weighted column is Amount × Probability", async () => {
    const { page } = workbench;

    await setUpSampleInWorkbench(page, language);

    // The sheet tabs, not the pane's area tabs (an area is called Pipeline too).
    const sheetTab = (name: string) =>
      page.getByRole("tablist", { name: /^(Sheets|工作表)$/ }).getByRole("tab", { name, exact: true });
    await eventually(() => sheetTab(sheets.deals).getAttribute("aria-selected"), "true");
    await eventually(() => sheetTab(sheets.customers).isVisible(), true);
    for (const row of [2, 3, 10]) {
      const amount = asNumber(await cellText(page, `E${row}`));
      const probability = asNumber(await cellText(page, `F${row}`));
      expect(amount).toBeGreaterThan(0);
      // Money shows cents (#,##0.00, the one money format).
      const money = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
      expect(await cellText(page, `G${row}`)).toBe((amount * probability).toLocaleString("en-US", money));
    }
    await eventually(
      () =>
        paneRoot(page)
          .getByRole("button", { name: /^(Back to set-up|返回初始化)$/ })
          .isVisible(),
      true,
    );
  });
});
