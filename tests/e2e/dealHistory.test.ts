/**
 * Deal history end to end (issue: the pipeline stays true as deals move): on the sample workbook
 * set up through the pane, a manager moves a stale deal through three stages by typing in the
 * Pipeline sheet and wins it. The recorder writes four DealHistory rows, stamps StageSince and
 * ClosedOn, and the Pipeline area's figures and lists follow without Refresh; a deal marked Lost
 * with a new reason shows in the lost-reasons list, and the dashboard charts lost reasons. In
 * Chinese, the history lands on the sheet 商机变更记录. Fails on any page or console error.
 */
import type { Page } from "playwright-core";
import { sampleWorkbookSession } from "./setupSteps";
import { eventually, goToCell, paneRoot, typeInCell } from "./workbench";

const { openSample } = sampleWorkbookSession();

type Grid = { sheet: string; top: number; left: number; headers: string[]; rows: (string | number | boolean)[][] };

/** A table's header and data cells as the emulator holds them (values, not display text). */
function readTable(page: Page, name: string): Promise<Grid> {
  return page.evaluate((tableName) => {
    const book = window.salesGridWorkbench!.emulator.book;
    const info = book.table(tableName);
    if (!info) return { sheet: "", top: 0, left: 0, headers: [], rows: [] };
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(info.range.replace(/^.*!/, "").replace(/\$/g, ""))!;
    const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const [left, top, right, bottom] = [col(match[1]), Number(match[2]) - 1, col(match[3]), Number(match[4]) - 1];
    const rows: (string | number | boolean)[][] = [];
    for (let r = top + 1; r <= bottom; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = left; c <= right; c++) row.push(book.getCell(info.sheet, r, c).value);
      rows.push(row);
    }
    return { sheet: info.sheet, top, left, headers: info.headers, rows };
  }, name);
}

