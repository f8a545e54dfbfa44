import type { Cell } from "@core/cells/cell";
import { serviceColumns } from "@core/service/serviceColumns";
import { serviceData, type ServiceData } from "@core/service/serviceData";
import type { MissingColumn } from "@core/workbook/areaColumns";
import { columnLetters } from "@core/workbook/columnLetters";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import { settingKeys, workbookLanguages, type TableName, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTablesIn, type TableData } from "../tables/readTables";

/** The tables the Service area reads (Cadences whole, for the return visit's cadence). */
export const serviceTableNames: readonly TableName[] = [
  "Service",
  "ServiceLevels",
  "Customers",
  "Deals",
  "Stages",
  "Team",
  "Cadences",
];

/** Where the Service table sits, to select a ticket's row. */
export type ServiceTablePlace = {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
};

/** What the Service area reads. */
export type ServiceWorkbook = {
  /** The facts; absent when the workbook has no Service table. */
  readonly data?: ServiceData;
  readonly serviceTable: ServiceTablePlace | null;
  /** Data rows of the Cadences table; absent when the workbook has none (the defaults apply). */
  readonly cadenceRows?: readonly (readonly Cell[])[];
  /** The workbook's language: the one set-up recorded, else the one its Service headers are in. */
  readonly language: WorkbookLanguage;
  readonly missingColumns?: readonly MissingColumn[];
};

function placeOf(table: TableData | undefined): ServiceTablePlace | null {
  if (!table) return null;
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    lastColumn: table.firstColumn + Math.max(table.headers.length, 1) - 1,
  };
}

/** The language set-up recorded, from a synced setting (readTablesIn's first sync carried its load). */
function recordedLanguage(setting: Excel.Setting): WorkbookLanguage | undefined {
  return setting.isNullObject ? undefined : workbookLanguages.find((l) => l === setting.value);
}

/**
 * The A1 address of a ticket's row in the Service table, from where the table sat when read.
 *
 * @example
 * ticketRowAddress({ sheet: "Service", headerRow: 0, firstColumn: 0, lastColumn: 11 }, 2) //=> "A4:L4"
 */
export function ticketRowAddress(place: ServiceTablePlace, row: number): string {
  const sheetRow = place.headerRow + 2 + row;
  return `${columnLetters(place.firstColumn)}${sheetRow}:${columnLetters(place.lastColumn)}${sheetRow}`;
}

/**
 * Reads Service, ServiceLevels, Customers, Deals, Stages, Team and Cadences (whichever exist,
 * headers in either language) in one round trip, only the columns of serviceColumns, paged by
 * bytes, as the Service area's facts.
 *
 * @returns the facts, where the Service table is and the workbook's language, or the Office failure
 * @example
 * const read = await readServiceWorkbook();
 * if (read.ok) read.value.data?.tickets.length //=> 24
 */
export function readServiceWorkbook(): Promise<ExcelResult<ServiceWorkbook>> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(settingKeys.language);
    setting.load("value");
    const read = await readTablesIn(context, serviceTableNames, serviceColumns.read);
    const recorded = recordedLanguage(setting);
    const language = recorded ?? (read.Service ? headerLanguage("Service", read.Service.headers) : "en-US");
    const missingColumns = missingColumnsIn(serviceColumns.required, read);
    const cadenceRows = read.Cadences?.rows;
    const base = {
      serviceTable: placeOf(read.Service),
      language,
      ...(cadenceRows ? { cadenceRows } : {}),
    };
    if (missingColumns.length > 0) return { ...base, missingColumns };
    if (!read.Service) return base;
    return { ...base, data: serviceData({ ...read, Service: read.Service }) };
  });
}
