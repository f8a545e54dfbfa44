import { serialFromDate } from "@core/cells/parseDate";
import { weekFromLabel } from "@core/weekly/week";
import { columnOfLetters } from "@core/workbook/columnLetters";
import {
  activityMethodChoices,
  customerStatusChoices,
  dealHistoryFieldChoices,
  periodLengthChoices,
  targetLevelChoices,
  targetMetricChoices,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { kpiNames } from "@core/performance/performanceTables";
import { poolMarkerSummary } from "@core/customers/poolMarkers";
import { writeWeeklySheet, type WeeklySheetOutcome } from "@excel/weekly/writeWeeklySheet";
import type { Emulator } from "@workbench/emulator";
import { createSalesEmulator } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { addTable } from "../performance/handTables";

jest.setTimeout(120_000);

const d = (month: number, day: number, year = 2026) => serialFromDate(year, month, day);
const week = weekFromLabel("2026-W49")!; // Monday 2026-11-30 to Sunday 2026-12-06
const today = d(12, 7);
const WEIRD = 'A"B*';

/**
 * A hand-built workbook for 2026-W49 whose figures are counted by hand in the test below:
 * Lee and 王芳 in East; A"B* (a quote and a wildcard) and =cmd in West; A"Bxyz is nobody's rep
 * but would match A"B* as a wildcard.
 */
async function handWorkbook(language: WorkbookLanguage): Promise<void> {
  const zh = language === "zh-CN";
  const stage = (s: string) => (zh ? ({ Won: "赢单", Lost: "输单", Proposal: "方案报价" }[s] ?? s) : s);
  const method = (i: number) => activityMethodChoices[i][language]; // 0 Call, 1 WeChat, 2 Visit, 3 Email
  await addTable("Team", language, [
    { Rep: "Lee", Team: "East" },
    { Rep: "王芳", Team: "East" },
    { Rep: WEIRD, Team: "West" },
    // Typed with an apostrophe, as Excel keeps text that starts with "=".
    { Rep: "'=cmd", Team: "West" },
  ]);
  await addTable("Deals", language, [
    { DealID: "D1", Owner: "Lee", Stage: stage("Proposal"), Amount: 1000, Created: d(12, 1), ExpectedClose: d(12, 9) },
    { DealID: "D2", Owner: "Lee", Stage: stage("Won"), Amount: 2000, Created: d(11, 1), ClosedOn: d(12, 2) },
    {
      DealID: "D3",
      Owner: "Lee",
      Stage: stage("Lost"),
      Amount: 500,
      Created: d(11, 15),
      ClosedOn: d(12, 5),
      LostReason: "Price",
    },
    { DealID: "D4", Owner: "Lee", Stage: stage("Won"), Amount: 7000, ClosedOn: d(11, 29) },
    { DealID: "D5", Owner: "王芳", Stage: stage("Won"), Amount: 3000, Created: d(12, 6), ClosedOn: d(12, 6) },
    { DealID: "D6", Owner: "王芳", Stage: "Negotiation", Amount: 4000, Created: d(10, 1), ExpectedClose: d(12, 13) },
    { DealID: "D7", Owner: "王芳", Stage: stage("Lost"), Amount: 800, ExpectedClose: d(12, 10), ClosedOn: d(12, 8) },
    { DealID: "D8", Owner: WEIRD, Stage: stage("Proposal"), Amount: 600, Created: d(12, 3), ExpectedClose: d(12, 14) },
    { DealID: "D9", Owner: 'A"Bxyz', Stage: stage("Won"), Amount: 999, ClosedOn: d(12, 2) },
    { DealID: "D10", Owner: "'=cmd", Stage: stage("Won"), Amount: 100, ClosedOn: d(12, 1) },
  ]);
  const active = customerStatusChoices[0][language];
  const pool = customerStatusChoices[1][language];
  await addTable("Customers", language, [
    { CustomerID: "C1", Owner: "Lee", FirstPurchase: d(12, 2), NextContact: d(12, 3), Status: active },
    { CustomerID: "C2", Owner: "Lee", FirstPurchase: d(3, 1, 2025), NextContact: d(12, 10), Status: active },
    { CustomerID: "C3", Owner: "Lee", NextContact: d(12, 1), Status: pool },
    { CustomerID: "C4", Owner: "王芳", FirstPurchase: d(12, 6), NextContact: d(12, 20), Status: active },
    { CustomerID: "C5", Owner: "王芳", NextContact: d(11, 20), Status: active },
    { CustomerID: "C6", Owner: WEIRD, NextContact: d(12, 8), Status: active },
  ]);
  await addTable("Activities", language, [
    { Date: d(12, 1), Customer: "C1", Owner: "Lee", Method: method(0) },
    { Date: d(12, 2), Customer: "C1", Owner: "Lee", Method: method(2) },
    { Date: d(12, 3), Customer: "C2", Owner: "Lee", Method: method(1) },
    { Date: d(11, 29), Customer: "C2", Owner: "Lee", Method: method(0) },
    { Date: d(12, 6), Customer: "C4", Owner: "王芳", Method: method(0) },
    { Date: d(12, 7), Customer: "C5", Owner: "王芳", Method: method(0) },
    { Date: d(12, 4), Customer: "C6", Owner: WEIRD, Method: method(3) },
    // The pool's bookkeeping is no follow-up; a follow-up without a method is one of "Other".
    { Date: d(12, 2), Customer: "C3", Owner: "Lee", Method: method(4), Summary: poolMarkerSummary("claim", language) },
    { Date: d(12, 5), Customer: "C2", Owner: "王芳", Method: "" },
  ]);
  const signed = targetMetricChoices[0][language];
  const level = (i: number) => targetLevelChoices[i][language];
  await addTable("Targets", language, [
    {
      Level: level(2),
      Name: "Lee",
      Metric: signed,
      PeriodStart: d(12, 1),
      PeriodEnd: d(12, 31),
      Target: 10000,
      Actual: 2000,
      Pace: 0.9,
    },
    {
      Level: level(1),
      Name: "East",
      Metric: signed,
      PeriodStart: d(12, 1),
      PeriodEnd: d(12, 31),
      Target: 20000,
      Actual: 5000,
      Pace: 1.1,
    },
    { Level: level(0), Name: "", Metric: "", PeriodStart: d(10, 1), PeriodEnd: d(12, 31), Target: 50000, Actual: 6099 },
  ]);
  await addTable("KpiWeights", language, [
    { PeriodLength: periodLengthChoices[0][language], KPI: kpiNames.activities[language], Weight: 10, Target: 26 },
    { PeriodLength: periodLengthChoices[1][language], KPI: kpiNames.activities[language], Weight: 10, Target: 99 },
  ]);
  const stageField = dealHistoryFieldChoices[0][language];
  await addTable("DealHistory", language, [
    { DealID: "D1", Field: stageField, From: "Qualified", To: stage("Proposal"), ChangedOn: d(12, 2) },
    { DealID: "D2", Field: stageField, From: stage("Proposal"), To: stage("Won"), ChangedOn: d(12, 2) },
    { DealID: "D6", Field: stageField, From: "Qualified", To: "Negotiation", ChangedOn: d(11, 20) },
  ]);
}

async function written(team: string | null, replace = false): Promise<WeeklySheetOutcome> {
  const result = await writeWeeklySheet({ week, team, replace, today });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function valueAt(emulator: Emulator, sheet: string, address: string): unknown {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return emulator.book.getCell(sheet, Number(digits) - 1, columnOfLetters(letters)).value;
}

describe.each(emulatorProfiles.slice(0, 2))("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("the weekly sheet on a hand-built workbook (%s)", (language) => {
    let emulator: Emulator;
    const sheetName = language === "zh-CN" ? "周报 2026-W49" : "Weekly 2026-W49";

    beforeAll(async () => {
      emulator = await createSalesEmulator(today, profile);
      await handWorkbook(language);
    });

    it("computes every figure as counted by hand, for everyone and for each rep", async () => {
      const outcome = await written(null);
      if (outcome.kind !== "written") throw new Error(outcome.kind);
      expect(outcome.sheet).toBe(sheetName);
      const at = (key: string) => valueAt(emulator, sheetName, outcome.figures[key]);
      const expected: Record<string, unknown> = {
        "summary.newDeals": 3,
        "summary.newDealsAmount": 4600,
        "summary.won": 4,
        "summary.wonAmount": 6099,
        "summary.lost": 1,
        "summary.lostAmount": 500,
        "summary.followUpsDone": 6,
        "summary.customersTouched": 5,
        "summary.overdue": 2,
        "summary.due": 7,
        "summary.nextCloses": 2,
        "summary.nextClosesAmount": 5000,
        "summary.nextFollowUps": 2,
        "summary.newCustomers": 2,
        "summary.quarterTarget": 50000,
        "summary.quarterActual": 6099,
        "rep0.newDeals": 1,
        "rep0.newDealsAmount": 1000,
        "rep0.newCustomers": 1,
        "rep0.won": 1,
        "rep0.wonAmount": 2000,
        "rep0.lost": 1,
        "rep0.lostAmount": 500,
        "rep0.followUpsDone": 3,
        "rep0.customersTouched": 2,
        "rep0.overdue": 1,
        "rep0.due": 3,
        "rep0.doneOfDue": "2 / 3",
        "rep0.nextCloses": 1,
        "rep0.nextClosesAmount": 1000,
        "rep0.nextFollowUps": 1,
        "rep0.monthActual": 2000,
        "rep0.monthTarget": 10000,
        "rep0.monthAttainment": 0.2,
        "rep0.monthPace": 0.9,
        "rep0.quarterTarget": language === "zh-CN" ? "无目标" : "no target",
        "rep0.method0": 1,
        "rep0.method1": 1,
        "rep0.method2": 1,
        "rep0.method3": 0,
        "rep0.method4": 0,
        "rep0.weeklyTarget": 6,
        "rep1.newDeals": 1,
        "rep1.newDealsAmount": 3000,
        "rep1.won": 1,
        "rep1.wonAmount": 3000,
        "rep1.lost": 0,
        "rep1.followUpsDone": 2,
        "rep1.method0": 1,
        "rep1.method4": 1,
        "rep1.customersTouched": 2,
        "rep1.overdue": 1,
        "rep1.nextCloses": 1,
        "rep1.nextClosesAmount": 4000,
        "rep1.nextFollowUps": 0,
        "rep2.newDeals": 1,
        "rep2.won": 0,
        "rep2.wonAmount": 0,
        "rep2.followUpsDone": 1,
        "rep2.customersTouched": 1,
        "rep2.overdue": 0,
        "rep2.nextCloses": 0,
        "rep2.nextFollowUps": 1,
        "rep2.method3": 1,
        "rep3.won": 1,
        "rep3.wonAmount": 100,
        // An owner the Team table does not list has a block of their own (weeklyReps).
        "rep4.won": 1,
        "rep4.wonAmount": 999,
      };
      const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, at(key)]));
      expect(actual).toEqual(expected);
      // Names are text in cells, never part of a formula.
      expect(emulator.book.getCell(sheetName, 0, 0).value).toBe(sheetName);
      const names = [0, 1, 2, 3].map((i) => {
        const [, digits] = /(\d+)$/.exec(outcome.figures[`rep${i}.newDeals`])!;
        return emulator.book.getCell(sheetName, Number(digits) - 4 + 1, 0);
      });
      expect(names.map((cell) => cell.value)).toEqual(["Lee", "王芳", WEIRD, "=cmd"]);
      expect(names.map((cell) => cell.formula ?? null).every((formula) => !formula?.startsWith("="))).toBe(true);
    });

    it("follows a Deals row the user corrects after writing", async () => {
      const sheets = await Excel.run(async (context) => {
        const deals = context.workbook.tables.getItem("Deals");
        const header = deals.getHeaderRowRange().load("values");
        const body = deals.getDataBodyRange().load("rowIndex, columnIndex");
        const sheet = deals.worksheet.load("name");
        await context.sync();
        return { header: header.values[0] as string[], top: body.rowIndex, left: body.columnIndex, sheet: sheet.name };
      });
      const outcome = await written(null, true);
      if (outcome.kind !== "written") throw new Error(outcome.kind);
      const lost = outcome.figures["rep0.lost"];
      expect(valueAt(emulator, sheetName, lost)).toBe(1);
      const closedOn = sheets.header.indexOf(language === "zh-CN" ? "成交日期" : "ClosedOn");
      // D3 (third row) actually closed the week after.
      emulator.book.setCellInput(sheets.sheet, sheets.top + 2, sheets.left + closedOn, "2026-12-10");
      expect(valueAt(emulator, sheetName, lost)).toBe(0);
      expect(valueAt(emulator, sheetName, outcome.figures["summary.lostAmount"])).toBe(0);
      emulator.book.setCellInput(sheets.sheet, sheets.top + 2, sheets.left + closedOn, "2026-12-05");
      expect(valueAt(emulator, sheetName, lost)).toBe(1);
    });

    it("lists stage moves and lost deals as values of the day written", async () => {
      const outcome = await written(null, true);
      if (outcome.kind !== "written") throw new Error(outcome.kind);
      const cells = emulator.book.sheet(sheetName)!;
      const texts: string[] = [];
      for (let r = 0; r < 200; r += 1) texts.push(String(emulator.book.getCell(sheetName, r, 0).value));
      expect(texts).toContain("D1");
      expect(texts).toContain("D2");
      expect(texts).toContain("D3");
      expect(texts).not.toContain("D6");
      const d3 = texts.indexOf("D3");
      expect(emulator.book.getCell(sheetName, d3, 2).value).toBe("Price");
      expect(emulator.book.getCell(sheetName, d3, 1).formula ?? "").not.toMatch(/^=/);
      expect(cells.name).toBe(sheetName);
    });

    it("sets the print layout: one page wide, rows 1–2 on every page, the title and the day written", async () => {
      const before = emulator.stats.syncs;
      await written(null, true);
      // The Weekly area's read (open, one page, its closing sync), then the sheet check, the cells
      // with the autofit, and the print layout and chart with Excel.run's closing sync.
      expect(emulator.stats.syncs - before).toBe(6);
      const page = emulator.book.requireSheet(sheetName).pageLayout;
      expect(page.zoom).toEqual({ horizontalFitToPages: 1 });
      expect(page.printTitleRows).toEqual({ top: 0, bottom: 1 });
      expect(page.headersFooters.centerHeader).toBe(sheetName);
      expect(page.headersFooters.leftFooter).toBe(`${language === "zh-CN" ? "生成日期" : "Written on"} 2026-12-07`);
      // The activity block's ten columns are wider than a portrait page.
      expect(page.orientation).toBe("Landscape");
    });

    it("records the clustered column chart of follow-ups by method per rep", async () => {
      await written(null, true);
      const charts = emulator.book.charts(sheetName);
      expect(charts).toHaveLength(1);
      expect(charts[0]).toMatchObject({
        type: "ColumnClustered",
        title: language === "zh-CN" ? "各方式跟进次数" : "Follow-ups by method",
      });
    });

    it("asks before replacing the week's sheet and never touches another week's or another team's", async () => {
      const other = await writeWeeklySheet({ week: weekFromLabel("2026-W48")!, team: null, replace: false, today });
      expect(other.ok && other.value.kind).toBe("written");
      const team = await written("East");
      expect(team).toMatchObject({ kind: "written", sheet: `${sheetName} East` });
      if (team.kind !== "written") throw new Error(team.kind);
      expect(valueAt(emulator, `${sheetName} East`, team.figures["summary.won"])).toBe(2);
      expect(valueAt(emulator, `${sheetName} East`, team.figures["summary.wonAmount"])).toBe(5000);
      expect(valueAt(emulator, `${sheetName} East`, team.figures["summary.customersTouched"])).toBe(4); // C2 counts for Lee and 王芳 each
      expect(valueAt(emulator, `${sheetName} East`, team.figures["summary.monthTarget"])).toBe(20000);

      emulator.book.setCellInput(sheetName, 6, 7, "my note");
      const before = emulator.stats.syncs;
      expect(await written(null)).toEqual({ kind: "exists", sheet: sheetName });
      expect(emulator.book.getCell(sheetName, 6, 7).value).toBe("my note");
      expect(emulator.stats.syncs - before).toBeLessThanOrEqual(5);
      expect(await written(null, true)).toMatchObject({ kind: "written", sheet: sheetName });
      expect(emulator.book.getCell(sheetName, 6, 7).value).toBe("");
      const w48 = language === "zh-CN" ? "周报 2026-W48" : "Weekly 2026-W48";
      expect(emulator.book.sheets()).toEqual(expect.arrayContaining([w48, sheetName, `${sheetName} East`]));
    });
  });
});

describe("the weekly sheet without the tables it needs", () => {
  it("names the missing tables and writes nothing", async () => {
    const emulator = await createSalesEmulator(today);
    await addTable("Team", "en-US", [{ Rep: "Lee", Team: "East" }]);
    const result = await writeWeeklySheet({ week, team: null, replace: false, today });
    expect(result).toEqual({
      ok: true,
      value: { kind: "missing", tables: ["Deals", "Customers", "Activities"], columns: [] },
    });
    expect(emulator.book.sheets()).not.toContain("Weekly 2026-W49");
  });
});
