import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { processReview } from "@core/pipeline/review/processReview";
import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import { readPipelineTables } from "@excel/pipeline/readPipelineTables";
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
