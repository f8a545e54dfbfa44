/**
 * A quarter's target end to end (issue #16), in English and in Chinese: sample data set up
 * through the pane; a manager types a new rep into the Team sheet's grid, starting in the first
 * month of next fiscal year's Q1; the breakdown wizard splits "Q1 of next fiscal year =
 * 3,000,000" seasonally, signed, by capacity; the preview is looked at in a 350 px pane (overview,
 * each of Q1's months by team and rep, the new hire's months) with no figure clipped; the write
 * touches Q1's rows of Targets only, which add up per month, team and rep to exactly 3,000,000,
 * and the new hire's months follow the ramp (50 %, 75 %, 100 % of a full share). Fails on any
 * page or console error (see workbench.ts).
 */
import type { Page } from "playwright-core";
import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { fiscalMonthStart } from "@core/goals/breakdown/fiscalPeriods";
import { tableSpec, targetLevelChoices, targetMetricChoices } from "@core/workbook/schema";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { sampleWorkbookSession } from "./setupSteps";
import { enterInCell, eventually, paneMisfits, paneRoot, typeInCell } from "./workbench";

const { openSample } = sampleWorkbookSession();

type Language = "en-US" | "zh-CN";
type Row = (string | number)[];

/** The workbench docks the pane at 32vw (Workbench.tsx): this viewport gives a 350 px pane. */
const VIEWPORT_FOR_350 = Math.ceil(350 / 0.32);

/** The quarter's target. */
const TARGET = 3_000_000;

/** The ramp's default shares of a full target in a new rep's first three months. */
const RAMP = [0.5, 0.75, 1];

/** A pane string by its key path ("goals.target.year") in the pane's language. */
function say(language: Language, path: string, params: Record<string, string> = {}): string {
  const strings = language === "zh-CN" ? zhCN : enUS;
  const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings);
  return Object.entries(params).reduce((s, [key, value]) => s.replace(`{{${key}}}`, value), text as string);
}

/** `text` as the start of a name (a required field's label ends in " *"). */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** A table's header row and data rows as the workbook has them, with the address of its top-left cell. */
function readTable(page: Page, name: string): Promise<{ headers: string[]; rows: Row[]; top: number; left: number }> {
  return page.evaluate(
    (table) =>
      Excel.run(async (context) => {
        const range = context.workbook.tables.getItem(table).getRange();
        range.load("values,rowIndex,columnIndex");
        await context.sync();
        const [headers, ...rows] = range.values as (string | number)[][];
        return { headers: headers.map(String), rows, top: range.rowIndex, left: range.columnIndex };
      }),
    name,
  );
}

/** A column's index by its key, in a table's columns as the schema lays them out. */
const columnOf = (table: "Team" | "Targets", key: string) => tableSpec(table).columns.findIndex((c) => c.key === key);

