import type { Cell } from "@core/cells/cell";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { everyone } from "@core/pipeline/pipelineScope";
import type { PipelineTables } from "@core/pipeline/pipelineTables";
import { defaultStages, forecastCategoryChoices, tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import { readPipelineTables } from "@excel/pipeline/readPipelineTables";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(120_000);

type DealsRead = { headers: string[]; rows: Cell[][] };

async function readDeals(): Promise<DealsRead> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("Deals");
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    return { headers: header.values[0] as string[], rows: body.values as Cell[][] };
  });
}

/** Writes cells of one deal row by header (a manager typing in the grid). */
async function typeInto(row: number, cells: Record<string, Cell>, headers: string[]): Promise<void> {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("Deals");
    for (const [header, value] of Object.entries(cells)) {
      table.getDataBodyRange().getCell(row, headers.indexOf(header)).values = [[value]];
    }
    await context.sync();
  });
}

async function forecastFigures() {
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
  return pipelineView(pipelineBook(tables, sampleToday), { owner: everyone, period: null, quietDays: 30 }).summary
    .forecast;
}

const label = (english: string, language: WorkbookLanguage) =>
  forecastCategoryChoices.find((choice) => choice["en-US"] === english)![language];
const stageName = (english: string, language: WorkbookLanguage) =>
  defaultStages.find((stage) => stage.name["en-US"] === english)!.name[language];

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("Deals[ForecastCategory] follows the stage (%s)", (language) => {
    const headers = tableHeaders("Deals", language);
    const h = (key: string) => headers[tableHeaders("Deals", "en-US").indexOf(key)];

    beforeEach(async () => {
      await setUpSampleWorkbook({ language, customers: 20, profile });
    });

    it("gives each deal its stage's category, with the override column empty", async () => {
      const deals = await readDeals();
      expect(deals.headers).toEqual(headers);
      const stageAt = deals.headers.indexOf(h("Stage"));
      const categoryAt = deals.headers.indexOf(h("ForecastCategory"));
      const overrideAt = deals.headers.indexOf(h("ForecastOverride"));
      expect(deals.rows.length).toBeGreaterThan(20);
      for (const row of deals.rows) {
        const stage = defaultStages.find((s) => s.name[language] === row[stageAt])!;
        expect(row[categoryAt]).toBe(label(stage.forecastCategory, language));
        expect(row[overrideAt]).toBe("");
      }
    });

    it("moves a won deal out of Commit into Closed, so the forecast the Pipeline area reads moves", async () => {
      const deals = await readDeals();
      const stageAt = deals.headers.indexOf(h("Stage"));
      const amountAt = deals.headers.indexOf(h("Amount"));
      const row = deals.rows.findIndex((r) => r[stageAt] === stageName("Negotiation", language));
      expect(row).toBeGreaterThanOrEqual(0);
      const amount = deals.rows[row][amountAt] as number;
      expect(amount).toBeGreaterThan(0);
      const before = await forecastFigures();

      await typeInto(row, { [h("Stage")]: stageName("Won", language) }, headers);

      const after = await readDeals();
      expect(after.rows[row][deals.headers.indexOf(h("ForecastCategory"))]).toBe(label("Closed", language));
      const moved = await forecastFigures();
      expect(moved.closed as number).toBeCloseTo((before.closed as number) + amount, 6);
      // Open deals only: the won deal left the pipeline forecast.
      expect(moved.pipeline as number).toBeCloseTo((before.pipeline as number) - amount, 6);
    });

    it("lets an override win for an open stage only, and blanks a stage Stages does not list", async () => {
      const deals = await readDeals();
      const stageAt = deals.headers.indexOf(h("Stage"));
      const categoryAt = deals.headers.indexOf(h("ForecastCategory"));
      const row = deals.rows.findIndex((r) => r[stageAt] === stageName("Proposal", language));
      expect(row).toBeGreaterThanOrEqual(0);

      await typeInto(row, { [h("ForecastOverride")]: label("Commit", language) }, headers);
      expect((await readDeals()).rows[row][categoryAt]).toBe(label("Commit", language));

      await typeInto(row, { [h("Stage")]: stageName("Lost", language) }, headers);
      expect((await readDeals()).rows[row][categoryAt]).toBe(label("Omitted", language));

      await typeInto(row, { [h("Stage")]: "Pilot" }, headers);
      expect((await readDeals()).rows[row][categoryAt]).toBe("");
    });

    it("follows the Stages table as a manager edits it: a category changed, a stage added", async () => {
      const deals = await readDeals();
      const stageAt = deals.headers.indexOf(h("Stage"));
      const categoryAt = deals.headers.indexOf(h("ForecastCategory"));
      const proposal = deals.rows.findIndex((r) => r[stageAt] === stageName("Proposal", language));
      await Excel.run(async (context) => {
        const stages = context.workbook.tables.getItem("Stages");
        // Proposal is the third stage; its category becomes Commit.
        stages.getDataBodyRange().getCell(2, 3).values = [[label("Commit", language)]];
        stages.rows.add(undefined, [["Pilot", 8, 0.6, label("Best case", language), 10]]);
        await context.sync();
      });
      expect((await readDeals()).rows[proposal][categoryAt]).toBe(label("Commit", language));
      await typeInto(proposal, { [h("Stage")]: "Pilot" }, headers);
      expect((await readDeals()).rows[proposal][categoryAt]).toBe(label("Best case", language));
    });
  });
});
