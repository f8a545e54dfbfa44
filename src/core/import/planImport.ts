import type { Cell, Matrix } from "@core/cells/cell";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { StageMapping } from "@core/import/applyStageMapping";
import { alreadyImported, type PendingAppend } from "@core/import/alreadyImported";
import { assignRecordIds } from "@core/import/assignRecordIds";
import { matchImport, settledRows, type ImportMatches, type MatchChoice } from "@core/import/matchImport";
import { recordIdColumns } from "@core/workbook/recordIds";
import { appendLayout } from "@core/import/appendLayout";
import { dominantFormat } from "@core/import/dominantFormat";
import { csvProblems, type CsvFacts } from "@core/import/csvProblems";
import type { ImportTarget } from "@core/import/importColumns";
import { inPlaceLayout } from "@core/import/inPlaceLayout";
import { knownStageNames } from "@core/import/knownStageNames";
import { newSheetLayout } from "@core/import/newSheetLayout";
import type { DateOrder } from "@core/cells/parseImportDate";
import type { ImportMapping } from "@core/import/proposeMapping";
import type { ImportMode, TableLayout } from "@core/import/tableLayout";
import { knownReferences } from "@core/import/unknownReferences";
import { validateRows, type ImportContext, type ImportResult } from "@core/import/validateRows";
import { widestRow } from "@core/cells/widestRow";

/** A SalesGrid table as the plan needs it: its header row, where its schema columns are, its rows. */
export type ImportTableContents = {
  readonly headers: readonly string[];
  readonly columns: ColumnIndex;
  readonly rows: readonly (readonly Cell[])[];
  /** Which columns are formatted as Text (`@`), for appending. */
  readonly textColumns?: readonly boolean[];
};

/** Everything an import is planned from: the source, the user's choices and the workbook's facts. */
export type ImportPlanInput = {
  /** The source cells (a sheet block or a parsed CSV file) and where they sit (0-based). */
  readonly source: {
    readonly values: Matrix;
    readonly formulas?: readonly (readonly unknown[])[];
    readonly numberFormats?: readonly (readonly string[])[];
    readonly top: number;
    readonly left: number;
    readonly kind: "range" | "csv";
    /** A CSV file: what reading it found (quoting errors, rows' lines, lines in another encoding). */
    readonly csv?: CsvFacts;
  };
  /** Index in `source.values` of the header row (see detectHeaderRow). */
  readonly headerRow: number;
  readonly mapping: ImportMapping;
  readonly target: ImportTarget;
  readonly mode: ImportMode;
  readonly language: WorkbookLanguage;
  readonly stageMapping?: StageMapping;
  readonly dateOrders?: Readonly<Record<string, DateOrder>>;
  /** The workbook's Stages table (known stages; the Deals formulas look probabilities up there). */
  readonly stages?: ImportTableContents;
  /** The workbook's Customers table (duplicate checks, 查重). */
  readonly customers?: ImportTableContents;
  /** Whether the workbook has set-up's Cadences table (NextContact then reads it). */
  readonly cadences?: boolean;
  /**
   * The workbook's Contracts and Deals tables (their ContractID and DealID columns): the IDs an
   * imported payment, follow-up or ticket names are checked against; absent, not checked.
   */
  readonly contracts?: Pick<ImportTableContents, "columns" | "rows">;
  readonly deals?: Pick<ImportTableContents, "columns" | "rows">;
  /** The workbook's ServiceLevels table (Service[DueBy] looks the days to resolve up there). */
  readonly serviceLevels?: ImportTableContents;
  /** Append: the target table as it stands. */
  readonly table?: ImportTableContents;
  /** The workbook's record of an unfinished import: rows it appended are its own, not "already there". */
  readonly pending?: PendingAppend | null;
  /** Owner, Tier, Method: the values their lists hold and the user's mapping (see importPlanInput). */
  readonly checked?: ImportContext["checked"];
  /** Append: what to do with rows matching the table's, and by which key (without it, add them all). */
  readonly match?: MatchChoice;
};

/**
 * What validation found, and what the writer will write; for an append with a duplicates policy,
 * also what matching found (the rows an update changes, the rows left out and why).
 */
export type ImportPlan = {
  readonly result: ImportResult;
  readonly layout: TableLayout;
  readonly matches?: ImportMatches;
};

/** The ID column of a target that has one. */
function idKey(target: string): string | undefined {
  return (recordIdColumns as Record<string, { key: string } | undefined>)[target]?.key;
}

function column(table: ImportTableContents | undefined, key: string): Cell[] {
  const at = table?.columns[key] ?? -1;
  return at < 0 || !table ? [] : table.rows.map((row) => row[at] ?? null);
}

