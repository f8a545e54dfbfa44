import type { Cell } from "@core/cells/cell";
import { kpiWeightsRows } from "@core/performance/kpiPlans";
import { kpiNames } from "@core/performance/performanceTables";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardFormulas } from "@core/performance/scorecardFormulas";
import { scorecardLines } from "@core/performance/scorecardLines";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import type { ScorecardPlan } from "@core/performance/scorecardPlan";
import { scorecardTable, tableHeaders, tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { readCollectionsWorkbook } from "@excel/collections/collectionsWorkbook";
import { recordPayment } from "@excel/collections/writeCollections";
import { readPerformance } from "@excel/performance/readPerformance";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { writeReviewSheet } from "@excel/performance/writeReviewSheet";
import { reviewSheetName } from "@excel/performance/reviewSheetName";
import { createEmulator, type Emulator, type SalesFunctionsSource } from "@workbench/emulator/index";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { data, plan } from "../../core/performance/performanceFixture";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { addHandTables } from "./handTables";
import { deleteTableRow, editsBetweenSyncs } from "../rowsMoved";

let functions: SalesFunctionsSource;
let emulator: Emulator;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
}, 120_000);

const q1 = plan.periods;
const q4 = scorecardPeriods({ kind: "quarter", year: 2025, quarter: 4 });
const january = scorecardPeriods({ kind: "month", year: 2026, month: 1 });
const q2 = scorecardPeriods({ kind: "quarter", year: 2026, quarter: 2 });
const SHEET = "Old scorecard";

/**
 * A workbook as SalesGrid wrote it before the collection rate KPI: a Scorecard without the
 * CollectionRate column whose Score reads Attainment … NewCustomers, and KpiWeights blocks of
 * seven rows (a quarterly and a monthly plan), with RatingBands and CommissionTiers.
 */
async function addOldScorecard(language: WorkbookLanguage): Promise<string[]> {
  const headers = scorecardTable.columns.filter((c) => c.key !== "CollectionRate").map((c) => c.header[language]);
  const keys = scorecardTable.columns.filter((c) => c.key !== "CollectionRate").map((c) => c.key);
  const formulas = scorecardFormulas({
    language,
    labels: performanceLabels(language, []),
    cap: plan.cap,
    commission: plan.commission,
    headers: { Scorecard: headers },
  });
  const [collection, newCustomers] = ["CollectionRate", "NewCustomers"].map(
    (key) => scorecardTable.columns.find((c) => c.key === key)!.header[language],
  );
  const oldScore = formulas.Score.replace(`[${collection}]]`, `[${newCustomers}]]`);
  const rows = [...q1.flatMap((p) => plan.reps.map((rep) => [p, rep] as const)), [q4[0], "Ann"] as const].concat(
    january.flatMap((p) => plan.reps.map((rep) => [p, rep] as const)),
  );
  const cells = rows.map(([period, rep]) =>
    keys.map((key): Cell => {
      if (key === "Period") return period.label[language === "zh-CN" ? "zh" : "en"];
      if (key === "Rep") return rep;
      if (key === "PeriodStart") return period.start;
      if (key === "PeriodEnd") return period.end;
      if (key === "Score") return oldScore;
      return formulas[key] ?? "";
    }),
  );
  const seven = (length: "month" | "quarter") =>
    kpiWeightsRows(plan.kpis, length, language, undefined)
      .filter((row) => row.KPI !== kpiNames.collectionRate[language])
      .map((row) => tableSpec("KpiWeights").columns.map((c) => row[c.key]));
  const weights = [...seven("month"), ...seven("quarter")];
  await Excel.run(async (context) => {
    const setup = context.workbook.worksheets.add(tableSpec("KpiWeights").sheet[language]);
    const table = (name: "KpiWeights" | "RatingBands" | "CommissionTiers", left: number, body: Cell[][]) => {
      const range = setup.getRangeByIndexes(0, left, body.length + 1, body[0].length);
      range.values = [tableHeaders(name, language), ...body] as (string | number | boolean)[][];
      setup.tables.add(range, true).name = name;
    };
    table("KpiWeights", 0, weights);
    table(
      "RatingBands",
      6,
      plan.bands.map((band) => [band.minimum, band.label]),
    );
    table(
      "CommissionTiers",
      9,
      plan.commission.tiers.map((tier) => [tier.threshold, tier.rate]),
    );
    const sheet = context.workbook.worksheets.add(SHEET);
    const header = sheet.getRangeByIndexes(0, 0, 1, headers.length);
    header.values = [headers];
    const scorecard = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + cells.length, headers.length), true);
    scorecard.name = "Scorecard";
    scorecard.getDataBodyRange().formulas = cells as (string | number)[][];
    await context.sync();
  });
  return headers;
}

