import type { Cell } from "@core/cells/cell";
import { customerColumns } from "@core/customers/customerColumns";
import type { MissingColumn } from "@core/workbook/areaColumns";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import {
  settingKeys,
  tableSpec,
  workbookLanguages,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTablesIn, type TablesData } from "../tables/readTables";

/** The tables the Customers area reads. */
export const customerTableNames: readonly TableName[] = ["Customers", "Deals", "Activities", "Team", "Stages"];

/** Every table the Customers area reads: its own tables, the Cadences and PoolRules settings and the Service tickets (the profile lists a customer's). */
export const customerAreaTableNames: readonly TableName[] = [...customerTableNames, "Cadences", "PoolRules", "Service"];

/** What the Customers area reads from the workbook in one round trip. */
export type CustomerWorkbook = {
  readonly tables: TablesData;
  /** Data rows of the Cadences table; absent when the workbook has none (the defaults apply). */
  readonly cadenceRows?: readonly (readonly Cell[])[];
  /** Data rows of the PoolRules table; absent when the manager never saved rules (the defaults apply). */
  readonly poolRuleRows?: readonly (readonly Cell[])[];
  /** The Service table's header and rows (the profile's tickets); absent when the workbook has none. */
  readonly service?: { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] };
  /** The workbook's language: the one set-up recorded, else the one its Customers headers are in. */
  readonly language: WorkbookLanguage;
  /** Required columns the tables lack (customerColumns): the area names them instead of its figures. */
  readonly missingColumns?: readonly MissingColumn[];
};

function languageOfHeaders(headers: readonly string[]): WorkbookLanguage {
  const zh = new Set(tableSpec("Customers").columns.map((column) => column.header["zh-CN"]));
  return headers.some((header) => zh.has(header.trim())) ? "zh-CN" : "en-US";
}

/** The language set-up recorded, from a synced setting (readTablesIn's first sync carried its load). */
function recordedLanguage(setting: Excel.Setting): WorkbookLanguage | undefined {
  return setting.isNullObject ? undefined : workbookLanguages.find((l) => l === setting.value);
}

/**
 * Reads Customers, Deals, Activities, Team, Stages, the Cadences table, the PoolRules table and the
 * Service tickets (the columns a profile lists) —
 * whichever exist — with readTablesIn: one sync opens them (with the language setting), then
 * pages sized by bytes load only the columns of customerColumns (the two configuration tables
 * whole).
 *
 * @returns the tables, configuration rows and workbook language, or the Office failure
 * @example
 * const read = await readCustomerWorkbook();
 * if (read.ok) read.value.tables.Customers?.rows.length //=> 300
 */
export function readCustomerWorkbook(): Promise<ExcelResult<CustomerWorkbook>> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(settingKeys.language);
    setting.load("value");
    const read = await readTablesIn(context, customerAreaTableNames, customerColumns.read);
    const tables: TablesData = {};
    for (const name of customerTableNames) {
      const table = read[name];
      if (table) tables[name] = table;
    }
    const cadenceRows = read.Cadences?.rows;
    const poolRuleRows = read.PoolRules?.rows;
    const service = read.Service ? { headers: read.Service.headers, rows: read.Service.rows } : undefined;
    const language = recordedLanguage(setting) ?? languageOfHeaders(tables.Customers?.headers ?? []);
    const missingColumns = missingColumnsIn(customerColumns.required, tables);
    return {
      tables,
      ...(cadenceRows ? { cadenceRows } : {}),
      ...(poolRuleRows ? { poolRuleRows } : {}),
      ...(service ? { service } : {}),
      language,
      ...(missingColumns.length > 0 ? { missingColumns } : {}),
    };
  });
}