/**
 * Plans an import from start to end, in core: checks a CSV file as a file (quoting, field counts,
 * encoding; csvProblems), validates the rows under the header row (row numbers as in the source
 * sheet or file), checks customers against the workbook's for duplicates and the ContractIDs and
 * DealIDs of payments, follow-ups and tickets against Contracts and Deals, leaves out of an append
 * the rows the table already holds (alreadyImported: a second run never adds a row twice), matches
 * an append against the table by the user's key and policy (matchImport: skip, update or add),
 * gives new customers and deals IDs continuing the workbook's sequence (assignRecordIds), and
 * lays the result out for the chosen mode (newSheetLayout, appendLayout or inPlaceLayout). The
 * pane previews the plan, the writer writes it, and the bench measures the same path.
 *
 * @param input - the source, the user's choices, the workbook's tables
 * @returns the validation result and the layout
 *
 * @example
 * planImport({ source: { values: [["Company"], ["Acme"]], top: 0, left: 0, kind: "range" }, headerRow: 0,
 *   mapping: ["Company"], target: "Customers", mode: "new-sheet", language: "en-US" }).layout.rows.length
 * //=> 1
 */
export function planImport(input: ImportPlanInput): ImportPlan {
  const { source, headerRow, mapping, target, language } = input;
  const headers = source.values[headerRow] ?? [];
  const rows = source.values.slice(headerRow + 1);
  const knownStages = knownStageNames(input.stages);
  const existing =
    target === "Customers" && input.customers
      ? {
          names: [...column(input.customers, "Company"), ...column(input.customers, "Name")],
          phones: column(input.customers, "Phone"),
        }
      : undefined;
  const validated = validateRows(rows, mapping, target, {
    knownStages,
    existing,
    stageMapping: input.stageMapping,
    headers,
    firstRow: source.top + headerRow + 2,
    language,
    source: source.kind,
    dateOrders: input.dateOrders,
    checked: input.checked,
    references: knownReferences({ Contracts: input.contracts, Deals: input.deals }),
  });
  const fileProblems = source.csv ? csvProblems(source.values, source.csv, headerRow) : [];
  const checked: ImportResult =
    fileProblems.length === 0
      ? validated
      : { ...validated, problems: [...fileProblems, ...validated.problems].sort((a, b) => a.row - b.row) };
  const headerIn = (table: ImportTableContents | undefined) => (key: string) => {
    const at = table?.columns[key] ?? -1;
    return at >= 0 && table ? table.headers[at] : key;
  };
  const stagesHeader = headerIn(input.stages);
  const serviceLevelsHeader = headerIn(input.serviceLevels);
  const config = {
    stages: input.stages !== undefined,
    cadences: input.cadences === true,
    serviceLevels: input.serviceLevels !== undefined,
  };
  const width = widestRow(source.values);
  const sourceFormats = Array.from({ length: width }, (_, index) =>
    source.numberFormats
      ? dominantFormat(
          rows.map((row) => row[index]),
          source.numberFormats.slice(headerRow + 1).map((row) => row[index]),
        )
      : undefined,
  );
  switch (input.mode) {
    case "new-sheet": {
      const key = idKey(target);
      const result = assignRecordIds(
        checked,
        target,
        [],
        key ? checked.rows.map((row) => row.values[key] ?? null) : [],
      );
      return {
        result,
        layout: newSheetLayout(result, {
          target,
          headers,
          language,
          stagesHeader,
          serviceLevelsHeader,
          sourceFormats,
          config,
        }),
      };
    }
    case "append": {
      const table = input.table ?? { headers: [], columns: {}, rows: [] };
      // Matching first (an update of a row the table holds must not be left out as "already
      // imported"), then the rows left to add lose those the table holds as they are.
      const settled = settledRows(target, table.rows.length, input.pending);
      const matching = input.match
        ? matchImport(checked, target, table, input.match, settled)
        : { result: checked, matches: undefined };
      const matched = { ...matching, result: alreadyImported(matching.result, target, table, input.pending) };
      const key = idKey(target);
      const at = key ? (table.columns[key] ?? -1) : -1;
      const taken = at < 0 ? [] : table.rows.filter((_, index) => settled(index)).map((row) => row[at] ?? null);
      const sourceIds = key ? checked.rows.map((row) => row.values[key] ?? null) : [];
      // A table without its ID column (the user removed it) gets none added.
      const result = at < 0 ? matched.result : assignRecordIds(matched.result, target, taken, sourceIds);
      const layout = appendLayout(result, {
        target,
        headers,
        language,
        table: {
          headers: table.headers,
          columns: table.columns,
          rowCount: table.rows.length,
          textColumns: table.textColumns,
        },
        sourceFormats,
      });
      return matched.matches ? { result, layout, matches: matched.matches } : { result, layout };
    }
    case "in-place": {
      const result = checked;
      return {
        result,
        layout: inPlaceLayout(result, {
          target,
          language,
          values: source.values,
          formulas: source.formulas,
          numberFormats: source.numberFormats,
          top: source.top,
          left: source.left,
          headerRow,
          mapping,
          stagesHeader,
          serviceLevelsHeader,
          config,
        }),
      };
    }
  }
}
