import type { ImportSource } from "@core/import/importSource";
import type { ImportTableContents } from "@core/import/planImport";
import type { ImportMapping } from "@core/import/proposeMapping";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { unknownValues } from "@core/import/unknownValues";

/**
 * The stage names a Deals source brings that the workbook's Stages table does not know, before
 * any stage mapping (unknownValues for the Stage field): only the Stage and LostAt columns are converted.
 *
 * @param input - the source, its header row and mapping, the Stages table, the workbook's language
 * @returns the unknown names, in the order validation meets them; none when no stage column is mapped
 *
 * @example
 * unknownStages({ source: { kind: "csv", name: "d.csv", values: [["Stage"], ["Pilot"]], top: 0, left: 0 },
 *   headerRow: 0, mapping: ["Stage"], language: "en-US" })
 * //=> ["Pilot"]
 */
export function unknownStages(input: {
  readonly source: Pick<ImportSource, "kind" | "values" | "top" | "left">;
  readonly headerRow: number;
  readonly mapping: ImportMapping;
  readonly stages?: ImportTableContents;
  readonly language: WorkbookLanguage;
}): string[] {
  const { source, headerRow, mapping, language } = input;
  const tables = input.stages ? { Stages: input.stages } : {};
  return unknownValues({ source, headerRow, mapping, target: "Deals", tables, language }).Stage ?? [];
}
