import type { Cell } from "@core/cells/cell";
import type { ImportTarget } from "@core/import/importColumns";
import type { ImportMatches, RowUpdate } from "@core/import/matchImport";
import { newStageRows } from "@core/import/newStageRows";
import type { ImportTableContents } from "@core/import/planImport";
import { newListRows } from "@core/import/newListRows";
import { addedStages, type StageChoices } from "@core/import/stageChoices";
import type { ValueField } from "@core/import/validateRows";
import { addedValues, type ValueChoices } from "@core/import/valueChoices";
import type { TableLayout } from "@core/import/tableLayout";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";

/** What a planned import writes and where, for the workbook layer's writer. */
export type PlannedWrite = {
  readonly target: ImportTarget;
  readonly layout: TableLayout;
  /** New sheet: the table's sheet name in the workbook's language (the writer makes it unique). */
  readonly sheetName: string;
  /** In place: the source sheet. */
  readonly sourceSheet?: string;
  /** Append: the table's data rows when it was read. */
  readonly baseRows?: number;
  /** Rows to add to the Stages table first, for the stage names the user chose to add. */
  readonly newStages?: Cell[][];
  /** Rows to add to Team and Cadences first, for the reps and tiers the user chose to add. */
  readonly newRows?: Partial<Record<"Team" | "Cadences", Cell[][]>>;
  /** Append with Update: the existing rows to change (matchImport). */
  readonly updates?: readonly RowUpdate[];
  /** The table columns an updated row is compared on before writing: the schema's non-formula columns. */
  readonly compareColumns?: readonly number[];
};

/**
 * The write of a planned import: its layout, the sheet a new table goes on (named in the
 * workbook's language), the source sheet for a conversion in place, the target table's rows when
 * read (so an append notices a table changed meanwhile), the Stages, Team and Cadences rows for
 * the stage names, reps and tiers the user chose to add (none without the table), and for an
 * Update import the rows it changes with the columns the writer checks them on (the schema's
 * non-formula columns the table has).
 *
 * @param input - the target and layout, the workbook's language, the source sheet, the workbook's tables, the stage choices
 * @returns what to write
 *
 * @example
 * plannedWrite({ target: "Customers", layout, language: "zh-CN", tables: {}, stageChoices: {} }).sheetName
 * //=> "客户档案"
 */
export function plannedWrite(input: {
  readonly target: ImportTarget;
  readonly layout: TableLayout;
  readonly language: WorkbookLanguage;
  readonly sourceSheet?: string;
  readonly tables: Partial<Record<"Stages" | "Team" | "Cadences" | ImportTarget, ImportTableContents>>;
  readonly stageChoices: StageChoices;
  /** Owner, Tier, Method: the user's choices for values their lists do not know. */
  readonly valueChoices?: Partial<Record<ValueField, ValueChoices>>;
  readonly matches?: ImportMatches;
}): PlannedWrite {
  const { target, language } = input;
  const added = addedStages(input.stageChoices);
  const stages = input.tables.Stages;
  return {
    target,
    layout: input.layout,
    sheetName: tableSpec(target).sheet[language],
    sourceSheet: input.sourceSheet,
    baseRows: input.tables[target]?.rows.length,
    newStages: stages && added.length > 0 ? newStageRows(added, stages, language) : undefined,
    newRows: newRowsOf(input.tables, input.valueChoices ?? {}),
    ...updatesOf(input.matches, input.tables[target], target),
  };
}

/** Team rows for the reps to add (none without the table); tiers are fixed A/B/C, never added to Cadences. */
function newRowsOf(
  tables: Partial<Record<"Team" | "Cadences", ImportTableContents>>,
  choices: Partial<Record<ValueField, ValueChoices>>,
): Partial<Record<"Team" | "Cadences", Cell[][]>> | undefined {
  const out: Partial<Record<"Team" | "Cadences", Cell[][]>> = {};
  const put = (table: "Team" | "Cadences", field: ValueField) => {
    const names = addedValues(choices[field] ?? {});
    const contents = tables[table];
    if (contents && names.length > 0) out[table] = newListRows(table, names, contents);
  };
  put("Team", "Owner");
  return Object.keys(out).length > 0 ? out : undefined;
}

function updatesOf(
  matches: ImportMatches | undefined,
  table: ImportTableContents | undefined,
  target: ImportTarget,
): Pick<PlannedWrite, "updates" | "compareColumns"> {
  if (!matches || matches.policy !== "update" || matches.updates.length === 0 || !table) return {};
  const compareColumns = tableSpec(target)
    .columns.filter((spec) => !spec.formula)
    .map((spec) => table.columns[spec.key] ?? -1)
    .filter((at) => at >= 0);
  return { updates: matches.updates, compareColumns };
}
