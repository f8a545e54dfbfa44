import {
  tableHeaders,
  tableSpec,
  workbookLanguages,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { columnIndex } from "@core/workbook/columnIndex";
import type { SetupHeaderLookup, PlannedTable } from "@core/setup/formulaColumns";
import type { SampleRecord } from "@core/setup/setupRecord";
import type { FoundSetupTable, SetupState } from "@core/setup/setupState";
import { setupTableNames } from "@core/setup/setupTables";
import { sampleTables } from "@core/setup/tableRows";
import { neededNames, type WorkbookName } from "@core/setup/workbookNames";

/** What the user asks of set-up. */
export type SetupRequest = {
  /** The language for a new workbook (a workbook set up before keeps its own). */
  readonly language: WorkbookLanguage;
  /** Whether to fill the new tables with sample data. */
  readonly sample: boolean;
  /** Today's serial: sample history ends here. */
  readonly today: number;
  /** Sample seed (default 1) and number of customers (default 300). */
  readonly seed?: number;
  readonly customers?: number;
};

/** What set-up will do with one table. */
export type TablePlan =
  | {
      readonly action: "create";
      readonly table: TableName;
      readonly sheet: string;
      /** True when the sheet does not exist yet. */
      readonly newSheet: boolean;
      readonly headerRow: number;
      readonly firstColumn: number;
      readonly headers: readonly string[];
      /** Rows written with it: the default stages/cadence, sample data, or none. */
      readonly rows: "fixed" | "sample" | "none";
    }
  | {
      /** A table an interrupted set-up created: add its missing sample rows, then its lists and formats. */
      readonly action: "complete";
      readonly table: TableName;
      readonly existing: FoundSetupTable;
      readonly sample: boolean;
    }
  | {
      readonly action: "keep";
      readonly table: TableName;
      readonly existing: FoundSetupTable;
      /** Schema columns its header row lacks (kept as the user has it). */
      readonly missingColumns: readonly string[];
    }
  | {
      /** A workbook name already uses the table's name, so Excel cannot give it to a table. */
      readonly action: "skip";
      readonly table: TableName;
      readonly reason: "name-taken";
    };

export type SamplePlan =
  | { readonly kind: "none" }
  | { readonly kind: "write"; readonly record: SampleRecord; readonly resume: boolean }
  /** Asked for, but the workbook already holds data tables: sample rows would mix with real ones. */
  | { readonly kind: "unavailable"; readonly tables: readonly TableName[] };

export type SetupPlan = {
  readonly language: WorkbookLanguage;
  /** True when the workbook already has a language (recorded, or its tables' headers). */
  readonly languageLocked: boolean;
  readonly tables: readonly TablePlan[];
  readonly sample: SamplePlan;
  /** Workbook names to define (see workbookNames.ts). */
  readonly names: readonly WorkbookName[];
  /** Names available once the names are added (for lists and conditional formats). */
  readonly availableNames: readonly string[];
  /** Each table as it will stand: its name in the workbook and its headers. */
  readonly written: Partial<Record<TableName, PlannedTable>>;
  /** Whether there is anything to create or finish. */
  readonly hasWork: boolean;
};

const DEFAULT_SEED = 1;
const DEFAULT_CUSTOMERS = 300;

function headerLanguage(tables: readonly FoundSetupTable[]): WorkbookLanguage | null {
  const score = Object.fromEntries(workbookLanguages.map((language) => [language, 0])) as Record<
    WorkbookLanguage,
    number
  >;
  for (const existing of tables) {
    if (existing.table === "Cadences") continue;
    for (const language of workbookLanguages) {
      const expected = new Set(tableHeaders(existing.table, language).map((header) => header.toLowerCase()));
      score[language] += existing.headers.filter((header) => expected.has(header.trim().toLowerCase())).length;
    }
  }
  const en = score["en-US"];
  const zh = score["zh-CN"];
  return zh > en ? "zh-CN" : en > zh ? "en-US" : null;
}

/**
 * Plans a set-up from what the workbook holds: tables are created only where their role is
 * empty, a table an interrupted set-up left behind is completed, every other table is kept as it
 * is (with the schema columns it lacks listed, never added over the user's). A new table goes to
 * its sheet in the workbook's language, at A1 of a new or empty sheet, else to the right of the
 * sheet's values with one blank column between, so no value is overwritten. Sample data goes
 * only into tables created now; when the workbook already holds Customers, Deals, Activities or
 * Team, it is unavailable (it would mix with real rows).
 *
 * @param state - what the workbook holds
 * @param request - language, sample data, today
 * @returns the plan, for the pane's preview and for the writer
 * @example
 * planSetup(emptyState, { language: "zh-CN", sample: true, today: 45657 }).tables[0]
 * //=> { action: "create", table: "Stages", sheet: "设置", newSheet: true, headerRow: 0, firstColumn: 0, headers: [...], rows: "fixed" }
 */
export function planSetup(state: SetupState, request: SetupRequest): SetupPlan {
  const recordedLanguage = state.record.language ?? headerLanguage(state.tables);
  const language = recordedLanguage ?? request.language;
  const existing = new Map(state.tables.map((table) => [table.table, table]));
  const takenNames = new Set(state.names.map((name) => name.toLowerCase()));

  const incomplete = (table: TableName) => existing.has(table) && state.record.tables[table]?.complete === false;
  const realData = sampleTables.filter((table) => existing.has(table) && !incomplete(table));
  const resuming = sampleTables.some(incomplete) && state.record.sample !== null;
  let sample: SamplePlan = { kind: "none" };
  if (request.sample && realData.length > 0) sample = { kind: "unavailable", tables: realData };
  else if (request.sample) {
    const record = resuming
      ? state.record.sample!
      : { seed: request.seed ?? DEFAULT_SEED, today: request.today, customers: request.customers ?? DEFAULT_CUSTOMERS };
    sample = { kind: "write", record, resume: resuming };
  }

  const nextColumn = new Map<string, number>();
  const sheetKey = (name: string) => name.toLowerCase();
  for (const sheet of state.sheets) {
    nextColumn.set(sheetKey(sheet.name), sheet.lastUsedColumn === null ? 0 : sheet.lastUsedColumn + 2);
  }

  const tables = setupTableNames.map((table): TablePlan => {
    const found = existing.get(table);
    if (found && incomplete(table)) {
      return {
        action: "complete",
        table,
        existing: found,
        sample: sample.kind === "write" && sampleTables.includes(table),
      };
    }
    if (found) {
      const index = columnIndex(table, found.headers);
      const missingColumns = tableSpec(table)
        .columns.filter((c) => index[c.key] < 0)
        .map((c) => c.key);
      return { action: "keep", table, existing: found, missingColumns };
    }
    if (takenNames.has(table.toLowerCase())) return { action: "skip", table, reason: "name-taken" };
    const sheet = tableSpec(table).sheet[language];
    const key = sheetKey(sheet);
    const workbookSheet = state.sheets.find((candidate) => sheetKey(candidate.name) === key);
    const firstColumn = nextColumn.get(key) ?? 0;
    const headers = tableHeaders(table, language);
    nextColumn.set(key, firstColumn + headers.length + 1);
    const rows =
      table === "Stages" || table === "Cadences" || table === "ServiceLevels"
        ? "fixed"
        : sample.kind === "write" && sampleTables.includes(table)
          ? "sample"
          : "none";
    return {
      action: "create",
      table,
      sheet: workbookSheet?.name ?? sheet,
      newSheet: !workbookSheet,
      headerRow: 0,
      firstColumn,
      headers,
      rows,
    };
  });

  const written: Partial<Record<TableName, PlannedTable>> = {};
  for (const plan of tables) {
    if (plan.action === "create") written[plan.table] = { name: plan.table, headers: plan.headers };
    else if (plan.action !== "skip") {
      written[plan.table] = { name: plan.existing.workbookName, headers: plan.existing.headers };
    }
  }
  const lookup = headerLookup(written);
  const names = neededNames(lookup).filter((name) => !takenNames.has(name.name.toLowerCase()));
  const hasWork = tables.some((plan) => plan.action === "create" || plan.action === "complete") || names.length > 0;
  return {
    language,
    languageLocked: recordedLanguage !== null,
    tables,
    sample,
    names,
    availableNames: [...state.names, ...names.map((name) => name.name)],
    written,
    hasWork,
  };
}

/**
 * Looks tables and schema columns up in the tables as they will stand.
 *
 * @example
 * headerLookup({ Deals: { name: "Deals", headers: ["DealID", "金额"] } }).header("Deals", "Amount") //=> "金额"
 */
export function headerLookup(written: Partial<Record<TableName, PlannedTable>>): SetupHeaderLookup {
  return {
    table: (name) => written[name],
    header: (name, key) => {
      const table = written[name];
      if (!table) return undefined;
      const at = columnIndex(name, table.headers)[key];
      return at === undefined || at < 0 ? undefined : table.headers[at];
    },
  };
}
