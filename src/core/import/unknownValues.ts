import type { ImportSource } from "@core/import/importSource";
import { importColumns, type ImportTarget } from "@core/import/importColumns";
import { knownStageNames } from "@core/import/knownStageNames";
import type { ImportTableContents } from "@core/import/planImport";
import type { ImportMapping } from "@core/import/proposeMapping";
import { validateRows, type ImportContext, type ValueField } from "@core/import/validateRows";
import { checkedFieldsOf, knownFieldValues, type CheckedField } from "@core/import/valueChoices";
import type { WorkbookLanguage } from "@core/workbook/schema";

/**
 * The values a source brings that the workbook's lists do not know, per checked field of the
 * target, before any mapping: stages of deals (Stage and LostAt against the Stages table), owners
 * against Team's reps, tiers against Cadences, methods against the method list. Only those
 * columns are converted, so a long list is checked quickly. A field whose column is not mapped,
 * or whose list the workbook lacks (no Team table yet), has no entry.
 *
 * @param input - the source, its header row, target and mapping, the workbook's tables and language
 * @returns per field, the unknown values in the order validation meets them
 *
 * @example
 * unknownValues({ source: { kind: "csv", values: [["Owner"], ["Zhao Lei"]], top: 0, left: 0 }, headerRow: 0,
 *   mapping: ["Owner"], target: "Customers", tables: { Team: { headers: ["Rep"], columns: { Rep: 0 }, rows: [["Wang Fang"]] } },
 *   language: "en-US" })
 * //=> { Owner: ["Zhao Lei"] }
 */
export function unknownValues(input: {
  readonly source: Pick<ImportSource, "kind" | "values" | "top" | "left">;
  readonly headerRow: number;
  readonly mapping: ImportMapping;
  readonly target: ImportTarget;
  readonly tables: Partial<Record<"Stages" | "Team" | "Cadences", ImportTableContents>>;
  readonly language: WorkbookLanguage;
}): Partial<Record<CheckedField, string[]>> {
  const { source, mapping, target, tables, language } = input;
  const fields = checkedFieldsOf(target);
  const checked: NonNullable<ImportContext["checked"]> = {};
  for (const field of fields) {
    if (field === "Stage") continue;
    const known = knownFieldValues(field, tables, language, target);
    if (known) checked[field] = { known };
  }
  const keys = new Set<string>([...Object.keys(checked), ...(fields.includes("Stage") ? ["Stage", "LostAt"] : [])]);
  const only = mapping.map((key) => (key !== null && keys.has(key) ? key : null));
  if (only.every((key) => key === null)) return {};
  const specs = importColumns(target);
  // Only the checked columns are converted: the required columns' absence is not this check's concern.
  const result = validateRows(source.values.slice(input.headerRow + 1), only, target, {
    knownStages: knownStageNames(tables.Stages),
    checked,
    firstRow: source.top + input.headerRow + 2,
    language,
    source: source.kind === "csv" ? "csv" : "range",
  });
  const out: Partial<Record<CheckedField, string[]>> = {};
  if (fields.includes("Stage") && (only.includes("Stage") || only.includes("LostAt"))) out.Stage = result.unknownStages;
  for (const [field, values] of Object.entries(result.unknownValues ?? {})) {
    if (only.includes(field) && specs.some((spec) => spec.key === field)) out[field as ValueField] = values;
  }
  return out;
}
