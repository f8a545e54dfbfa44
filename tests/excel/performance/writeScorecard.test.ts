import { columnIndex } from "@core/workbook/columnIndex";
import { MAX_FITTED_WIDTH, headerWidth } from "@core/workbook/columnWidthLimits";
import { parseAddress } from "@workbench/emulator/address";
import { createEmulator, type Emulator, type SalesFunctionsSource } from "@workbench/emulator/index";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardLines } from "@core/performance/scorecardLines";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { tableSpec, type WorkbookLanguage, scorecardTable, tableHeaders } from "@core/workbook/schema";
import { readPerformance } from "@excel/performance/readPerformance";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { data, plan } from "../../core/performance/performanceFixture";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { addHandTables, addTable } from "./handTables";

let functions: SalesFunctionsSource;
let emulator: Emulator;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
}, 120_000);

/** The Scorecard's computed values, row by row, keyed by column key. */
function scorecardValues(sheet: string, language: WorkbookLanguage) {
  const headers = tableHeaders(scorecardTable, language);
  const rows: Record<string, unknown>[] = [];
  for (let r = 1; ; r++) {
    const first = emulator.book.getCell(sheet, r, 0);
    if (first.value === null || first.value === "") break;
    const row: Record<string, unknown> = {};
    headers.forEach((_, c) => {
      const cell = emulator.book.getCell(sheet, r, c);
      row[scorecardTable.columns[c].key] = cell.error ? `error: ${String(cell.value)}` : cell.value;
    });
    rows.push(row);
  }
  return rows;
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
    emulator.install();
  });

  describe.each<WorkbookLanguage>(["en-US", "zh-CN"])("writeScorecard in a %s workbook (emulator)", (language) => {
    it("writes live formulas whose values match the core's hand-computed scorecard", async () => {
      await addHandTables(data, language);
      const written = await writeScorecard(plan);
      if (!written.ok) throw new Error(written.error.message);
      expect(written.value).toMatchObject({ kind: "written", added: 3, updated: 0 });
      const sheet = (written.value as { sheet: string }).sheet;
      expect(sheet).toBe(scorecardTable.sheet[language]);

      const rows = scorecardValues(sheet, language);
      // The core computes from the workbook as read back (stage and Targets texts in its language).
      const read = await readPerformance();
      if (!read.ok) throw new Error(read.error.message);
      const lines = scorecardLines(read.value.data, plan, performanceLabels(language, read.value.data.deals));
      expect(lines[0].kpis.revenue).toBe(150000);
      expect(lines[0].kpis.collectionRate).toBe(0.4);
      expect(rows).toHaveLength(3);
      rows.forEach((row, i) => {
        const line = lines[i];
        expect(row.Rep).toBe(line.rep);
        expect(row.Period).toBe(language === "zh-CN" ? "2026年第1季度" : "2026 Q1");
        expect(row.Revenue).toBe(line.kpis.revenue);
        expect(row.Target).toBe(line.kpis.target);
        for (const key of ["attainment", "winRate", "avgDeal", "cycle", "satisfaction"] as const) {
          const column = key.charAt(0).toUpperCase() + key.slice(1);
          const expected = line.kpis[key];
          if (expected === null) expect(row[column]).toBe("");
          else expect(row[column]).toBeCloseTo(expected, 9);
        }
        expect(row.Activities).toBe(line.kpis.activities);
        expect(row.NewCustomers).toBe(line.kpis.newCustomers);
        // Ann's installments due in Q1 (40 % collected); none fell due for Bob and Cai.
        expect(row.CollectionRate).toBe(line.kpis.collectionRate ?? "");
        expect(row.Score).toBeCloseTo(line.score as number, 9);
        expect(row.Rating).toBe(line.rating);
        expect(row.CarriedYTD).toBe(line.kpis.carried);
        expect(row.QuotaYTD).toBe(line.kpis.quota);
        expect(row.Commission).toBeCloseTo(line.commission as number, 9);
      });
      expect(rows[0].Commission).toBeCloseTo(7900, 9);
    });

    it("keeps Feedback, Training and the user's columns when the wizard runs again, and adds new periods", async () => {
      await addHandTables(data, language);
      const first = await writeScorecard(plan);
      if (!first.ok) throw new Error(first.error.message);
      const sheet = (first.value as { sheet: string }).sheet;
      const index = columnIndex(scorecardTable, tableHeaders(scorecardTable, language));
      emulator.book.setCellInput(sheet, 1, index.Feedback, "Great quarter");
      emulator.book.setCellInput(sheet, 2, index.Training, "Negotiation course");
      const q2 = {
        ...plan,
        periods: [
          ...plan.periods,
          {
            key: "FY2026-Q2",
            label: { en: "2026 Q2", zh: "2026年第2季度" },
            start: 46113,
            end: 46203,
            granularity: "quarter" as const,
          },
        ],
        cap: 2,
      };

      const again = await writeScorecard(q2);
      if (!again.ok) throw new Error(again.error.message);
      expect(again.value).toMatchObject({ kind: "written", added: 3, updated: 3 });
      const rows = scorecardValues(sheet, language);
      expect(rows).toHaveLength(6);
      expect(rows[0].Feedback).toBe("Great quarter");
      expect(rows[1].Training).toBe("Negotiation course");
      expect(String(emulator.book.getCell(sheet, 1, index.Score).formula)).toContain(",2,");
      expect(rows[3]).toMatchObject({ Rep: "Ann", Revenue: 40000, CarriedYTD: 150000, QuotaYTD: 220000 });
      expect(rows[3].Commission).toBeCloseTo(2400, 9);

      const read = await readPerformance();
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.scorecard[0]).toMatchObject({ rep: "Ann", feedback: "Great quarter" });
      expect(read.value.kpis.quarter?.map((k) => k.weight)).toEqual(plan.kpis.map((k) => k.weight));
      expect(read.value.tiers).toEqual(plan.commission.tiers);
    });

    it("adds its columns to a Scorecard set up with the schema's, keeping the user's column and notes", async () => {
      await addHandTables(data, language);
      const schema = tableSpec("Scorecard").columns;
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Reviews");
        const headers = [...schema.map((c) => c.header[language]), "Bonus"];
        const row = schema.map((c) =>
          c.key === "Period" ? "2026 Q1" : c.key === "Rep" ? "Bob" : c.key === "Feedback" ? "Call more" : "",
        );
        const range = sheet.getRangeByIndexes(0, 0, 2, headers.length);
        range.values = [
          headers,
          [...(language === "zh-CN" ? row.map((v) => (v === "2026 Q1" ? "2026年第1季度" : v)) : row), 500],
        ];
        sheet.tables.add(range, true).name = "Scorecard";
        await context.sync();
      });
      const written = await writeScorecard(plan);
      if (!written.ok) throw new Error(written.error.message);
      expect(written.value).toEqual({ kind: "written", sheet: "Reviews", added: 2, updated: 1, notWritten: [] });
      const read = await readPerformance();
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.scorecard.map((r) => [r.rep, r.feedback])).toEqual([
        ["Bob", "Call more"],
        ["Ann", ""],
        ["Cai", ""],
      ]);
      const headerRow = Array.from({ length: 23 }, (_, c) => emulator.book.getCell("Reviews", 0, c).value);
      // The commission inputs follow Training, so the user's column moves right, with its value.
      expect(headerRow.indexOf("Bonus")).toBe(22);
      expect(emulator.book.getCell("Reviews", 1, 22).value).toBe(500);
      expect(
        emulator.book.getCell("Reviews", 1, headerRow.indexOf(language === "zh-CN" ? "新客户数" : "NewCustomers"))
          .value,
      ).toBe(0);
    });

    it("keeps the quarterly rows' scores when a monthly scorecard with other KPI targets is written", async () => {
      await addHandTables(data, language);
      const quarterly = await writeScorecard(plan);
      if (!quarterly.ok) throw new Error(quarterly.error.message);
      const sheet = (quarterly.value as { sheet: string }).sheet;
      const before = scorecardValues(sheet, language).map((row) => row.Score);
      expect(before.every((score) => typeof score === "number")).toBe(true);

      const march = scorecardPeriods({ kind: "month", year: 2026, month: 3 });
      const monthly = {
        ...plan,
        periods: march,
        // Targets a quarter's scores would feel: every KPI's target halved, weights reversed.
        // (The collection rate, last, keeps weight 0.)
        kpis: plan.kpis.map((kpi, i) => ({
          ...kpi,
          target: kpi.target / 2,
          weight: i < 7 ? plan.kpis[6 - i].weight : kpi.weight,
        })),
      };
      const written = await writeScorecard(monthly);
      if (!written.ok) throw new Error(written.error.message);
      expect(written.value).toMatchObject({ kind: "written", added: 3 });
      const rows = scorecardValues(sheet, language);
      expect(rows.slice(0, 3).map((row) => row.Score)).toEqual(before);
      const read = await readPerformance();
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.kpis.quarter).toEqual(plan.kpis);
      expect(read.value.kpis.month).toEqual(monthly.kpis);
      // The monthly rows score against the monthly plan, as the core computes it.
      const lines = scorecardLines(read.value.data, monthly, performanceLabels(language, read.value.data.deals));
      rows.slice(3).forEach((row, i) => expect(row.Score).toBeCloseTo(lines[i].score as number, 9));
    });

    it("creates the missing KpiWeights, RatingBands and CommissionTiers with columns that fit their headers", async () => {
      await addHandTables(data, language);
      const written = await writeScorecard(plan);
      if (!written.ok) throw new Error(written.error.message);
      for (const name of ["KpiWeights", "RatingBands", "CommissionTiers"] as const) {
        const info = emulator.book.tables().find((table) => table.name === name);
        if (!info) throw new Error(`no ${name} table`);
        const rect = parseAddress(info.range)!;
        const model = emulator.book.requireSheet(info.sheet);
        const widths = info.headers.map((header, at) => {
          const width = emulator.book.columnWidth(model, rect.left + at);
          return { header, fits: width >= headerWidth(header, true) && width <= MAX_FITTED_WIDTH };
        });
        expect(widths).toEqual(info.headers.map((header) => ({ header, fits: true })));
      }
    });

    it("writes nothing to a KpiWeights from before per-period plans, asking for the upgrade", async () => {
      await addHandTables(data, language);
      const legacy = tableSpec("KpiWeights").columns.filter((column) => column.key !== "PeriodLength");
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Old setup");
        const range = sheet.getRangeByIndexes(0, 0, 2, legacy.length);
        range.values = [legacy.map((column) => column.header[language]), ["Revenue vs target", 100, 1, false]];
        sheet.tables.add(range, true).name = "KpiWeights";
        await context.sync();
      });
      expect(await writeScorecard(plan)).toEqual({ ok: true, value: { kind: "needs-upgrade" } });
    });

    it("writes nothing when a table the formulas need is missing", async () => {
      await addTable("Deals", language, []);
      const written = await writeScorecard(plan);
      expect(written).toEqual({
        ok: true,
        value: { kind: "missing-tables", tables: ["Activities", "Customers", "Targets"] },
      });
    });

    it("writes nothing and names the column when a required one was renamed", async () => {
      await addHandTables(data, language);
      const dealsSheet = tableSpec("Deals").sheet[language];
      const amount = tableSpec("Deals").columns.findIndex((column) => column.key === "Amount");
      emulator.book.setCellInput(dealsSheet, 0, amount, "Contract value");
      const written = await writeScorecard(plan);
      const header = tableSpec("Deals").columns[amount].header[language];
      expect(written).toEqual({
        ok: true,
        value: { kind: "missing-columns", missing: [{ table: "Deals", key: "Amount", header }] },
      });
      const scorecardAdded = await Excel.run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject("Scorecard");
        await context.sync();
        return !table.isNullObject;
      });
      expect(scorecardAdded).toBe(false);
    });
  });
});
