import type { ImportSource } from "@core/import/importSource";
import { planImport, type ImportTableContents } from "@core/import/planImport";
import type { ImportMapping } from "@core/import/proposeMapping";
import type { WorkbookLanguage } from "@core/workbook/schema";

/**
 * The stage names a Deals source brings that the workbook's Stages table does not know, before
 * any stage mapping: the rows are validated with only their Stage and LostAt columns mapped.
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
  const { source, mapping } = input;
  if (!mapping.includes("Stage") && !mapping.includes("LostAt")) return [];
  const onlyStages = mapping.map((key) => (key === "Stage" || key === "LostAt" ? key : null));
  const plan = planImport({
    source: {
      values: source.values,
      top: source.top,
      left: source.left,
      kind: source.kind === "csv" ? "csv" : "range",
    },
    headerRow: input.headerRow,
    mapping: onlyStages,
    target: "Deals",
    mode: "new-sheet",
    language: input.language,
    stages: input.stages,
  });
  return plan.result.unknownStages;
}
