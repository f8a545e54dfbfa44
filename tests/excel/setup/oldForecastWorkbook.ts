/**
 * A workbook as SalesGrid schema version 1 left it: Stages with the default stages, and Deals
 * without ForecastOverride, its ForecastCategory typed by hand (one deal's differing from its
 * stage's default, one won deal still typed Commit). For the forecast upgrade's tests.
 */
import type { Cell } from "@core/cells/cell";
import { fixedRows } from "@core/setup/tableRows";
import { forecastCategoryChoices, settingKeys, tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";

/** A forecast category's label in a workbook language. */
export const label = (english: string, language: WorkbookLanguage) =>
  forecastCategoryChoices.find((choice) => choice["en-US"] === english)![language];

/** Deals as a version-1 workbook had them: no ForecastOverride, the category typed. */
export function oldDeals(language: WorkbookLanguage): { headers: string[]; rows: Cell[][] } {
  const headers = tableHeaders("Deals", language).filter((_, i) => i !== 13);
  const stage = (i: number) => fixedRows("Stages", language)[i][0];
  const deal = (id: string, stageAt: number, category: string): Cell[] =>
    headers.map((_, c) => (c === 0 ? id : c === 3 ? stage(stageAt) : c === 4 ? 1000 : c === 12 ? category : ""));
  return {
    headers,
    rows: [
      deal("D1", 2, label("Commit", language)), // Proposal typed Commit: the manager's judgement
      deal("D2", 3, label("Commit", language)), // Negotiation: Commit is its default
      deal("D3", 5, label("Commit", language)), // Won, still typed Commit: the bug
      deal("D4", 0, ""), // Prospecting, nothing typed
      deal("D5", 6, label("Omitted", language)), // Lost: its default
    ],
  };
}

/** Writes the version-1 workbook into the installed emulator. */
export async function writeOldWorkbook(language: WorkbookLanguage): Promise<void> {
  const stages = [tableHeaders("Stages", language), ...fixedRows("Stages", language)];
  const deals = oldDeals(language);
  await Excel.run(async (context) => {
    const setup = context.workbook.worksheets.add("Setup");
    setup.getRangeByIndexes(0, 0, stages.length, 5).values = stages as Cell[][];
    setup.tables.add(`A1:E${stages.length}`, true).name = "Stages";
    const pipeline = context.workbook.worksheets.add("Pipeline");
    const width = deals.headers.length;
    pipeline.getRangeByIndexes(0, 0, 1 + deals.rows.length, width).values = [deals.headers, ...deals.rows];
    pipeline.tables.add(pipeline.getRangeByIndexes(0, 0, 1 + deals.rows.length, width), true).name = "Deals";
    context.workbook.settings.add(settingKeys.schemaVersion, 1);
    await context.sync();
  });
}
