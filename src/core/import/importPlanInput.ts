import type { StageMapping } from "@core/import/applyStageMapping";
import type { ImportTarget } from "@core/import/importColumns";
import type { MatchChoice } from "@core/import/matchImport";
import type { ImportSource } from "@core/import/importSource";
import type { ImportTableContents, ImportPlanInput } from "@core/import/planImport";
import type { ImportMapping } from "@core/import/proposeMapping";
import type { ImportMode } from "@core/import/tableLayout";
import type { UnfinishedImport } from "@core/import/unfinishedImport";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ImportContext, ValueField } from "@core/import/validateRows";
import {
  addedValuesOf,
  checkedFieldsOf,
  knownFieldValues,
  valueMappingOf,
  type ValueChoices,
} from "@core/import/valueChoices";

/** The user's choices an import is planned with. */
export type ImportChoices = {
  /** Index in the source's rows of the header row. */
  readonly headerRow: number;
  readonly target: ImportTarget;
  readonly mapping: ImportMapping;
  /** The mode to write in (chosenMode). */
  readonly mode: ImportMode;
  readonly stageMapping: StageMapping;
  /** Owner, Tier, Method: the user's choice for each value its list does not know. */
  readonly valueChoices?: Partial<Record<ValueField, ValueChoices>>;
  /** Append: the duplicates policy and match key (matchImport). */
  readonly match?: MatchChoice;
};

/** What the workbook holds that an import is checked against or appended to. */
export type ImportFacts = {
  readonly tables: Partial<
    Record<
      "Stages" | "Customers" | "Team" | "Cadences" | "ServiceLevels" | "Contracts" | ImportTarget,
      ImportTableContents
    >
  >;
  /** Whether set-up's Cadences table exists. */
  readonly cadences: boolean;
  /** Per existing target table, which columns are formatted as Text. */
  readonly textColumns: Partial<Record<ImportTarget, readonly boolean[]>>;
  /** An import that did not finish, if one is recorded (its appended rows are not "already there"). */
  readonly pending?: UnfinishedImport | null;
};

/**
 * The input planImport plans a wizard's import from: the source's cells, the user's choices, and
 * the workbook's Stages (known stages), Customers (duplicates), Contracts and Deals (the IDs
 * imported rows name), Cadences and target table
 * (appending, with its Text columns), and any unfinished import.
 *
 * @param source - the rows read
 * @param choices - header row, target, mapping, mode and stage mapping
 * @param facts - the workbook's tables
 * @param language - the workbook's language
 * @returns the plan input
 *
 * @example
 * importPlanInput(source, { headerRow: 0, target: "Customers", mapping: ["Company"], mode: "new-sheet", stageMapping: {} },
 *   { tables: {}, cadences: false, textColumns: {} }, "en-US").source.kind
 * //=> "range"
 */
export function importPlanInput(
  source: ImportSource,
  choices: ImportChoices,
  facts: ImportFacts,
  language: WorkbookLanguage,
): ImportPlanInput {
  const { target } = choices;
  const table = facts.tables[target];
  return {
    source: {
      values: source.values,
      formulas: source.formulas,
      numberFormats: source.numberFormats,
      top: source.top,
      left: source.left,
      kind: source.kind === "csv" ? "csv" : "range",
      csv: source.csv,
    },
    headerRow: choices.headerRow,
    mapping: choices.mapping,
    target,
    mode: choices.mode,
    language,
    stageMapping: choices.stageMapping,
    stages: facts.tables.Stages,
    customers: facts.tables.Customers,
    cadences: facts.cadences,
    contracts: facts.tables.Contracts,
    deals: facts.tables.Deals,
    serviceLevels: facts.tables.ServiceLevels,
    table: table && { ...table, textColumns: facts.textColumns[target] },
    pending: facts.pending,
    checked: checkedLists(choices, facts, language),
    match: choices.match,
  };
}

/**
 * The lists Owner, Tier and Method are checked against: what the workbook's Team, Cadences and
 * method list hold, plus the reps the user chose to add (the write adds them; tiers and methods are fixed lists), with the user's
 * mapping of the others. A field whose list the workbook lacks is not checked.
 */
function checkedLists(
  choices: ImportChoices,
  facts: ImportFacts,
  language: WorkbookLanguage,
): ImportContext["checked"] {
  const checked: Record<string, { known: string[]; mapping: Readonly<Record<string, string>> }> = {};
  for (const field of checkedFieldsOf(choices.target)) {
    if (field === "Stage") continue;
    const known = knownFieldValues(field, facts.tables, language, choices.target);
    if (!known) continue;
    const chosen = choices.valueChoices?.[field] ?? {};
    checked[field] = { known: [...known, ...addedValuesOf(field, chosen)], mapping: valueMappingOf(chosen) };
  }
  return checked;
}
