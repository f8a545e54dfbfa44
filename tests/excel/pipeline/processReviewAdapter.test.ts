import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { processReview } from "@core/pipeline/review/processReview";
import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import { readPipelineTables } from "@excel/pipeline/readPipelineTables";
import { writePipelineDashboard } from "@excel/pipeline/writePipelineDashboard";
import type { Emulator } from "@workbench/emulator";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

const all = { owner: everyone, period: null, quietDays: 30 };

async function review() {
  const read = await readPipelineTables();
  if (!read.ok) throw new Error(read.error.message);
  const { Deals, Stages, Team, Targets, Activities, DealHistory } = read.value;
  const book = pipelineBook(
    { deals: Deals!, stages: Stages, team: Team, targets: Targets, activities: Activities, history: DealHistory },
    sampleToday,
  );
  return { read: read.value, book, review: processReview(book, all) };
}

/** Adds a DealHistory table as the recorder creates it: its own sheet, headers in the workbook's language. */
async function addHistory(language: WorkbookLanguage, rows: (string | number | boolean)[][]): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(language === "zh-CN" ? "商机变更记录" : "Deal history");
    const headers = tableHeaders("DealHistory", language);
    const range = sheet.getRange("A1").getResizedRange(rows.length, headers.length - 1);
    range.values = [headers, ...rows];
    const table = sheet.tables.add(range, true);
    table.name = "DealHistory";
    await context.sync();
  });
}

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("the process review against a sample workbook (%s)", (language) => {
    let emulator: Emulator;

    beforeAll(async () => {
      ({ emulator } = await setUpSampleWorkbook({ language, customers: 40, profile }));
    });

    it("says recording is off when the workbook has no DealHistory, and still reads lost reasons", async () => {
      const { read, review: result, book } = await review();
      expect(read.DealHistory).toBeUndefined();
      expect(result.history).toBeNull();
      const lost = Array.from({ length: book.deals.count }, (_, i) => i).filter((i) => book.deals.outcome[i] === 2);
      expect(result.lost.lost).toBe(lost.length);
      expect(result.lost.byReason.reduce((sum, group) => sum + group.deals, 0)).toBe(lost.length);
    });

    it("reads DealHistory in the same round trip and reviews the stays it records", async () => {
      const { book } = await review();
      const [first, second] = book.stages.funnel;
      const open = Array.from({ length: book.deals.count }, (_, i) => i).find(
        (i) => book.deals.stageName[i] === second.name,
      )!;
      const deal = book.deals.id[open];
      const t0 = sampleToday - 40;
      await addHistory(language, [
        [deal, language === "zh-CN" ? "阶段" : "Stage", "", first.name, t0, 1000, true],
        [deal, language === "zh-CN" ? "阶段" : "Stage", first.name, second.name, t0 + 12, 1000, true],
        [deal, language === "zh-CN" ? "预计成交" : "ExpectedClose", t0 + 30, t0 + 60, t0 + 13, 1000, true],
      ]);
      const before = emulator.stats.syncs;
      const { read, review: result } = await review();
      expect(emulator.stats.syncs - before).toBe(3);
      expect(read.DealHistory?.rows).toHaveLength(3);
      expect(result.history?.rows).toBe(3);
      expect(result.history?.days[0]).toMatchObject({ stage: first.name, intervals: 1, average: 12, unknown: 0 });
      expect(result.history?.slipped).toMatchObject({ slips: 1, days: 30 });
      const ageing = result.ageing.find((stage) => stage.stage === second.name)!;
      expect(ageing.deals).toBeGreaterThan(0);
    });
  });
});

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("the dashboard's review sections (%s)", (language) => {
    let emulator: Emulator;

    beforeAll(async () => {
      ({ emulator } = await setUpSampleWorkbook({ language, customers: 40, profile }));
    });

    const cellAt = (sheet: string, address: string, dx = 0, dy = 0) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
      return emulator.book.getCell(sheet, Number(digits) - 1 + dy, letters.charCodeAt(0) - 65 + dx).value;
    };

    it("charts lost reasons with live formulas equal to the pane's, and ages open deals against TODAY()", async () => {
      const written = await writePipelineDashboard({ replace: true, today: sampleToday });
      if (!written.ok || written.value.kind !== "written") throw new Error("not written");
      const { sheet, figures } = written.value;
      const { review: pane } = await review();
      const first = figures.lostReasons.split(":")[0];
      const named = pane.lost.byReason.filter((group) => group.label !== "");
      named.forEach((group, i) => {
        expect(cellAt(sheet, first, 0, i)).toBe(group.label);
        expect(cellAt(sheet, first, 1, i)).toBeCloseTo(group.amount, 6);
        expect(cellAt(sheet, first, 2, i)).toBe(group.deals);
      });
      const none = pane.lost.byReason.find((group) => group.label === "");
      expect(cellAt(sheet, first, 2, named.length)).toBe(none?.deals ?? 0);
      const chart = emulator.book.charts(sheet).find((candidate) => candidate.type === "BarClustered")!;
      expect(chart.title).toBe(language === "zh-CN" ? "各输单原因的金额" : "Lost amount by reason");

      const ageing = figures.ageing.split(":")[0];
      pane.ageing.forEach((stage, i) => {
        expect(cellAt(sheet, ageing, 0, i)).toBe(stage.stage);
        // The sample has no DealHistory: the pane ages by StageSince, as the sheet does.
        const counted = [1, 2, 3, 4, 5].map((column) => cellAt(sheet, ageing, column, i) as number);
        expect(counted.slice(0, 4)).toEqual(stage.buckets);
        expect(counted[4]).toBe(stage.noDate);
      });
      expect(figures.daysInStage).toBeUndefined();
    });

    it("writes the history figures of the day when the workbook records deal changes", async () => {
      const { book } = await review();
      const [first, second] = book.stages.funnel;
      const deal = book.deals.id[book.deals.stageName.findIndex((name) => name === second.name)];
      const field = language === "zh-CN" ? "阶段" : "Stage";
      await addHistory(language, [
        [deal, field, "", first.name, sampleToday - 40, 1000, true],
        [deal, field, first.name, second.name, sampleToday - 28, 1000, true],
      ]);
      const written = await writePipelineDashboard({ replace: true, today: sampleToday });
      if (!written.ok || written.value.kind !== "written") throw new Error("not written");
      const { sheet, figures } = written.value;
      const top = figures.daysInStage.split(":")[0];
      expect(cellAt(sheet, top, 0, 0)).toBe(first.name);
      expect(cellAt(sheet, top, 1, 0)).toBe(12);
      expect(cellAt(sheet, top, 3, 0)).toBe(1);
      const cohorts = figures.cohorts.split(":")[0];
      expect(cellAt(sheet, cohorts, 0, 1)).toBe(second.name);
      expect(figures.slipsAndShrinks).toBeDefined();
    });
  });
});
