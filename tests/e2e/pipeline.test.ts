/**
 * The Pipeline area end to end: sample data set up through the pane's Set up area, then the
 * Pipeline tab shows the same win rate as SALES.WINRATE typed in a cell, writes the live dashboard
 * sheet, and a click on a stale deal selects that deal's row in the Pipeline sheet. Fails on any
 * page or console error (see workbench.ts).
 */
import { sampleWorkbookSession } from "./setupSteps";
import { cellText, eventually, paneRoot, typeInCell } from "./workbench";

const { openSample } = sampleWorkbookSession();

describe("the Pipeline area on the sample workbook", () => {
  it("matches SALES.WINRATE in a cell, writes the dashboard sheet, and selects a stale deal's row", async () => {
    const { page } = await openSample("en-US");
    const sheetTab = (name: string) =>
      page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true });

    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: "Pipeline", exact: true }).click();
    const winRate = pane.getByLabel("Win rate", { exact: true });
    await winRate.waitFor();
    const shown = (await winRate.textContent()) ?? "";
    expect(shown).toMatch(/^\d+(\.\d)?%$/);

    // The same figure from the SALES function typed in a cell.
    await sheetTab("Sheet1").click();
    await typeInCell(page, "A1", "=ROUND(SALES.WINRATE(Deals[Stage])*100,1)");
    expect(`${await cellText(page, "A1")}%`).toBe(shown);

    // The dashboard sheet: written live, its win rate the same.
    await pane.getByRole("button", { name: "Write dashboard sheet" }).click();
    await pane.getByText(/^Wrote the sheet “Pipeline dashboard”/).waitFor({ timeout: 30_000 });
    await eventually(() => sheetTab("Pipeline dashboard").getAttribute("aria-selected"), "true");
    expect(await cellText(page, "A12")).toBe("Win rate");
    // The sheet keeps one decimal (0.0%) where the pane drops a zero one: 33.0% beside 33%.
    const written = await cellText(page, "B12");
    expect(written).toMatch(/^\d+\.\d%$/);
    expect(Number.parseFloat(written)).toBe(Number.parseFloat(shown));
    const charts = await page.evaluate(() => window.salesGridWorkbench!.emulator.book.charts("Pipeline dashboard"));
    expect(charts.map((chart) => chart.type)).toEqual(["Funnel", "ColumnStacked", "BarClustered"]);

    // Writing it again asks first.
    await pane.getByRole("button", { name: "Write dashboard sheet" }).click();
    await pane.getByRole("group", { name: "Replace the dashboard sheet?" }).waitFor();
    await pane.getByRole("button", { name: "Cancel" }).click();

    // A stale deal: the click selects its row in the Pipeline sheet.
    const stale = pane.getByRole("table", { name: "Open deals stuck in their stage or without activity" });
    const first = stale.getByRole("button", { name: /^Select .* in the sheet$/ }).first();
    const dealId = (await first.textContent()) ?? "";
    expect(dealId).toMatch(/^D-\d{4}$/);
    await first.click();
    await eventually(() => page.evaluate(() => window.salesGridWorkbench!.emulator.book.selection.sheet), "Pipeline");
    const address = await page.evaluate(() => window.salesGridWorkbench!.emulator.book.selection.address);
    expect(address).toMatch(/^A(\d+):R\1$/);
    const row = /^A(\d+)/.exec(address)![1];
    expect(await cellText(page, `A${row}`)).toBe(dealId);
  });
});
