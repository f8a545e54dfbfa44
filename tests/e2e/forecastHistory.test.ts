/**
 * Forecast history end to end (issue 18): on the sample workbook set up through the pane, in
 * English and in Chinese, the manager records the forecast in the Pipeline area, wins an open deal
 * of the current quarter in the Pipeline sheet (Stage → the won stage, ClosedOn → today, typed as
 * a manager types them), and records again. The pane's forecast-call chart then has two points,
 * the second's Closed higher than the first's by exactly the deal's amount, and ForecastHistory
 * holds one row per rep for each recording. Fails on any page or console error.
 */
import type { Page } from "playwright-core";
import { dateFromSerial } from "@core/cells/parseDate";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { tableSpec, defaultStages } from "@core/workbook/schema";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { sampleWorkbookSession } from "./setupSteps";
import { eventually, goToCell, paneRoot } from "./workbench";

const { openSample } = sampleWorkbookSession();

type Language = "en-US" | "zh-CN";
type Row = (string | number | boolean)[];

/** A pane string by its key path in the pane's language. */
function say(language: Language, path: string): string {
  const strings = language === "zh-CN" ? zhCN : enUS;
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings) as string;
}

/** A table's header row and data rows as the workbook holds them, with its top-left cell. */
function readTable(page: Page, name: string): Promise<{ headers: string[]; rows: Row[]; top: number; left: number }> {
  return page.evaluate(
    (table) =>
      Excel.run(async (context) => {
        const found = context.workbook.tables.getItemOrNullObject(table);
        await context.sync();
        if (found.isNullObject) return { headers: [], rows: [], top: 0, left: 0 };
        const range = found.getRange();
        range.load("values,rowIndex,columnIndex");
        await context.sync();
        const [headers, ...rows] = range.values as Row[];
        return { headers: headers.map(String), rows, top: range.rowIndex, left: range.columnIndex };
      }),
    name,
  );
}

/** Today as the workbench's Excel serial date, in the page's time zone. */
function todaySerial(page: Page): Promise<number> {
  return page.evaluate(() => {
    const now = new Date();
    return Math.round(
      (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000,
    );
  });
}

const letters = (column: number) => {
  let n = column + 1;
  let text = "";
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
};

/**
 * Types over a cell as a manager does (select it, F2, replace what it holds, Enter): F2 keeps the
 * cell's text, so the new text replaces it rather than being added to it.
 */
async function retypeCell(page: Page, address: string, text: string): Promise<void> {
  await goToCell(page, address);
  await page.keyboard.press("F2");
  await page.getByRole("textbox", { name: address, exact: true }).fill(text);
  await page.keyboard.press("Enter");
  await page.getByRole("textbox", { name: address, exact: true }).waitFor({ state: "detached" });
}

const header = (table: "Deals" | "Team" | "ForecastHistory", key: string, language: Language) =>
  tableSpec(table).columns.find((column) => column.key === key)!.header[language];

describe.each(["en-US", "zh-CN"] as const)("the forecast call in the workbench (%s)", (language) => {
  it("records, wins a deal of the quarter, records again: the second point's Closed is higher by the deal", async () => {
    const { page } = await openSample(language, language === "zh-CN" ? "?lang=zh-CN" : undefined);
    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: say(language, "pipeline.area"), exact: true }).click();
    const record = pane.getByRole("button", { name: say(language, "pipeline.forecastCall.record"), exact: true });
    await record.waitFor();

    const chart = pane.getByRole("img", { name: language === "zh-CN" ? /的预测趋势：/ : /^Forecast call for / });
    const closedPoints = async () =>
      (await chart.locator('[data-series="closed"] circle title').allTextContents()).map((title) =>
        Number(title.slice(title.lastIndexOf(language === "zh-CN" ? "：" : ": ") + 1).replace(/[^0-9.-]/g, "")),
      );

    await record.click();
    await chart.waitFor({ timeout: 30_000 });
    await eventually(async () => (await closedPoints()).length, 1, 15_000);

    // An open deal of a rep in Team whose expected close is in this quarter.
    const today = await todaySerial(page);
    const quarter = calendarPeriod("quarter", today);
    const deals = await readTable(page, "Deals");
    const team = await readTable(page, "Team");
    const reps = new Set(team.rows.map((row) => String(row[team.headers.indexOf(header("Team", "Rep", language))])));
    const at = (key: string) => deals.headers.indexOf(header("Deals", key, language));
    const decided = new Set(
      defaultStages.filter((s) => s.probability === 1 || s.probability === 0).map((s) => s.name[language]),
    );
    const index = deals.rows.findIndex((row) => {
      const close = Number(row[at("ExpectedClose")]);
      return (
        !decided.has(String(row[at("Stage")])) &&
        reps.has(String(row[at("Owner")])) &&
        close >= quarter.start &&
        close <= quarter.end &&
        Number(row[at("Amount")]) > 0
      );
    });
    expect(index).toBeGreaterThanOrEqual(0);
    const amount = Number(deals.rows[index][at("Amount")]);
    const sheetRow = deals.top + 2 + index;

    // The manager wins it in the Pipeline sheet: the won stage, then today's date as ClosedOn.
    await page
      .getByRole("tablist", { name: /^(Sheets|工作表)$/ })
      .getByRole("tab", { name: tableSpec("Deals").sheet[language], exact: true })
      .click();
    const won = defaultStages.find((s) => s.probability === 1)!.name[language];
    await retypeCell(page, `${letters(deals.left + at("Stage"))}${sheetRow}`, won);
    const { year, month, day } = dateFromSerial(today);
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    await retypeCell(page, `${letters(deals.left + at("ClosedOn"))}${sheetRow}`, iso);
    await eventually(async () => (await readTable(page, "Deals")).rows[index][at("Stage")], won, 15_000);
    await eventually(async () => (await readTable(page, "Deals")).rows[index][at("ClosedOn")], today, 15_000);

    await record.click();
    await eventually(async () => (await closedPoints()).length, 2, 30_000);
    const [first, second] = await closedPoints();
    expect(second - first).toBe(amount);

    // One row per rep for each recording, on the table's own sheet.
    const history = await readTable(page, "ForecastHistory");
    expect(history.rows).toHaveLength(2 * reps.size);
    const closedAt = history.headers.indexOf(header("ForecastHistory", "Closed", language));
    const total = (rows: Row[]) => rows.reduce((sum, row) => sum + Number(row[closedAt] || 0), 0);
    expect(total(history.rows.slice(reps.size)) - total(history.rows.slice(0, reps.size))).toBe(amount);
  });
});
