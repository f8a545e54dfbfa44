import { pipelineColumns } from "@core/pipeline/pipelineColumns";
import type { TableName } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { readTables, type TablesData } from "../tables/readTables";

/** The tables the Pipeline area reads. */
export const pipelineTableNames: readonly TableName[] = [
  "Deals",
  "Stages",
  "Team",
  "Targets",
  "Activities",
  "DealHistory",
  "ForecastHistory",
];

/**
 * Reads Deals, Stages, Team, Targets, Activities, DealHistory and ForecastHistory — only the
 * columns the area uses (pipelineColumns), in pages sized by bytes (see readTables). DealHistory
 * is there only when the workbook records deal changes, ForecastHistory once a forecast was
 * recorded; without them the read is the same, the tables absent.
 *
 * @returns the tables present, or the Office failure
 * @example
 * const read = await readPipelineTables();
 * if (read.ok) read.value.Deals?.rows.length //=> 612
 */
export function readPipelineTables(): Promise<ExcelResult<TablesData>> {
  return readTables(pipelineTableNames, pipelineColumns.read);
}
