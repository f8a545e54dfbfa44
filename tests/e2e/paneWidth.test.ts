/**
 * Every view fits Excel's task pane: with the sample workbook set up through the pane, each area
 * and each wizard step it can reach is opened at a pane of 320 px (the narrowest Excel allows)
 * and of 450 px, in English and in Chinese, and checked for elements that stick out of the pane
 * or are wider than their container, clipped text, figures or words broken across lines, and
 * headings that run into the text after them (see paneMisfits in workbench.ts). All
 * misfits of a language are listed at once, each with its area, step, width and element.
 *
 * The workbench docks the pane at clamp(320px, 32vw, 460px): the pane's width is set through the
 * viewport, as a user sets it by dragging the pane's edge in Excel.
 */
import type { Page } from "playwright-core";
import { AREA_COMMANDS, LOG_FOLLOW_UP_COMMAND } from "@core/ribbon/ribbonCommands";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { setUpSampleInWorkbench, workbenchSession } from "./setupSteps";
import { goToCell, paneMisfits, paneRoot, selectTableRow } from "./workbench";

jest.setTimeout(600_000);

type Language = "en-US" | "zh-CN";

/** The pane widths checked: Excel's narrowest pane, and a wide one. */
const WIDTHS = [320, 450] as const;

/** The fraction of the viewport the workbench docks the pane at (Workbench.tsx: 32vw). */
const DOCK_VW = 0.32;

