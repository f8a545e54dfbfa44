/**
 * The Weekly area end to end: sample data set up through the pane's Set up area, then the Weekly
 * report tab opens on last week, and its summary's won deals are the Deals rows the sheet holds
 * as won with ClosedOn in that week, counted here from the sheet itself — in English and in
 * Chinese. Then the week's sheet is written from the pane (Weekly 2026-W49 / 周报 2026-W49), and its
 * summary's live Won count, computed by the workbench from the sheet's formulas, is the same.
 * Fails on any page or console error (see workbench.ts).
 */
import { serialFromLocalTime } from "@core/cells/parseDate";
import { lastWeek, weekLabel } from "@core/weekly/week";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { sampleWorkbookSession } from "./setupSteps";
import { paneRoot, type WorkbenchPage } from "./workbench";

const { openSample } = sampleWorkbookSession();

/** Column B of the first row whose column A is `label` on a sheet, as the workbook computes it. */
function figureOnSheet(workbench: WorkbenchPage, sheetName: string, label: string): Promise<unknown> {
  return workbench.page.evaluate(
    ([name, wanted]) =>
      Excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRange();
        used.load("values");
        await context.sync();
        return used.values.find((row) => row[0] === wanted)?.[1];
      }),
    [sheetName, label] as const,
  );
}

/** The Deals table as the sheet holds it: header row, then the values of the body. */
function dealsOnSheet(workbench: WorkbenchPage): Promise<{ headers: string[]; rows: unknown[][] }> {
  return workbench.page.evaluate(() =>
    Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Deals");
      const header = table.getHeaderRowRange();
      const body = table.getDataBodyRange();
      header.load("values");
      body.load("values");
      await context.sync();
      return { headers: header.values[0].map(String), rows: body.values };
    }),
  );
}

describe.each(["en-US", "zh-CN"] as const)("the Weekly area on the sample workbook (%s)", (language) => {
  it("opens on last week, its summary's won deals those the Deals sheet holds, and writes that week's sheet with the same live count", async () => {
    const workbench = await openSample(language, `?lang=${language}`);
    const strings = language === "zh-CN" ? zhCN : enUS;
    const pane = paneRoot(workbench.page);
    await pane.getByRole("navigation").getByRole("tab", { name: strings.weekly.area, exact: true }).click();
    await pane.getByRole("tab", { name: strings.weekly.tabs.report, exact: true }).waitFor({ timeout: 30_000 });

    // The machine's clock is the pane's: the week a Monday meeting reviews.
    const week = lastWeek(serialFromLocalTime(new Date()));
    const label = weekLabel(week);
    await expect(pane.getByRole("combobox", { name: strings.weekly.week.label }).inputValue()).resolves.toBe(label);

    const { headers, rows } = await dealsOnSheet(workbench);
    const at = (en: string, zh: string) => headers.findIndex((header) => header === en || header === zh);
    const [stage, closedOn, amount] = [at("Stage", "阶段"), at("ClosedOn", "成交日期"), at("Amount", "金额")];
    const won = rows.filter((row) => {
      const day = row[closedOn];
      const wonStage = ["won", "赢单"].includes(String(row[stage]).trim().toLowerCase());
      return wonStage && typeof day === "number" && Math.floor(day) >= week.start && Math.floor(day) <= week.end;
    });
    const total = won.reduce((sum, row) => sum + Number(row[amount]), 0);
    const money = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(total);

    const scope = strings.weekly.summary.everyone;
    const caption = strings.weekly.figures.caption.replace("{{name}}", scope).replace("{{week}}", label);
    const summary = pane.getByRole("table", { name: caption, exact: true });
    await summary.waitFor();
    const wonRow = summary
      .getByRole("row")
      // `has` is looked up inside each row, so it starts from the page, not from the pane's root.
      .filter({ has: workbench.page.getByRole("cell", { name: strings.weekly.figures.won, exact: true }) });
    await expect(wonRow.getByRole("cell").nth(1).textContent()).resolves.toBe(`${won.length} · ${money}`);

    // Last week's 周报 as a sheet: its summary's Won is a live COUNTIFS giving the same count.
    const sheetName = `${language === "zh-CN" ? "周报" : "Weekly"} ${label}`;
    await pane.getByRole("button", { name: strings.weeklySheet.write.replace("{{week}}", label), exact: true }).click();
    await pane
      .getByText(strings.weeklySheet.written.replace("{{sheet}}", sheetName), { exact: true })
      .waitFor({ timeout: 30_000 });
    const wonLabel = language === "zh-CN" ? "赢单" : "Won";
    await expect(figureOnSheet(workbench, sheetName, wonLabel)).resolves.toBe(won.length);
  });
});