/** The A1 address of a data row's cell in a table read by readTable. */
function addressOf(grid: Grid, rowIndex: number, header: string): string {
  let n = grid.left + grid.headers.indexOf(header) + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${grid.top + 2 + rowIndex}`;
}

/** Today as the workbench's Excel serial date (days since 1899-12-30), in the page's time zone. */
function todaySerial(page: Page): Promise<number> {
  return page.evaluate(() => {
    const now = new Date();
    return Math.round(
      (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
    );
  });
}

describe("deal history in the workbench", () => {
  it("records a deal moved through three stages and won, stamps it, and the pane keeps up without Refresh", async () => {
    const { page } = await openSample("en-US");
    const pane = paneRoot(page);
    const sheetTab = (name: string) =>
      page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true });

    await pane.getByRole("tab", { name: "Pipeline", exact: true }).click();
    const open = pane.getByLabel("Open pipeline", { exact: true });
    await open.waitFor();
    const openDeals = async () => Number(/· (\d+) open deals/.exec((await open.textContent()) ?? "")?.[1] ?? NaN);
    const before = await openDeals();
    expect(before).toBeGreaterThan(0);

    // A stale deal early in the process, from the pane's stale list.
    const stale = pane.getByRole("table", { name: "Open deals stuck in their stage or without activity" });
    await stale.waitFor();
    const staleIds = (await stale.getByRole("button", { name: /^Select .* in the sheet$/ }).allTextContents()).map(
      (text) => text.trim(),
    );
    const deals = await readTable(page, "Deals");
    const [idAt, stageAt] = [deals.headers.indexOf("DealID"), deals.headers.indexOf("Stage")];
    const index = deals.rows.findIndex(
      (row) => staleIds.includes(String(row[idAt])) && ["Prospecting", "Needs analysis"].includes(String(row[stageAt])),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const dealId = String(deals.rows[index][idAt]);
    const path =
      String(deals.rows[index][stageAt]) === "Prospecting"
        ? ["Needs analysis", "Proposal", "Negotiation", "Won"]
        : ["Proposal", "Negotiation", "Contract", "Won"];

    // The manager types each stage into the Pipeline sheet, as in Excel.
    await sheetTab("Pipeline").click();
    const historyOf = async () => {
      const history = await readTable(page, "DealHistory");
      const at = (header: string) => history.headers.indexOf(header);
      return history.rows
        .filter((row) => String(row[at("DealID")]) === dealId)
        .map((row) => [row[at("Field")], row[at("From")], row[at("To")], row[at("Exact")]]);
    };
    const from = String(deals.rows[index][stageAt]);
    for (let step = 0; step < path.length; step++) {
      await typeInCell(page, addressOf(deals, index, "Stage"), path[step]);
      await eventually(async () => (await historyOf()).length, step + 1, 15_000);
    }
    const chain = [from, ...path];
    expect(await historyOf()).toEqual(path.map((to, i) => ["Stage", chain[i], to, true]));

    // StageSince and ClosedOn are stamped with today.
    const today = await todaySerial(page);
    const after = await readTable(page, "Deals");
    expect(after.rows[index][after.headers.indexOf("StageSince")]).toBe(today);
    expect(after.rows[index][after.headers.indexOf("ClosedOn")]).toBe(today);
    expect(after.rows[index][after.headers.indexOf("ForecastCategory")]).toBe("Closed");

    // The pane followed without Refresh: one open deal fewer, the deal gone from the stale list.
    await eventually(openDeals, before - 1, 15_000);
    await eventually(
      async () => (await stale.getByRole("button", { name: `Select ${dealId} in the sheet` }).count()) > 0,
      false,
      15_000,
    );

    // A deal lost for a new reason is in the lost-reasons list, again without Refresh.
    const lostIndex = after.rows.findIndex(
      (row, i) => i !== index && !["Won", "Lost"].includes(String(row[after.headers.indexOf("Stage")])),
    );
    await typeInCell(page, addressOf(after, lostIndex, "LostReason"), "Budget frozen e2e");
    await typeInCell(page, addressOf(after, lostIndex, "Stage"), "Lost");
    await pane.getByText(/^Budget frozen e2e: 1 deals, /).waitFor({ timeout: 15_000 });

    // The dashboard sheet charts lost reasons.
    await pane.getByRole("button", { name: "Write dashboard sheet" }).click();
    await pane.getByText(/^Wrote the sheet “Pipeline dashboard”/).waitFor({ timeout: 30_000 });
    const charts = await page.evaluate(() => window.salesGridWorkbench!.emulator.book.charts("Pipeline dashboard"));
    expect(charts.map((chart) => chart.type)).toContain("BarClustered");
  });

  it("records a stage typed in a Chinese workbook on the sheet 商机变更记录", async () => {
    const { page } = await openSample("zh-CN");
    const deals = await readTable(page, "Deals");
    const [idAt, stageAt] = [deals.headers.indexOf("商机编号"), deals.headers.indexOf("阶段")];
    const index = deals.rows.findIndex((row) => String(row[stageAt]) === "方案报价");
    expect(index).toBeGreaterThanOrEqual(0);
    await page
      .getByRole("tablist", { name: /^(Sheets|工作表)$/ })
      .getByRole("tab", { name: "销售管道", exact: true })
      .click();
    // Playwright sends text off the US keyboard as input events without key presses, so the cell
    // editor is opened with F2 first (as a user would, or the IME would) before typing Chinese.
    const address = addressOf(deals, index, "阶段");
    await goToCell(page, address);
    await page.keyboard.press("F2");
    await page.getByRole("textbox", { name: address, exact: true }).fill("商务谈判");
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: address, exact: true }).waitFor({ state: "detached" });
    const history = async () => {
      const grid = await readTable(page, "DealHistory");
      return { sheet: grid.sheet, rows: grid.rows.filter((row) => String(row[0]) === String(deals.rows[index][idAt])) };
    };
    await eventually(async () => (await history()).rows.length, 1, 15_000);
    const { sheet, rows } = await history();
    expect(sheet).toBe("商机变更记录");
    expect(rows[0].slice(1, 4)).toEqual(["阶段", "方案报价", "商务谈判"]);
  });
});
