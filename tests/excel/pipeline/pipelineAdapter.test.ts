import { isSalesError } from "@core/errors";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { everyone } from "@core/pipeline/pipelineScope";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { targetLevelChoices, targetMetricChoices } from "@core/workbook/schema";
import type { PipelineTables } from "@core/pipeline/pipelineTables";
import { readPipelineTables } from "@excel/pipeline/readPipelineTables";
import { selectDealRow } from "@excel/pipeline/selectDealRow";
import { writePipelineDashboard } from "@excel/pipeline/writePipelineDashboard";
import type { Emulator } from "@workbench/emulator";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(120_000);

/** The engine keeps about 11 significant digits, as Excel shows 15: compare relatively. */
function expectSame(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

async function cellValue(emulator: Emulator, sheet: string, address: string, formula: string): Promise<unknown> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).formulas = [[formula]];
    await context.sync();
  });
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return emulator.book.getCell(sheet, Number(digits) - 1, letters.charCodeAt(0) - 65).value;
}

async function readBook(): Promise<ReturnType<typeof pipelineBook>> {
  const read = await readPipelineTables();
  if (!read.ok) throw new Error(read.error.message);
  const { Deals, Stages, Team, Targets, Activities } = read.value;
  const tables: PipelineTables = {
    deals: Deals!,
    stages: Stages,
    team: Team,
    targets: Targets,
    activities: Activities,
  };
  return pipelineBook(tables, sampleToday);
}

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("the pipeline against a sample workbook (%s)", (language) => {
    let emulator: Emulator;

    beforeAll(async () => {
      ({ emulator } = await setUpSampleWorkbook({ language, customers: 60, profile }));
    });

    it("reads the five tables in one round trip", async () => {
      const before = emulator.stats.syncs;
      const read = await readPipelineTables();
      if (!read.ok) throw new Error(read.error.message);
      expect(Object.keys(read.value).sort()).toEqual(["Activities", "Deals", "Stages", "Targets", "Team"]);
      expect(read.value.Deals!.rows.length).toBeGreaterThan(50);
      expect(emulator.stats.syncs - before).toBe(3); // list the tables, read them all, Excel.run's closing sync
    });

    it("computes the summary figures the SALES functions compute in a cell", async () => {
      const book = await readBook();
      const { summary } = pipelineView(book, { owner: everyone, period: null, quietDays: 30 });
      const deals = book.tables.deals as unknown as { headers: string[]; columns: Record<string, number> };
      const col = (key: string) => `Deals[${deals.headers[deals.columns[key]]}]`;
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("Check");
        await context.sync();
      });
      expectSame(
        await cellValue(emulator, "Check", "A1", `=SALES.WINRATE(${col("Stage")})`),
        summary.winRate as number,
      );
      expectSame(
        await cellValue(emulator, "Check", "A2", `=SALES.AVGDEAL(${col("Amount")},${col("Stage")})`),
        summary.avgDeal as number,
      );
      expectSame(
        await cellValue(
          emulator,
          "Check",
          "A3",
          `=SALES.FORECAST(${col("Amount")},${col("ForecastCategory")},"commit")`,
        ),
        summary.forecast.commit as number,
      );
      expectSame(
        await cellValue(emulator, "Check", "A4", `=SALES.CYCLE(${col("Created")},${col("ClosedOn")},${col("Stage")})`),
        summary.cycle as number,
      );
      expect(isSalesError(summary.weighted)).toBe(false);
    });

    it("writes a live dashboard whose formulas equal the pane's figures, with a funnel and a forecast chart", async () => {
      const written = await writePipelineDashboard({ replace: false });
      if (!written.ok) throw new Error(written.error.message);
      if (written.value.kind !== "written") throw new Error(written.value.kind);
      const { sheet, figures } = written.value;
      expect(sheet).toBe(language === "zh-CN" ? "销售管道看板" : "Pipeline dashboard");
      const book = await readBook();
      const { summary, funnel, forecast } = pipelineView(book, { owner: everyone, period: null, quietDays: 30 });
      const at = (address: string) => {
        const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
        return emulator.book.getCell(sheet, Number(digits) - 1, letters.charCodeAt(0) - 65);
      };
      expect(at(figures.openDeals).value).toBe(summary.openDeals);
      expectSame(at(figures.openPipeline).value, summary.openPipeline);
      expectSame(at(figures.weighted).value, summary.weighted as number);
      expectSame(at(figures.winRate).value, summary.winRate as number);
      expectSame(at(figures.velocity).value, summary.velocity as number);
      expectSame(at(figures.closed).value, summary.forecast.closed as number);
      // The funnel spill: reached counts beside the stage names.
      if (isSalesError(funnel)) throw new Error(funnel.message);
      const funnelTop = Number(/\d+/.exec(figures.funnel)![0]) - 1;
      funnel.stages.forEach((stage, k) => {
        expect(emulator.book.getCell(sheet, funnelTop + k, 0).value).toBe(stage.stage);
        expect(emulator.book.getCell(sheet, funnelTop + k, 1).value).toBe(stage.reached);
      });
      // Forecast rows: overdue, six months from today's, no close date.
      const monthsTop = Number(/\d+/.exec(figures.months)![0]) - 1;
      expectSame(emulator.book.getCell(sheet, monthsTop, 4).value, forecast.overdue.amount);
      expectSame(emulator.book.getCell(sheet, monthsTop + 7, 4).value, forecast.noCloseDate.amount);
      const firstMonth = forecast.months[0];
      expect(emulator.book.getCell(sheet, monthsTop + 1, 0).value).toBe(firstMonth.start);
      expectSame(emulator.book.getCell(sheet, monthsTop + 1, 4).value, firstMonth.amount);
      expect(emulator.book.charts(sheet).map((chart) => chart.type)).toEqual([
        "Funnel",
        "ColumnStacked",
        "BarClustered",
      ]);

      // Live: a new open deal moves the figures without rewriting the sheet.
      const before = at(figures.openDeals).value as number;
      await Excel.run(async (context) => {
        const table = context.workbook.tables.getItem("Deals");
        const header = table.getHeaderRowRange();
        header.load("values");
        await context.sync();
        const row: (string | number | boolean)[] = header.values[0].map(() => null as unknown as string);
        row[book.tables.deals.columns.Stage] = book.stages.funnel[0].name;
        row[book.tables.deals.columns.Amount] = 1000;
        row[book.tables.deals.columns.DealID] = "D-NEW";
        table.rows.add(undefined, [row]);
        await context.sync();
      });
      expect(at(figures.openDeals).value).toBe(before + 1);
    });

    it("covers the current target period on the sheet as the pane does for that period", async () => {
      const quarter = calendarPeriod("quarter", sampleToday);
      const book = await readBook();
      const targets = book.tables.targets!;
      await Excel.run(async (context) => {
        const table = context.workbook.tables.getItem("Targets");
        const row: (string | number | boolean)[] = new Array(Object.keys(targets.columns).length).fill(null);
        const put = (key: string, value: string | number) => (row[targets.columns[key]] = value);
        put("Period", "Q");
        put("PeriodStart", quarter.start);
        put("PeriodEnd", quarter.end);
        put("Level", targetLevelChoices[0][language]);
        put("Name", targetLevelChoices[0][language]);
        put("Metric", targetMetricChoices[0][language]);
        put("Target", 5_000_000);
        table.rows.add(undefined, [row.slice(0, (targets as unknown as { headers: string[] }).headers.length)]);
        await context.sync();
      });
      const written = await writePipelineDashboard({ replace: true });
      if (!written.ok || written.value.kind !== "written") throw new Error("not written");
      const { sheet, figures } = written.value;
      const pane = pipelineView(await readBook(), { owner: everyone, period: quarter, quietDays: 30 }).summary;
      const value = (address: string) => {
        const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
        return emulator.book.getCell(sheet, Number(digits) - 1, letters.charCodeAt(0) - 65).value;
      };
      expect(value(figures.periodStart)).toBe(quarter.start);
      expect(value(figures.target)).toBe(5_000_000);
      expectSame(value(figures.remaining), pane.coverage!.remaining);
      expectSame(value(figures.coverage), pane.coverage!.ratio as number);
    });

    it("asks before replacing its sheet, and replaces it when told to", async () => {
      const again = await writePipelineDashboard({ replace: false });
      expect(again.ok && again.value.kind).toBe("exists");
      const replaced = await writePipelineDashboard({ replace: true });
      expect(replaced.ok && replaced.value.kind).toBe("written");
      const sheet = replaced.ok && replaced.value.kind === "written" ? replaced.value.sheet : "";
      expect(emulator.book.charts(sheet)).toHaveLength(3);
    });

    it("draws the funnel as a bar chart when Excel refuses Funnel, the sheet complete either way", async () => {
      const complete = await writePipelineDashboard({ replace: true });
      if (!complete.ok || complete.value.kind !== "written") throw new Error("not written");
      const { sheet } = complete.value;
      const cells = () => {
        const snap = emulator.snapshot().sheets.find((s) => s.name === sheet)!;
        return [snap.cells, snap.numberFormats, snap.formats, snap.columnWidths];
      };
      const before = JSON.stringify(cells());
      emulator.book.modes.unsupportedChartTypes = ["Funnel"];
      try {
        const written = await writePipelineDashboard({ replace: true });
        if (!written.ok || written.value.kind !== "written") throw new Error("not written");
        expect(emulator.book.charts(sheet).map((chart) => chart.type)).toEqual([
          "BarClustered",
          "ColumnStacked",
          "BarClustered",
        ]);
        expect(written.value.fallbackCharts).toEqual([emulator.book.charts(sheet)[0].title]);
        expect(JSON.stringify(cells())).toBe(before); // every cell and format as with the funnel chart
      } finally {
        emulator.book.modes.unsupportedChartTypes = [];
      }
    });

    it("selects a deal's row, finding it by DealID when the row moved", async () => {
      const book = await readBook();
      const row = 5;
      const id = book.deals.id[row];
      const selected = await selectDealRow(id, row);
      expect(selected.ok && selected.value?.sheet).toBe(language === "zh-CN" ? "销售管道" : "Pipeline");
      const dataRow = (address: string) => Number(/\d+/.exec(address)![0]);
      const headerRow = dataRow((book.tables.deals as unknown as { address: string }).address);
      expect(selected.ok && selected.value && dataRow(selected.value.address)).toBe(headerRow + 1 + row);
      const moved = await selectDealRow(id, row + 3);
      expect(moved.ok && moved.value && dataRow(moved.value.address)).toBe(headerRow + 1 + row);
      const none = await selectDealRow("no such deal", 0);
      expect(none).toEqual({ ok: true, value: null });
    });
  });
});
