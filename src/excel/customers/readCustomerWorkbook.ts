import type { Cell } from "@core/cells/cell";
import { rangeBounds } from "@core/setup/rangeBounds";
import { columnIndex } from "@core/workbook/columnIndex";
import {
  findTableName,
  settingKeys,
  tableSpec,
  workbookLanguages,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import type { TableData, TablesData } from "../tables/readTables";

/** The tables the Customers area reads. */
export const customerTableNames: readonly TableName[] = ["Customers", "Deals", "Activities", "Team", "Stages"];

/** What the Customers area reads from the workbook in one round trip. */
export type CustomerWorkbook = {
  readonly tables: TablesData;
  /** Data rows of the Cadences table; absent when the workbook has none (the defaults apply). */
  readonly cadenceRows?: readonly (readonly Cell[])[];
  /** Data rows of the PoolRules table; absent when the manager never saved rules (the defaults apply). */
  readonly poolRuleRows?: readonly (readonly Cell[])[];
  /** The workbook's language: the one set-up recorded, else the one its Customers headers are in. */
  readonly language: WorkbookLanguage;
};

function languageOfHeaders(headers: readonly string[]): WorkbookLanguage {
  const zh = new Set(tableSpec("Customers").columns.map((column) => column.header["zh-CN"]));
  return headers.some((header) => zh.has(header.trim())) ? "zh-CN" : "en-US";
}

/**
 * Reads Customers, Deals, Activities, Team, Stages, the Cadences table and the PoolRules table —
 * whichever exist — with their values and places in one round trip after listing the tables (as
 * readTables does, plus the two configuration tables it does not know).
 *
 * @returns the tables, configuration rows and workbook language, or the Office failure
 * @example
 * const read = await readCustomerWorkbook();
 * if (read.ok) read.value.tables.Customers?.rows.length //=> 300
 */
export function readCustomerWorkbook(): Promise<ExcelResult<CustomerWorkbook>> {
  return runExcel(async (context) => {
    const all = context.workbook.tables;
    all.load("items/name");
    const setting = context.workbook.settings.getItemOrNullObject(settingKeys.language);
    setting.load("value");
    await context.sync();

    const wanted = new Set(customerTableNames);
    const loads = all.items.flatMap((table) => {
      const name = findTableName(table.name);
      const config = name === "Cadences" ? "cadence" : name === "PoolRules" ? "poolRules" : undefined;
      if (!config && !(name && wanted.has(name))) return [];
      const range = table.getRange();
      range.load("address,values");
      table.worksheet.load("name");
      return [{ name, config, table, range }];
    });
    if (loads.length > 0) await context.sync();

    const tables: TablesData = {};
    let cadenceRows: Cell[][] | undefined;
    let poolRuleRows: Cell[][] | undefined;
    for (const { name, config, table, range } of loads) {
      const [headerRow = [], ...rows] = range.values as Cell[][];
      if (config === "cadence") cadenceRows = rows;
      else if (config === "poolRules") poolRuleRows = rows;
      else if (name) {
        const headers = headerRow.map((header) => String(header ?? ""));
        const bounds = rangeBounds(range.address) ?? { top: 0, left: 0 };
        const data: TableData = {
          name,
          sheet: table.worksheet.name,
          address: range.address.slice(range.address.lastIndexOf("!") + 1),
          headerRow: bounds.top,
          firstColumn: bounds.left,
          headers,
          columns: columnIndex(name, headers),
          rows,
        };
        tables[name] = data;
      }
    }
    const recorded = setting.isNullObject ? undefined : workbookLanguages.find((l) => l === setting.value);
    const language = recorded ?? languageOfHeaders(tables.Customers?.headers ?? []);
    return {
      tables,
      ...(cadenceRows ? { cadenceRows } : {}),
      ...(poolRuleRows ? { poolRuleRows } : {}),
      language,
    };
  });
}
