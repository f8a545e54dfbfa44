import { columnIndex } from "@core/workbook/columnIndex";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardFormulas } from "@core/performance/scorecardFormulas";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { DEFAULT_COMMISSION_PLAN } from "@core/performance/commissionPlan";
import { scorecardTable, settingKeys, tableHeaders, tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { upgradePeriodPlans } from "@excel/setup/upgradePeriodPlans";
import { readWorkbookStatus } from "@excel/workbookStatus";
import { createEmulator, type Emulator, type SalesFunctionsSource } from "@workbench/emulator/index";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { data, plan } from "../../core/performance/performanceFixture";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { addHandTables } from "../performance/handTables";

let functions: SalesFunctionsSource;
let emulator: Emulator;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
}, 120_000);
jest.setTimeout(60_000);

type Read = { headers: string[]; values: unknown[][]; formulas: unknown[][] };

async function readTable(name: string): Promise<Read> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values,formulas");
    await context.sync();
    return { headers: header.values[0] as string[], values: body.values, formulas: body.formulas };
  });
}

/** Rebuilds a table of plain values without one column, in place (the emulator deletes no table column). */
async function withoutColumn(name: "KpiWeights" | "Targets", at: number): Promise<void> {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    const range = table.getRange().load("values,rowIndex,columnIndex");
    const sheet = table.worksheet.load("name");
    await context.sync();
    const values = range.values.map((row) => row.filter((_, c) => c !== at));
    table.delete();
    const target = context.workbook.worksheets
      .getItem(sheet.name)
      .getRangeByIndexes(range.rowIndex, range.columnIndex, values.length, values[0].length);
    target.values = values;
    context.workbook.worksheets.getItem(sheet.name).tables.add(target, true).name = name;
    await context.sync();
  });
}

/**
 * Turns the workbook back into what schema version 2 wrote: KpiWeights without PeriodLength (one
 * plan), Score reading it whole, Targets without Pace.
 */
async function toVersion2(language: WorkbookLanguage): Promise<void> {
  const scorecard = await readTable("Scorecard");
  const targets = await readTable("Targets");
  const legacy = scorecardFormulas({
    language,
    labels: performanceLabels(language, []),
    cap: plan.cap,
    commission: DEFAULT_COMMISSION_PLAN,
    headers: { Scorecard: scorecard.headers, KpiWeights: tableHeaders("KpiWeights", language).slice(1) },
  }).Score;
  await withoutColumn("KpiWeights", 0);
  await withoutColumn("Targets", columnIndex("Targets", targets.headers).Pace);
  await Excel.run(async (context) => {
    const score = columnIndex(scorecardTable, scorecard.headers).Score;
    context.workbook.tables.getItem("Scorecard").columns.getItemAt(score).getDataBodyRange().formulas =
      scorecard.values.map(() => [legacy]);
    context.workbook.settings.add(settingKeys.schemaVersion, 2);
    await context.sync();
  });
}

const scores = (read: Read) => read.values.map((row) => row[columnIndex(scorecardTable, read.headers).Score]);

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
    emulator.install();
  });

  describe.each<WorkbookLanguage>(["en-US", "zh-CN"])("upgrading to per-period KPI plans (%s)", (language) => {
    it("keeps every score, copies the plan to each length, adds Pace, and a monthly write then leaves the quarter alone", async () => {
      await addHandTables(data, language);
      const written = await writeScorecard(plan);
      if (!written.ok) throw new Error(written.error.message);
      const quarterly = scores(await readTable("Scorecard"));
      await toVersion2(language);
      expect(scores(await readTable("Scorecard"))).toEqual(quarterly);
      const before = await readWorkbookStatus();
      expect(before.ok && before.value.periodPlanUpgrade).toBe(true);

      const upgraded = await upgradePeriodPlans();
      if (!upgraded.ok) throw new Error(upgraded.error.message);
      expect(upgraded.value).toEqual({ kind: "upgraded", copiedKpiRows: 16, rescoredRows: 3, addedPace: true });

      const card = await readTable("Scorecard");
      expect(scores(card)).toEqual(quarterly);
      expect(String(card.formulas[0][columnIndex(scorecardTable, card.headers).Score])).toContain("FILTER(KpiWeights[");
      const weights = await readTable("KpiWeights");
      expect(weights.headers).toEqual(tableHeaders("KpiWeights", language));
      const lengths = weights.values.map((row) => row[0]);
      const [month, quarter, year] = ["Month", "Quarter", "Year"].map(
        (en) => tableSpec("KpiWeights").columns[0].choices!.find((c) => c["en-US"] === en)![language],
      );
      // The plan's eight KPIs (the collection rate last), copied to each length.
      expect(lengths).toEqual([...Array(8).fill(month), ...Array(8).fill(quarter), ...Array(8).fill(year)]);
      expect(weights.values.slice(8, 16).map((row) => row.slice(1))).toEqual(
        weights.values.slice(0, 8).map((row) => row.slice(1)),
      );

      const targets = await readTable("Targets");
      expect(targets.headers).toEqual(tableHeaders("Targets", language));
      const pace = columnIndex("Targets", targets.headers).Pace;
      expect(new Set(targets.formulas.map((row) => row[pace])).size).toBe(1);
      expect(String(targets.formulas[0][pace])).toContain("SALES.PACE(");
      // The hand tables' Actual is blank: nothing won, so every target is behind.
      expect(targets.values.map((row) => row[pace])).toEqual(targets.values.map(() => 0));
      const sheet = tableSpec("Targets").sheet[language];
      expect(emulator.book.conditionalFormats(sheet)).toHaveLength(1);

      const after = await readWorkbookStatus();
      expect(after.ok && [after.value.periodPlanUpgrade, after.value.schemaVersion]).toEqual([false, 3]);
      const again = await upgradePeriodPlans();
      expect(again.ok && again.value).toEqual({
        kind: "upgraded",
        copiedKpiRows: 0,
        rescoredRows: 0,
        addedPace: false,
      });

      const monthly = {
        ...plan,
        periods: scorecardPeriods({ kind: "month", year: 2026, month: 2 }),
        kpis: plan.kpis.map((kpi) => ({ ...kpi, target: kpi.target * 3, weight: kpi.weight + 1 })),
      };
      const monthWritten = await writeScorecard(monthly);
      expect(monthWritten.ok && monthWritten.value.kind).toBe("written");
      expect(scores(await readTable("Scorecard")).slice(0, 3)).toEqual(quarterly);
    });
  });
});