/** A pane string in either language, as an exact-match pattern (for locators that work in both). */
function either(path: string): RegExp {
  const pick = (strings: object) =>
    path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings) as string;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^(${escape(pick(enUS))}|${escape(pick(zhCN))})$`);
}

/** The tab index of an area (the ribbon lists one button per area, in the pane's tab order). */
function areaIndex(id: string): number {
  const index = AREA_COMMANDS.findIndex((command) => command.areaId === id);
  if (index < 0) throw new Error(`no area ${id}`);
  return index;
}

/** Sets the viewport so the docked pane is `width` px wide, and waits until it is laid out. */
async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width: Math.ceil(width / DOCK_VW), height: 860 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const docked = await page.locator("aside").evaluate((aside) => aside.clientWidth);
  expect(Math.abs(docked - width)).toBeLessThanOrEqual(1);
}

/** Walks the pane, checking each stop at every width; what does not fit is collected, not thrown. */
class WidthWalk {
  readonly misfits: string[] = [];
  readonly stops: string[] = [];

  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  get pane() {
    return paneRoot(this.page);
  }

  /** The area tab at `index` in the pane's navigation (areas.ts order; same in both languages). */
  area(index: number) {
    return this.pane.getByRole("navigation").getByRole("tab").nth(index);
  }

  /** Checks what the pane shows now at both widths, recording every misfit under `where`. */
  async check(where: string): Promise<void> {
    this.stops.push(where);
    for (const width of WIDTHS) {
      await setPaneWidth(this.page, width);
      for (const misfit of await paneMisfits(this.page))
        this.misfits.push(
          `${where} at ${width} px (${this.language}): ${misfit.element} — ${misfit.problem} by ${misfit.px} px`,
        );
    }
  }

  /** Opens an area by its tab and waits for its heading. */
  async openArea(index: number): Promise<void> {
    await this.area(index).click();
    await this.pane.getByRole("main").getByRole("heading", { level: 2 }).first().waitFor();
  }
}

/**
 * A short list as people keep one, with dates under a date format: enough for every import step.
 * Written through Excel.run, since Playwright types no Chinese into the grid.
 */
function writeList(page: Page, language: Language): Promise<void> {
  const zh = language === "zh-CN";
  const values = [
    [zh ? "客户名称" : "Company", zh ? "联系人" : "Contact", zh ? "最近联系" : "Last contact", zh ? "电话" : "Mobile"],
    [
      zh ? "北风贸易有限公司" : "Northwind Traders International Holdings",
      zh ? "李安" : "Ann Lee",
      45444,
      "138 0013 8000",
    ],
    [zh ? "康拓科技" : "Contoso Ltd", zh ? "陈波" : "Bob Chen", 45458, "13900001111"],
  ];
  return page.evaluate(
    (rows) =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:D3").values = rows;
        sheet.getRange("C2:C3").numberFormat = [["m/d/yyyy"], ["m/d/yyyy"]];
        await context.sync();
      }),
    values,
  );
}

/** The walk itself: before set-up, set-up, then every area after it. */
async function walkThePane(walk: WidthWalk): Promise<void> {
  const { page, pane, language } = walk;

  // Workbook and Set up on the empty workbook.
  await walk.openArea(0);
  await walk.check("Workbook, empty workbook");
  await walk.openArea(1);
  await pane.getByRole("table", { name: either("setup.preview.caption") }).waitFor();
  await walk.check("Set up, choices");
  await setUpSampleInWorkbench(page, language);
  await walk.check("Set up, done");

  // Workbook: the tables and the deal-recording switch.
  await walk.openArea(0);
  await pane.getByRole("table", { name: either("workbook.caption") }).waitFor();
  await pane.getByRole("switch").waitFor();
  await walk.check("Workbook, set up");

  // Import: a small pasted list through source, columns, duplicates, check and done.
  await page
    .getByRole("tablist", { name: /^(Sheets|工作表)$/ })
    .getByRole("tab", { name: "Sheet1", exact: true })
    .click();
  await writeList(page, language);
  await goToCell(page, "A2");
  await walk.openArea(2);
  await pane.getByRole("button", { name: either("import.source.read") }).waitFor();
  await walk.check("Import, source");
  await pane.getByRole("button", { name: either("import.source.read") }).click();
  await pane.getByRole("button", { name: either("import.mapping.next") }).waitFor();
  await walk.check("Import, columns");
  await pane.getByRole("button", { name: either("import.mapping.next") }).click();
  // The Customers table has rows: the duplicates step, with Update's preview.
  await pane.getByRole("radio", { name: either("import.duplicates.policies.update") }).check();
  await pane.getByRole("heading", { level: 3, name: /^(What Update changes|更新将修改的内容)/ }).waitFor();
  await walk.check("Import, duplicates");
  await pane.getByRole("button", { name: either("import.duplicates.next") }).click();
  await pane.getByRole("table", { name: either("import.review.previewCaption") }).waitFor();
  await walk.check("Import, check");
  await pane.getByRole("button", { name: either("common.back") }).click();
  await pane.getByRole("button", { name: either("import.source.read") }).waitFor({ state: "detached" });

  // Goals: the breakdown wizard's steps, the SMART goal, the action plan.
  await walk.openArea(3);
  const goalSections = pane.getByRole("tablist", { name: either("goals.sections.label") }).getByRole("tab");
  await goalSections.first().waitFor();
  await pane.getByRole("textbox", { name: /^(Annual target|年度目标)/ }).fill("1200000");
  const next = pane.getByRole("button", { name: either("common.next") });
  for (const step of ["target", "metric", "time", "people", "preview", "write"]) {
    await pane.getByRole("heading", { level: 3, name: either(`goals.steps.${step}`) }).waitFor();
    await walk.check(`Goals, breakdown step ${step}`);
    if (step !== "write") await next.click();
  }
  await goalSections.nth(1).click();
  await walk.check("Goals, SMART goal and KPI targets");
  await goalSections.nth(2).click();
  await walk.check("Goals, action plan");

  // Pipeline: filters, summary, funnel, forecast, stale deals, needs a close date, process review,
  // lost reasons and the dashboard — one long view.
  await walk.openArea(4);
  await pane.getByRole("button", { name: either("pipeline.dashboard.write") }).waitFor();
  await walk.check("Pipeline");
  // The forecast call once a forecast is recorded: its trend chart and the recorded figures.
  await pane.getByRole("button", { name: either("pipeline.forecastCall.record") }).click();
  await pane.getByRole("img", { name: /^Forecast call for |的预测趋势：/ }).waitFor({ timeout: 30_000 });
  await walk.check("Pipeline, forecast recorded");

  // Customers: each view, and a customer's profile with the follow-up form.
  await walk.openArea(5);
  const customerViews = pane.getByRole("tablist", { name: either("customers.views.label") }).getByRole("tab");
  await customerViews.first().waitFor();
  await walk.check("Customers, profile");
  await pane
    .getByRole("textbox", { name: either("customers.profile.search") })
    .fill(language === "zh-CN" ? "公司" : "a");
  await pane
    .getByRole("list", { name: either("customers.profile.results") })
    .getByRole("button")
    .first()
    .click();
  await pane.getByRole("form", { name: either("customers.log.title") }).waitFor();
  await walk.check("Customers, profile with the follow-up form");
  for (const [index, view] of ["tiering", "follow-ups", "pool", "satisfaction"].entries()) {
    await customerViews.nth(index + 1).click();
    await walk.check(`Customers, ${view}`);
  }

  // The ribbon's Log follow-up: the quick form for a selected Deals row.
  await selectTableRow(page, "Deals", 0);
  await page.locator(`[data-control-id="${LOG_FOLLOW_UP_COMMAND.controlId}"]`).click();
  await pane.getByRole("heading", { level: 2, name: either("ribbon.followUp.title") }).waitFor();
  await pane.getByRole("button", { name: either("ribbon.followUp.useSelection") }).waitFor();
  await walk.check("Ribbon, quick follow-up form");

  // Collections: the receivables of the sample's payment plans, and the payment and contract forms.
  await walk.openArea(areaIndex("collections"));
  await pane.getByRole("region", { name: either("collections.receivables.title") }).waitFor({ timeout: 30_000 });
  await walk.check("Collections");

  // Service: open tickets by owner, the open form and the figures; a ticket's close form.
  await walk.openArea(areaIndex("service"));
  await pane.getByRole("form", { name: either("service.new.title") }).waitFor({ timeout: 30_000 });
  await walk.check("Service");
  const closeButton = pane.getByRole("button", { name: /^(Close |关闭)T-\d+$/ }).first();
  if ((await closeButton.count()) > 0) {
    await closeButton.click();
    await walk.check("Service, closing a ticket");
  }

  // Team: the roster, then another period from the picker.
  await walk.openArea(areaIndex("team"));
  const period = pane.getByRole("combobox", { name: either("team.period.choose") });
  await period.waitFor();
  await walk.check("Team");
  const options = await period.locator("option").evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
  await period.selectOption(options[0]);
  await walk.check("Team, first period");

  // Performance: the scorecard wizard with its preview, the leaderboard and roll-up, review sheets.
  await walk.openArea(areaIndex("performance"));
  await pane.getByRole("table", { name: either("performance.wizard.previewCaption") }).waitFor({ timeout: 30_000 });
  await walk.check("Performance");

  // Weekly report: last week's report (summary and rep cards), then a quiet rep opened.
  await walk.openArea(areaIndex("weekly"));
  await pane.getByRole("tab", { name: either("weekly.tabs.report") }).waitFor({ timeout: 30_000 });
  await walk.check("Weekly report");
  const quietRep = pane
    .getByRole("main")
    .getByRole("button", { name: /(: a quiet week|：本周无动态)$/ })
    .first();
  if ((await quietRep.count()) > 0) {
    await quietRep.click();
    await walk.check("Weekly report, a quiet rep opened");
  }
  await pane.getByRole("tab", { name: either("weeklyActivity.tab") }).click();
  await pane.getByRole("img", { name: /2026|20\d\d/ }).waitFor({ timeout: 30_000 });
  await walk.check("Weekly activity");
}

describe("every view fits the task pane at 320 px and 450 px", () => {
  const session = workbenchSession();

  it.each<Language>(["en-US", "zh-CN"])("in %s", async (language) => {
    const workbench = await session.open({ query: `?lang=${language}` });
    const walk = new WidthWalk(workbench.page, language);
    await walkThePane(walk);
    expect(walk.stops.length).toBeGreaterThan(20);
    expect(walk.misfits).toEqual([]);
  });
});
