import { detectHeaderRow } from "@core/import/detectHeaderRow";
import type { ImportTarget } from "@core/import/importColumns";
import { planImport, type ImportPlan } from "@core/import/planImport";
import { proposeMapping } from "@core/import/proposeMapping";
import type { ImportMode } from "@core/import/tableLayout";
import type { StageMapping } from "@core/import/applyStageMapping";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { readSelectedBlock, readSheetBlock } from "@excel/import/readImportSource";
import { writeImport, type ImportOutcome, type ImportWrite } from "@excel/import/writeImport";
import type { ExcelResult } from "@excel/excelFailure";
import type { ChunkOptions } from "@excel/write/writeInChunks";
import { tableSpec } from "@core/workbook/schema";
import type { MatchChoice } from "@core/import/matchImport";
import { plannedWrite } from "@core/import/plannedWrite";

/** What a test asks of one import run through the real read → plan → write path. */
export type ConvertOptions = {
  sheet: string;
  /** Read the selection instead of the sheet's used range. */
  selection?: boolean;
  target: ImportTarget;
  mode: ImportMode;
  language?: WorkbookLanguage;
  stageMapping?: StageMapping;
  newStages?: ImportWrite["newStages"];
  replacePending?: boolean;
  chunk?: ChunkOptions;
  /** Append: the duplicates policy and key. */
  match?: MatchChoice;
  /** Runs after the plan, before the write (someone editing the workbook meanwhile). */
  beforeWrite?: () => void;
};

/** Reads a sheet, plans the import with the proposed mapping and writes it, as the pane does. */
export async function convertSheet(
  options: ConvertOptions,
): Promise<{ plan: ImportPlan; written: ExcelResult<ImportOutcome> }> {
  const block = options.selection ? await readSelectedBlock() : await readSheetBlock(options.sheet);
  if (!block.ok) throw new Error(block.error.message);
  const workbook = await readImportWorkbook();
  if (!workbook.ok) throw new Error(workbook.error.message);
  const { headerRow } = detectHeaderRow(block.value.values);
  const mapping = proposeMapping(block.value.values[headerRow] ?? [], options.target);
  const language = options.language ?? workbook.value.language ?? "en-US";
  const tables = workbook.value.tables;
  const plan = planImport({
    source: { ...block.value, kind: "range" },
    headerRow,
    mapping,
    target: options.target,
    mode: options.mode,
    language,
    stageMapping: options.stageMapping,
    stages: tables.Stages,
    customers: tables.Customers,
    cadences: workbook.value.cadences,
    serviceLevels: tables.ServiceLevels,
    pending: workbook.value.pending,
    table: tables[options.target] && {
      ...tables[options.target]!,
      textColumns: workbook.value.textColumns[options.target],
    },
    match: options.match,
  });
  const { updates, compareColumns } = plannedWrite({
    target: options.target,
    layout: plan.layout,
    language,
    tables,
    stageChoices: {},
    matches: plan.matches,
  });
  options.beforeWrite?.();
  const written = await writeImport(
    {
      target: options.target,
      layout: plan.layout,
      sheetName: tableSpec(options.target).sheet[language],
      sourceSheet: block.value.sheet,
      baseRows: tables[options.target]?.rows.length,
      newStages: options.newStages,
      pending: workbook.value.pending,
      replacePending: options.replacePending,
      updates,
      compareColumns,
    },
    options.chunk,
  );
  return { plan, written };
}