/** Every Scorecard row's Score cell: value, formula, and whether it is an error. */
function scores(language: WorkbookLanguage) {
  const headers = tableHeaders(scorecardTable, language);
  const width = emulator.book.tables().find((t) => t.name === "Scorecard")!.headers;
  const at = width.indexOf(headers[scorecardTable.columns.findIndex((c) => c.key === "Score")]);
  const rate = width.indexOf(headers[scorecardTable.columns.findIndex((c) => c.key === "CollectionRate")]);
  const out: { period: unknown; rep: unknown; score: unknown; error: boolean; formula: string; rate: unknown }[] = [];
  for (let r = 1; ; r++) {
    const period = emulator.book.getCell(SHEET, r, 0).value;
    if (period === null || period === "") break;
    const cell = emulator.book.getCell(SHEET, r, at);
    out.push({
      period,
      rep: emulator.book.getCell(SHEET, r, 1).value,
      score: cell.value,
      error: Boolean(cell.error),
      formula: String(cell.formula),
      rate: rate >= 0 ? emulator.book.getCell(SHEET, r, rate).value : undefined,
    });
  }
  return out;
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
    emulator.install();
  });

  describe.each<WorkbookLanguage>(["en-US", "zh-CN"])(
    "the collection rate KPI in a %s workbook (emulator)",
    (language) => {
      const zh = language === "zh-CN";
      const collectionHeader = zh ? "回款率" : "CollectionRate";
      const newCustomersHeader = zh ? "新客户数" : "NewCustomers";

      it("reports a row of another period deleted while its Score is widened to eight KPIs", async () => {
        await addHandTables(data, language);
        await addOldScorecard(language);
        const beforeSync = await editsBetweenSyncs(emulator);
        // Q4 2025's row (the 4th) is deleted after the tables are read, before the rows of other
        // periods are located to be widened (any of the 6th to the 10th sync from here will do).
        beforeSync(8, () => deleteTableRow(emulator.book, "Scorecard", 3));
        const written = await writeScorecard({ ...plan, periods: q2 });
        if (!written.ok) throw new Error(written.error.message);
        expect(written.value).toMatchObject({
          kind: "written",
          added: 3,
          updated: 0,
          notWritten: [`${q4[0].label[zh ? "zh" : "en"]} · Ann`],
        });
        // Every other row reads the eight KPI cells and scores without an error.
        const after = scores(language);
        expect(after.map((row) => row.period)).not.toContain(q4[0].label[zh ? "zh" : "en"]);
        expect(after).toHaveLength(9);
        expect(after.every((row) => !row.error && row.formula.includes(`:[${collectionHeader}]]`))).toBe(true);
      });

      it("keeps every score of a workbook from before it, then scores it once weighed, and a recorded payment moves it", async () => {
        await addHandTables(data, language);
        await addOldScorecard(language);
        const before = scores(language);
        expect(before).toHaveLength(7);
        expect(before.every((row) => !row.error && typeof row.score === "number")).toBe(true);
        // A review sheet of the old Scorecard has no collection rate column to name.
        const review = await writeReviewSheet("Ann", false);
        expect(review).toMatchObject({ ok: true, value: { kind: "written", periods: 3 } });
        const reviewHeaders = Array.from(
          { length: 10 },
          (_, c) => emulator.book.getCell(reviewSheetName("Ann", language), 3, c).value,
        );
        expect(reviewHeaders).not.toContain(collectionHeader);
        expect(reviewHeaders).toContain(zh ? "评级" : "Rating");

        // Another quarter, the plan as the wizard offers it: the collection rate weighs 0.
        const written = await writeScorecard({ ...plan, periods: q2 });
        if (!written.ok) throw new Error(written.error.message);
        expect(written.value).toMatchObject({ kind: "written", sheet: SHEET, added: 3, updated: 0 });
        const after = scores(language);
        expect(after.slice(0, 7).map((row) => [row.period, row.rep, row.score])).toEqual(
          before.map((row) => [row.period, row.rep, row.score]),
        );
        expect(after.every((row) => !row.error && typeof row.score === "number")).toBe(true);
        // Every row, of every length, reads the eight KPI cells against blocks of eight, and shows
        // its collection rate (Ann's January: 100 of 100 due; Q4 2025: nothing fell due).
        expect(after.every((row) => row.formula.includes(`:[${collectionHeader}]]`))).toBe(true);
        expect(after.some((row) => row.formula.includes(newCustomersHeader))).toBe(false);
        expect(after.map((row) => row.rate)).toEqual([0.4, "", "", "", 1, "", "", 1, "", ""]);
        const read = await readPerformance();
        if (!read.ok) throw new Error(read.error.message);
        expect(read.value.kpis.quarter).toEqual(plan.kpis);
        expect(read.value.kpis.month).toEqual(plan.kpis);
        const weights = emulator.book.tables().find((t) => t.name === "KpiWeights")!;
        expect(weights.range).toBe("A1:E17");

        // Weighed: Q1 rewritten with 20 % on the collection rate (target 80 %).
        const weighed: ScorecardPlan = {
          ...plan,
          kpis: plan.kpis.map((kpi) => (kpi.key === "collectionRate" ? { ...kpi, weight: 20, target: 0.8 } : kpi)),
        };
        const again = await writeScorecard(weighed);
        if (!again.ok) throw new Error(again.error.message);
        expect(again.value).toMatchObject({ kind: "written", added: 0, updated: 3 });
        const labels = performanceLabels(language, read.value.data.deals);
        const lines = scorecardLines(read.value.data, weighed, labels);
        const q1Rows = scores(language).slice(0, 3);
        expect(q1Rows.map((row) => row.rate)).toEqual([0.4, "", ""]);
        q1Rows.forEach((row, i) => expect(row.score).toBeCloseTo(lines[i].score as number, 9));
        expect(q1Rows[0].score).not.toBeCloseTo(before[0].score as number, 6);
        // Q4 2025 scores against the same quarterly plan, but nothing fell due: its empty collection
        // rate is left out, and its score stays.
        expect(scores(language)[3].score).toBe(after[3].score);
        expect(scores(language).every((row) => !row.error)).toBe(true);

        // A payment recorded from the Collections area: Ann's 200 due on 46060 (50 received) is paid in full.
        const collections = await readCollectionsWorkbook();
        if (!collections.ok) throw new Error(collections.error.message);
        const installment = collections.value.payments.find((p) => p.dueDate === 46060);
        if (!installment) throw new Error("no installment due on 46060");
        const paid = await recordPayment(installment, 150, 46070, zh ? "对公转账" : "Bank transfer");
        if (!paid.ok) throw new Error(paid.error.message);
        expect(paid.value).toMatchObject({ kind: "written" });
        const moved = await readPerformance();
        if (!moved.ok) throw new Error(moved.error.message);
        const [ann] = scorecardLines(moved.value.data, { ...weighed, reps: ["Ann"] }, labels);
        expect(ann.kpis.collectionRate).toBe(0.7);
        const [annRow] = scores(language);
        expect(annRow.rate).toBeCloseTo(0.7, 12);
        expect(annRow.score).toBeCloseTo(ann.score as number, 9);
        expect(annRow.score).toBeGreaterThan(q1Rows[0].score as number);
      });
    },
  );
});