const isoOf = (serial: number) => {
  const { year, month, day } = dateFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

/** Everything the pane shows that does not fit it, with where it was looked at. */
async function misfitsAt(page: Page, where: string): Promise<string[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return (await paneMisfits(page)).map((m) => `${where}: ${m.element} — ${m.problem} by ${m.px} px`);
}

describe.each<Language>(["en-US", "zh-CN"])("a quarter's target with a new hire (%s)", (language) => {
  it("splits Q1 of next fiscal year = 3,000,000 over months, teams and reps, ramps the new hire, and writes Q1's rows only", async () => {
    const { page } = await openSample(language, `?lang=${language}`);
    const zh = language === "zh-CN";
    const pane = paneRoot(page);
    const t = (path: string, params?: Record<string, string>) => say(language, path, params);

    // The fiscal year and start month the wizard offers: start month from Targets, and next
    // fiscal year counted from today.
    await pane
      .getByRole("navigation")
      .getByRole("tab", { name: t("goals.area"), exact: true })
      .click();
    const startMonthPicker = pane.getByRole("combobox", { name: t("goals.target.startMonth") });
    await startMonthPicker.waitFor();
    const startMonth = Number(await startMonthPicker.inputValue());
    const today = await page.evaluate(() => {
      const d = new Date();
      return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
    });
    const nextYear = (today.month >= startMonth ? today.year : today.year - 1) + 1;
    const q1Start = fiscalMonthStart(nextYear, startMonth, 1);
    const monthStarts = [1, 2, 3, 4].map((k) => fiscalMonthStart(nextYear, startMonth, k));
    const q1End = monthStarts[3] - 1;
    const todaySerial = serialFromDate(today.year, today.month, today.day);

    // The new hire: the team and capacity of a veteran rep (not a manager), starting on the 10th
    // of Q1's first month — typed into the row under the Team table, as a manager does.
    const team = await readTable(page, "Team");
    const at = (key: string) => columnOf("Team", key);
    const colleague = team.rows.find(
      (r) =>
        String(r[at("Manager")]) !== "" &&
        Number(r[at("StartDate")]) < todaySerial - 365 &&
        String(r[at("EndDate")]) === "" &&
        Number(r[at("Capacity")]) > 0,
    )!;
    expect(colleague).toBeDefined();
    const hire = zh ? "新同事" : "Nova Hire";
    const row = team.top + team.rows.length + 2;
    const letter = (key: string) => String.fromCharCode(65 + team.left + at(key));
    await page
      .getByRole("tablist", { name: /^(Sheets|工作表)$/ })
      .getByRole("tab", { name: zh ? "销售团队" : "Team", exact: true })
      .click();
    await enterInCell(page, `${letter("Rep")}${row}`, hire);
    await enterInCell(page, `${letter("Team")}${row}`, String(colleague[at("Team")]));
    await typeInCell(page, `${letter("StartDate")}${row}`, isoOf(q1Start + 9));
    await typeInCell(page, `${letter("Capacity")}${row}`, String(colleague[at("Capacity")]));
    const grown = await readTable(page, "Team");
    expect(grown.rows).toHaveLength(team.rows.length + 1);
    expect(grown.rows.at(-1)![at("StartDate")]).toBe(q1Start + 9);

    // A target already set for the month after Q1, in the row set-up leaves empty: the quarter's
    // write must leave it as it is.
    const lang = zh ? "zh-CN" : "en-US";
    const [company, teamLevel, rep] = targetLevelChoices.map((c) => c[lang]);
    const signed = targetMetricChoices[0][lang];
    const laterMonth = [
      "later month",
      monthStarts[3],
      fiscalMonthStart(nextYear, startMonth, 5) - 1,
      company,
      company,
      signed,
      123_456,
    ];
    await page.evaluate(
      (values) =>
        Excel.run(async (context) => {
          const body = context.workbook.tables.getItem("Targets").getDataBodyRange();
          body.getCell(0, 0).getResizedRange(0, values.length - 1).values = [values];
          await context.sync();
        }),
      laterMonth,
    );

    // The wizard: Q1 of next fiscal year, 3,000,000 — signed, seasonal, by capacity.
    const targetsBefore = await readTable(page, "Targets");
    expect(targetsBefore.rows.filter((r) => r[0] === "later month")).toHaveLength(1);
    await pane.getByRole("radio", { name: t("goals.target.periodQuarter") }).check();
    await pane.getByRole("textbox", { name: startsWith(t("goals.target.quarterTarget")) }).fill(String(TARGET));
    await pane.getByRole("textbox", { name: startsWith(t("goals.target.year")) }).fill(String(nextYear));
    await pane.getByRole("combobox", { name: t("goals.target.quarter"), exact: true }).selectOption("1");
    const next = pane.getByRole("button", { name: t("common.next"), exact: true });
    await next.click();
    await pane.getByRole("radio", { name: t("goals.metric.signed") }).check();
    await next.click();
    await pane.getByRole("radio", { name: t("goals.time.seasonal") }).check();
    await next.click();
    await pane.getByRole("radio", { name: t("goals.people.capacity") }).check();
    await eventually(() => pane.getByText(hire, { exact: false }).first().isVisible(), true);
    await next.click();

    // The preview at a 350 px pane: overview, each of Q1's months by team and rep, the new hire's months.
    await page.setViewportSize({ width: VIEWPORT_FOR_350, height: 860 });
    expect(await page.locator("aside").evaluate((aside) => aside.clientWidth)).toBe(350);
    const overview = pane.getByRole("table", { name: t("goals.preview.byPeriod") });
    await overview.waitFor();
    await eventually(
      async () => (await overview.getByRole("row").last().getByRole("cell").allTextContents()).at(-1),
      "3,000,000",
    );
    const misfits = await misfitsAt(page, "overview");
    const lookAt = pane.getByRole("combobox", { name: t("goals.preview.lookAt") });
    const periods = await lookAt
      .locator("option")
      .evaluateAll((all) => all.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
    const months = periods.filter((o) => o.value.startsWith("period:"));
    expect(months).toHaveLength(3);
    for (const month of months) {
      await lookAt.selectOption(month.value);
      await pane.getByRole("table", { name: t("goals.preview.forPeriod", { period: month.text }) }).waitFor();
      misfits.push(...(await misfitsAt(page, month.text)));
    }
    const hireOption = periods.find((o) => o.value.startsWith("rep:") && o.text.startsWith(hire))!;
    await lookAt.selectOption(hireOption.value);
    const hireTable = pane.getByRole("table", { name: t("goals.preview.forRep", { rep: hire }) });
    await hireTable.waitFor();
    for (const share of ["50%", "75%"])
      await eventually(() => hireTable.getByText(t("goals.preview.ramp", { share })).isVisible(), true);
    misfits.push(...(await misfitsAt(page, hire)));
    expect(misfits).toEqual([]);

    // Write: only Q1's rows.
    await next.click();
    await pane.getByRole("button", { name: t("goals.write.button") }).click();
    const replace = pane.getByRole("button", { name: t("goals.write.replace") });
    const done = pane.getByText(startsWith(t("goals.write.done").split("{{")[0]));
    await Promise.race([done.waitFor({ timeout: 60_000 }), replace.waitFor({ timeout: 60_000 })]);
    if (await replace.isVisible()) await replace.click();
    await done.waitFor({ timeout: 60_000 });

    const after = await readTable(page, "Targets");
    const col = (key: string) => columnOf("Targets", key);
    const written = (r: Row) => [
      r[col("Period")],
      r[col("PeriodStart")],
      r[col("PeriodEnd")],
      r[col("Level")],
      r[col("Name")],
      r[col("Metric")],
      r[col("Target")],
    ];
    const inQ1 = (r: Row) => Number(r[col("PeriodStart")]) >= q1Start && Number(r[col("PeriodEnd")]) <= q1End;
    // Every other period's rows are as they were, in order.
    const otherPeriods = (rows: Row[]) => rows.filter((r) => !inQ1(r)).map(written);
    expect(otherPeriods(after.rows)).toEqual(otherPeriods(targetsBefore.rows));

    expect(otherPeriods(after.rows)).toContainEqual(laterMonth);
    const q1 = after.rows.filter(inQ1);
    expect(new Set(q1.map((r) => r[col("Metric")]))).toEqual(new Set([signed]));
    const target = (r: Row) => Number(r[col("Target")]);
    const sum = (rows: Row[]) => rows.reduce((s, r) => s + target(r), 0);
    const of = (start: number, end: number, level: string) =>
      q1.filter(
        (r) =>
          Number(r[col("PeriodStart")]) === start && Number(r[col("PeriodEnd")]) === end && r[col("Level")] === level,
      );
    // The quarter and its three months, nothing else.
    const spans = new Set(q1.map((r) => `${r[col("PeriodStart")]}-${r[col("PeriodEnd")]}`));
    expect([...spans].sort()).toEqual(
      [`${q1Start}-${q1End}`, ...[0, 1, 2].map((k) => `${monthStarts[k]}-${monthStarts[k + 1] - 1}`)].sort(),
    );
    expect(of(q1Start, q1End, company).map(target)).toEqual([TARGET]);
    expect(sum(of(q1Start, q1End, rep))).toBe(TARGET);
    expect(sum(of(q1Start, q1End, teamLevel))).toBe(TARGET);

    const monthCompanies = [0, 1, 2].map((k) => of(monthStarts[k], monthStarts[k + 1] - 1, company));
    expect(monthCompanies.map((rows) => rows.length)).toEqual([1, 1, 1]);
    expect(sum(monthCompanies.flat())).toBe(TARGET);

    const repTeam = new Map(grown.rows.map((r) => [String(r[at("Rep")]), String(r[at("Team")])]));
    const hireMonths: number[] = [];
    const colleagueMonths: number[] = [];
    for (const k of [0, 1, 2]) {
      const [start, end] = [monthStarts[k], monthStarts[k + 1] - 1];
      const teams = of(start, end, teamLevel);
      const reps = of(start, end, rep);
      // Per month, the teams add up to the company, and each team's reps to the team.
      expect(sum(teams)).toBe(target(monthCompanies[k][0]));
      for (const teamRow of teams)
        expect(sum(reps.filter((r) => repTeam.get(String(r[col("Name")])) === teamRow[col("Name")]))).toBe(
          target(teamRow),
        );
      expect(sum(reps)).toBe(target(monthCompanies[k][0]));
      // The quarter's rep rows are each rep's three months.
      for (const repRow of of(q1Start, q1End, rep))
        expect(
          [0, 1, 2]
            .map((m) =>
              of(monthStarts[m], monthStarts[m + 1] - 1, rep).find((r) => r[col("Name")] === repRow[col("Name")]),
            )
            .reduce((s, r) => s + (r ? target(r) : 0), 0),
        ).toBe(target(repRow));
      hireMonths.push(target(reps.find((r) => r[col("Name")] === hire)!));
      colleagueMonths.push(target(reps.find((r) => r[col("Name")] === colleague[at("Rep")])!));
    }
    // The new hire carries 50 %, 75 %, 100 % of what a colleague of the same team and capacity
    // carries that month: each figure is rounded to a whole unit, so each may be off by under 1.
    hireMonths.forEach((figure, k) => {
      expect(figure).toBeGreaterThan(0);
      expect(Math.abs(figure - RAMP[k] * colleagueMonths[k])).toBeLessThan(1 + RAMP[k]);
    });
    expect(hireMonths[0]).toBeLessThan(hireMonths[1]);
  });
});
