/**
 * The SalesGrid ribbon tab in the workbench, drawn from manifest.xml above the grid: each area
 * opens from its button, and Log follow-up — disabled until a Customers or Deals row is selected —
 * logs a follow-up in two clicks and a summary, landing in the Activities table. In English and
 * in Chinese (Chinese Excel, Chinese workbook). Fails on any page or console error (workbench.ts).
 */
import type { Page } from "playwright-core";
import { AREA_COMMANDS, LOG_FOLLOW_UP_COMMAND } from "@core/ribbon/ribbonCommands";
import { tableHeaders } from "@core/workbook/schema";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { sampleWorkbookSession } from "./setupSteps";
import { eventually, goToCell, paneRoot, selectTableRow } from "./workbench";

const { openSample } = sampleWorkbookSession();

type Language = "en-US" | "zh-CN";

const LANGUAGES: { language: Language; query: string; tab: string; strings: typeof enUS }[] = [
  { language: "en-US", query: "", tab: "SalesGrid", strings: enUS },
  { language: "zh-CN", query: "?lang=zh-CN", tab: "销售管理", strings: zhCN },
];

/** The ribbon toolbar of the workbench, in the page's language. */
function ribbon(page: Page, language: Language, tab: string) {
  return page.getByRole("toolbar", {
    name: language === "zh-CN" ? `功能区：加载项的“${tab}”选项卡` : `Ribbon: the add-in's ${tab} tab`,
  });
}

/** A string of the pane's strings by its dotted key. */
const lookup = (strings: object, key: string) =>
  key.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], strings) as string;

/** The last row of Activities, by header. */
async function lastActivity(page: Page, language: Language): Promise<Record<string, unknown>> {
  const headers = tableHeaders("Activities", language);
  const values = await page.evaluate(() =>
    Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Activities").getDataBodyRange();
      body.load("values");
      await context.sync();
      return body.values.at(-1) as unknown[];
    }),
  );
  // Set-up writes the headers in the schema's order, the same in both languages.
  expect(headers).toHaveLength(values.length);
  return Object.fromEntries(tableHeaders("Activities", "en-US").map((key, at) => [key, values[at]]));
}

/** The first open deal (no ClosedOn) of the Deals table: its data row, ID and customer. */
async function openDeal(page: Page, language: Language) {
  const headers = tableHeaders("Deals", language);
  const keys = tableHeaders("Deals", "en-US");
  const rows = await page.evaluate(() =>
    Excel.run(async (context) => {
      const range = context.workbook.tables.getItem("Deals").getRange();
      range.load("values");
      await context.sync();
      return range.values as unknown[][];
    }),
  );
  const [header, ...body] = rows;
  const at = (key: string) => header.indexOf(headers[keys.indexOf(key)]);
  const row = body.findIndex((cells) => cells[at("ClosedOn")] === "" && cells[at("DealID")] !== "");
  return { row, id: String(body[row][at("DealID")]), customer: String(body[row][at("Customer")]) };
}

describe.each(LANGUAGES)("the SalesGrid ribbon tab ($language)", ({ language, query, tab, strings }) => {
  it("opens every area from its button, and logs a follow-up from a Customers row and from a Deals row", async () => {
    const { page } = await openSample(language, query);
    const pane = paneRoot(page);
    const bar = ribbon(page, language, tab);
    await bar.waitFor();

    // Every area in one click, from the last to the first, so each click changes the area.
    for (const command of [...AREA_COMMANDS].reverse()) {
      const label = lookup(strings, `${command.areaId === "workbook" ? "areas.workbook" : `${command.areaId}.area`}`);
      await bar.getByRole("button", { name: label, exact: true }).click();
      await pane.getByRole("navigation").getByRole("tab", { name: label, exact: true, selected: true }).waitFor();
    }

    // Log follow-up: disabled while the selection is outside Customers and Deals.
    const log = bar.locator(`[data-control-id="${LOG_FOLLOW_UP_COMMAND.controlId}"]`);
    await page.evaluate(() => {
      const book = window.salesGridWorkbench!.emulator.book;
      book.select(book.activeSheet, "A1");
    });
    await selectTableRow(page, "Customers", 0);
    await eventually(() => log.isDisabled(), false);
    await page.evaluate(() => {
      const book = window.salesGridWorkbench!.emulator.book;
      book.select(book.sheetModels()[0].name, "Z200");
    });
    await eventually(() => log.isDisabled(), true);

    // From a Customers row: click, summary, Log follow-up.
    const customer = await page.evaluate(() =>
      Excel.run(async (context) => {
        const body = context.workbook.tables.getItem("Customers").getDataBodyRange().getRow(2);
        body.load("values");
        await context.sync();
        return body.values[0] as unknown[];
      }),
    );
    const company = String(customer[tableHeaders("Customers", "en-US").indexOf("Company")]);
    await selectTableRow(page, "Customers", 2);
    await log.click();
    const form = pane.getByRole("form", { name: strings.customers.log.title });
    await pane.getByText(strings.ribbon.followUp.forCustomer.replace("{{customer}}", company)).waitFor();
    await form.getByLabel(strings.customers.log.summary).fill(language === "zh-CN" ? "电话确认续约" : "Renewal call");
    await form.getByRole("button", { name: strings.customers.log.submit }).click();
    await eventually(
      async () => (await lastActivity(page, language)).Summary,
      language === "zh-CN" ? "电话确认续约" : "Renewal call",
      30_000,
    );
    expect(await lastActivity(page, language)).toMatchObject({ Customer: company, DealID: "" });

    // From a Deals row: the deal's customer, the deal linked.
    const deal = await openDeal(page, language);
    await selectTableRow(page, "Deals", deal.row);
    await log.click();
    await pane.getByText(strings.ribbon.followUp.fromDeal.replace("{{deal}}", deal.id)).waitFor();
    const dealForm = pane.getByRole("form", { name: strings.customers.log.title });
    await eventually(() => dealForm.getByLabel(strings.customers.log.deal).inputValue(), deal.id);
    await dealForm
      .getByLabel(strings.customers.log.summary)
      .fill(language === "zh-CN" ? "报价跟进" : "Quote follow-up");
    await dealForm.getByRole("button", { name: strings.customers.log.submit }).click();
    await eventually(async () => (await lastActivity(page, language)).DealID, deal.id, 30_000);
    expect((await lastActivity(page, language)).Summary).toBe(language === "zh-CN" ? "报价跟进" : "Quote follow-up");

    // The keyboard shortcut (shortcuts.json), pressed with the focus on the sheet.
    await pane
      .getByRole("navigation")
      .getByRole("tab", { name: lookup(strings, "goals.area"), exact: true })
      .click();
    const place = await selectTableRow(page, "Customers", 2);
    await goToCell(page, place.address.split(":")[0]);
    await page.keyboard.press("Control+Alt+KeyF");
    await pane.getByText(strings.ribbon.followUp.forCustomer.replace("{{customer}}", company)).waitFor();

    // A tab of the pane leaves the quick form.
    await pane
      .getByRole("navigation")
      .getByRole("tab", { name: lookup(strings, "team.area"), exact: true })
      .click();
    await expect(dealForm.count()).resolves.toBe(0);
  });
});
