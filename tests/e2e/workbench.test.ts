/**
 * The workbench end to end, in headless Chromium: the real built add-in (functions and task pane)
 * on the emulator, driven through the page as a user drives it. Every test also fails on any page
 * error, console error or failed request (see workbench.ts).
 */
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import {
  cell,
  cellText,
  eventually,
  expectTabsInsidePane,
  goToCell,
  openWorkbench,
  paneRoot,
  recordErrors,
  typeInCell,
  waitForWorkbench,
  type WorkbenchPage,
} from "./workbench";

// A browser, page loads and typing take seconds, not jest's default 5; with the other e2e files
// running beside this one on two cores, a reload test can take over a minute.
jest.setTimeout(180_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("the workbench", () => {
  let workbench: WorkbenchPage;
  const requests: string[] = [];

  beforeEach(async () => {
    requests.length = 0;
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, locale: "en-US" });
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    workbench = { page, errors: [] };
    recordErrors(page, workbench.errors);
    await openWorkbench(browser, { page, errors: workbench.errors });
  });

  afterEach(async () => {
    await workbench.page.context().close();
    expect(workbench.errors).toEqual([]);
  });

  it("shows every area tab inside a pane as narrow as Excel's, without scrolling sideways", async () => {
    const { page } = workbench;
    await page.setViewportSize({ width: 1000, height: 860 }); // the pane's narrowest: 320 px
    const pane = paneRoot(page);
    const tabs = pane.getByRole("navigation", { name: "SalesGrid areas" }).getByRole("tab");
    await eventually(async () => (await tabs.count()) >= 8, true);
    expect((await page.locator("aside").boundingBox())!.width).toBeLessThanOrEqual(330);
    await expectTabsInsidePane(page);
    // The last area is reachable with a click.
    await tabs.last().click();
    await eventually(() => tabs.last().getAttribute("aria-selected"), "true");
  });

  it("opens with the preview banner, the grid, sheet tabs and the real task pane, loading nothing from the network", async () => {
    const { page } = workbench;
    await eventually(() => page.getByText("Preview", { exact: true }).isVisible(), true);
    await eventually(() => page.getByText(/not in Excel/).isVisible(), true);
    await eventually(() => page.getByRole("tab", { name: "Sheet1" }).getAttribute("aria-selected"), "true");
    await eventually(() => page.getByRole("columnheader", { name: "A", exact: true }).isVisible(), true);
    await eventually(() => cell(page, "A1").isVisible(), true);

    const pane = paneRoot(page);
    await eventually(() => pane.getByRole("heading", { level: 1 }).textContent(), "SalesGrid");
    await eventually(() => pane.getByRole("tab", { name: "Workbook" }).isVisible(), true);
    // The pane is docked inside the page, beside the grid.
    await eventually(() => page.locator("aside > #root").count(), 1);

    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(requests.some((url) => url.endsWith("/functions.js"))).toBe(true);
    expect(requests.some((url) => url.endsWith("/taskpane.js"))).toBe(true);
  });

  it("computes a SALES formula typed into a cell, and shows its formula in the formula bar", async () => {
    const { page } = workbench;
    const labels = ["Won", "Lost", "Won", "Open"];
    for (const [index, label] of labels.entries()) await typeInCell(page, `A${index + 2}`, label);
    // The README's example: a range with room to grow; empty cells do not count.
    await typeInCell(page, "B1", "=SALES.CONVERSION(A2:A20)");

    await eventually(() => cellText(page, "B1"), "0.5");
    await eventually(
      () => page.getByRole("textbox", { name: "Formula bar" }).inputValue(),
      "=SALES.CONVERSION(A2:A20)",
    );
    await eventually(() => cellText(page, "A3"), "Lost");

    // A change to an input recalculates the SALES cell, as in Excel.
    await typeInCell(page, "A3", "Won");
    await eventually(() => cellText(page, "B1"), "0.75");
    await typeInCell(page, "A20", "Lost");
    await eventually(() => cellText(page, "B1"), "0.6");
  });

  it("shows SALES errors as Excel does, with the message of a #VALUE! as the tooltip", async () => {
    const { page } = workbench;
    await typeInCell(page, "C1", "=SALES.CONVERSION(D1:D3)");
    await eventually(() => cellText(page, "C1"), "#DIV/0!");
    await eventually(() => cell(page, "C1").getAttribute("aria-invalid"), "true");
    await eventually(() => cell(page, "C1").getAttribute("title"), "#DIV/0!");

    await typeInCell(page, "A1", "1");
    await typeInCell(page, "C2", '=SALES.SPLIT("many",A1)');
    await eventually(() => cellText(page, "C2"), "#VALUE!");
    await expect(cell(page, "C2").getAttribute("title")).resolves.toMatch(/^#VALUE! \S/);
  });

  it("spills array results and marks table headers", async () => {
    const { page } = workbench;
    for (const [address, value] of [
      ["A1", "1"],
      ["A2", "3"],
      ["A3", "2"],
    ] as const)
      await typeInCell(page, address, value);
    await typeInCell(page, "B1", "=SALES.SPLIT(60,A1:A3)");
    await eventually(() => cellText(page, "B1"), "10");
    await eventually(() => cellText(page, "B2"), "30");
    await eventually(() => cellText(page, "B3"), "20");
    // The spilled cells have no formula of their own.
    await goToCell(page, "B2");
    await eventually(() => page.getByRole("textbox", { name: "Formula bar" }).inputValue(), "");

    await page.evaluate(() => {
      const { book } = window.salesGridWorkbench!.emulator;
      book.setValues("Sheet1", "D1", [
        ["Customer", "Amount"],
        ["Acme", 100],
      ]);
      book.addTable(book.sheet("Sheet1")!, { top: 0, left: 3, bottom: 1, right: 4 }, true, "Customers");
    });
    const header = cell(page, "D1");
    await eventually(() => header.textContent(), "Customer");
    const headerWeight = await header.evaluate((element) => getComputedStyle(element).fontWeight);
    const bodyWeight = await cell(page, "D2").evaluate((element) => getComputedStyle(element).fontWeight);
    expect(Number(headerWeight)).toBeGreaterThan(Number(bodyWeight));
  });

  it("fires the add-in's selection events and follows selections the add-in makes", async () => {
    const { page } = workbench;
    await goToCell(page, "C4");
    await eventually(() => page.evaluate(() => window.salesGridWorkbench!.emulator.book.selection), {
      sheet: "Sheet1",
      address: "C4",
    });
    // Shift+click extends the selection, as in Excel.
    await cell(page, "D6").click({ modifiers: ["Shift"] });
    await eventually(() => page.evaluate(() => window.salesGridWorkbench!.emulator.book.selection.address), "C4:D6");
    await eventually(() => page.getByRole("textbox", { name: "Name box" }).inputValue(), "C4:D6");

    // The add-in selecting a range through Office.js moves the grid's selection.
    await page.evaluate(() =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("E2").select();
        await context.sync();
      }),
    );
    await eventually(() => page.getByRole("textbox", { name: "Name box" }).inputValue(), "E2");
    await eventually(() => cell(page, "E2").getAttribute("aria-selected"), "true");
  });

  it("switches sheets with the tabs and adds a sheet", async () => {
    const { page } = workbench;
    await page.getByRole("button", { name: "New sheet" }).click();
    await eventually(() => page.getByRole("tab", { name: "Sheet2" }).getAttribute("aria-selected"), "true");
    await typeInCell(page, "A1", "on sheet 2");
    await page.getByRole("tab", { name: "Sheet1" }).click();
    await eventually(() => cellText(page, "A1"), "");
    await eventually(() => page.evaluate(() => window.salesGridWorkbench!.emulator.book.activeSheet), "Sheet1");
    await page.getByRole("tab", { name: "Sheet2" }).click();
    await eventually(() => cellText(page, "A1"), "on sheet 2");
  });

  it("uses the task pane: an empty workbook opens on Get started, the status finds a new table, and the pane speaks Chinese", async () => {
    const { page } = workbench;
    const pane = paneRoot(page);
    const customersRow = pane.getByRole("row", { name: /Customers/ });
    await pane.getByRole("heading", { name: "Get started" }).waitFor();
    await eventually(() => pane.getByRole("button", { name: "Set up" }).isVisible(), true);
    await eventually(() => pane.getByRole("list", { name: "What each area does" }).getByRole("listitem").count(), 11);

    await page.evaluate(() => {
      const { book } = window.salesGridWorkbench!.emulator;
      book.setValues("Sheet1", "A1", [
        ["CustomerID", "Name"],
        ["C-1", "Acme"],
        ["C-2", "Globex"],
      ]);
      book.addTable(book.sheet("Sheet1")!, { top: 0, left: 0, bottom: 2, right: 1 }, true, "Customers");
    });
    await pane.getByRole("button", { name: "Refresh" }).click();
    await pane.getByText("1 of 11 SalesGrid tables found").waitFor();
    await eventually(() => customersRow.getByText("Present").isVisible(), true);
    await eventually(() => customersRow.getByRole("cell", { name: "Sheet1" }).isVisible(), true);

    await pane.getByRole("button", { name: "中文" }).click();
    await pane.getByRole("heading", { name: "工作簿状态" }).waitFor();
    await eventually(() => pane.getByText("已找到 1 / 11 个 SalesGrid 表格").isVisible(), true);
    await eventually(() => customersRow.getByText("已存在").isVisible(), true);
    // The page follows the pane's language.
    await page.getByText("预览", { exact: true }).waitFor();
    await eventually(() => page.getByRole("button", { name: "重置工作簿" }).isVisible(), true);
  });

  it("keeps the workbook across a reload, and Reset empties it after asking", async () => {
    const { page } = workbench;
    await typeInCell(page, "A2", "Won");
    await typeInCell(page, "A3", "Lost");
    await typeInCell(page, "B1", "=SALES.CONVERSION(A2:A3)");
    await page.getByRole("button", { name: "New sheet" }).click();

    await page.reload();
    await waitForWorkbench(page);
    await eventually(() => page.getByRole("tab", { name: "Sheet2" }).isVisible(), true);
    await page.getByRole("tab", { name: "Sheet1" }).click();
    await eventually(() => cellText(page, "B1"), "0.5");
    await eventually(() => cellText(page, "A3"), "Lost");

    // Cancelling the confirmation keeps everything.
    await page.getByRole("button", { name: "Reset workbook" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await eventually(() => cellText(page, "A3"), "Lost");

    await page.getByRole("button", { name: "Reset workbook" }).click();
    await Promise.all([
      page.waitForEvent("load"),
      page.getByRole("dialog").getByRole("button", { name: "Reset" }).click(),
    ]);
    await waitForWorkbench(page);
    await eventually(
      () => page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").allTextContents(),
      ["Sheet1"],
    );
    await eventually(() => cellText(page, "B1"), "");
    await eventually(() => cellText(page, "A3"), "");

    // And the empty workbook is what a further reload shows.
    await page.reload();
    await waitForWorkbench(page);
    await eventually(() => cellText(page, "A3"), "");
  });

  it("scrolls a 100 000-row sheet without rendering it all", async () => {
    const { page } = workbench;
    await page.evaluate(() => {
      const { book } = window.salesGridWorkbench!.emulator;
      const rows = Array.from({ length: 100_000 }, (_, index) => [index % 2 === 0 ? "Won" : "Lost", index]);
      book.setValues("Sheet1", "A1", rows);
    });
    const rendered = await page.getByRole("gridcell").count();
    expect(rendered).toBeLessThan(2000);
    await goToCell(page, "B99999");
    await eventually(() => cell(page, "B99999").textContent(), "99998");
    await eventually(() => cell(page, "A99999").textContent(), "Won");
  });
});
