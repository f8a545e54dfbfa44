import { importTargets, type ImportTarget } from "@core/import/importColumns";
import { importTableColumns } from "@core/import/importTableColumns";
import { settingKeys, workbookLanguages, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTables, type TablesData } from "../tables/readTables";
import { toSavedMappings, type SavedMappings } from "@core/import/savedMappings";
import { pendingImportKey, toPendingImport, type PendingImport } from "./pendingImport";
import { savedMappingsKey } from "./savedMappingsKey";

/** What the import wizard needs to know about the workbook before it maps and validates. */
export type ImportWorkbook = {
  /** The workbook's language: recorded by set-up, else read off existing SalesGrid headers; null when unknown. */
  readonly language: WorkbookLanguage | null;
  /**
   * Stages (known stages), Customers (duplicate checks), Contracts (the ContractIDs imported
   * payments are checked against), and the targets that already exist: only
   * the columns of importTableColumns hold values, the others read as "".
   */
  readonly tables: TablesData;
  /** The worksheets, in order, for the "a whole sheet" source. */
  readonly sheets: readonly string[];
  /** Whether set-up's Cadences table exists (Customers.NextContact reads the tier cadence there). */
  readonly cadences: boolean;
  /**
   * Per existing target table, which columns are formatted as Text (`@`, as set-up formats IDs and
   * phones), read from its first data row: values go into them as typed.
   */
  readonly textColumns: Partial<Record<ImportTarget, boolean[]>>;
  /** An import that did not finish, if one is recorded. */
  readonly pending: PendingImport | null;
  /** The column mappings earlier imports were written with, by source header set. */
  readonly savedMappings?: SavedMappings;
};

const HAN = /\p{Script=Han}/u;

/**
 * Reads the workbook facts the import wizard uses: the SalesGrid tables it validates against or
 * appends to (readTables: only the columns of importTableColumns, in pages sized by bytes), the
 * sheet names, the recorded language, any unfinished import and the saved column mappings (one
 * more round trip). Team and Cadences are read for the reps and tiers imported values are checked against,
 * Contracts (its ContractID column, in the same paged read) and Deals for the IDs imported rows name.
 *
 * @returns the facts, or the Office failure
 */
export async function readImportWorkbook(): Promise<ExcelResult<ImportWorkbook>> {
  const tables = await readTables(
    [
      "Stages",
      "Customers",
      "Deals",
      "Activities",
      "Payments",
      "Service",
      "Team",
      "Cadences",
      "ServiceLevels",
      "Contracts",
    ],
    importTableColumns,
  );
  if (!tables.ok) return tables;
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const language = context.workbook.settings.getItemOrNullObject(settingKeys.language);
    language.load("value");
    const pending = context.workbook.settings.getItemOrNullObject(pendingImportKey);
    pending.load("value");
    const saved = context.workbook.settings.getItemOrNullObject(savedMappingsKey);
    saved.load("value");
    const cadences = context.workbook.tables.getItemOrNullObject("Cadences");
    cadences.load("name");
    const firstRows = importTargets
      .filter((name) => tables.value[name] !== undefined)
      .map((name) => {
        const row = context.workbook.tables.getItem(name).getDataBodyRange().getRow(0);
        row.load("numberFormat");
        return { name, row };
      });
    await context.sync();
    const textColumns: Partial<Record<ImportTarget, boolean[]>> = {};
    for (const { name, row } of firstRows) textColumns[name] = (row.numberFormat[0] ?? []).map((f) => f === "@");
    const recorded = language.isNullObject ? undefined : workbookLanguages.find((l) => l === language.value);
    const headers = Object.values(tables.value).flatMap((table) => table?.headers ?? []);
    const inferred: WorkbookLanguage | null =
      headers.length === 0 ? null : headers.some((header) => HAN.test(header)) ? "zh-CN" : "en-US";
    return {
      language: recorded ?? inferred,
      tables: tables.value,
      sheets: sheets.items.map((sheet) => sheet.name),
      cadences: !cadences.isNullObject,
      textColumns,
      pending: pending.isNullObject ? null : toPendingImport(pending.value),
      savedMappings: saved.isNullObject ? {} : toSavedMappings(saved.value),
    };
  });
}
