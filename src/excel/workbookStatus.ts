import { everyColumn, type MissingColumn } from "@core/workbook/areaColumns";
import { forecastUpgradeNeeded } from "@core/setup/forecastUpgrade";
import { periodPlanUpgradeNeeded } from "@core/setup/periodPlanUpgrade";
import { collectionsUpgradeNeeded } from "@core/setup/collectionsUpgrade";
import { columnIndex } from "@core/workbook/columnIndex";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import {
  findTableName,
  settingKeys,
  tableNames,
  workbookLanguages,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { runExcel } from "./runExcel";
import type { ExcelResult } from "./excelFailure";

export type PresentTable = {
  readonly name: TableName;
  readonly present: true;
  /** The sheet the table lives on (its name may be localized or renamed by the user). */
  readonly sheet: string;
  /** Data rows, header excluded. */
  readonly rowCount: number;
  /** The schema's columns its header row lacks (renamed or removed), headers in its own language. */
  readonly missingColumns: readonly MissingColumn[];
};

export type MissingTable = { readonly name: TableName; readonly present: false };

export type TableStatus = PresentTable | MissingTable;

/** Which SalesGrid tables the active workbook holds, and what the add-in recorded about it. */
export type WorkbookStatus = {
  /** One entry per SalesGrid table, in schema order. */
  readonly tables: readonly TableStatus[];
  /** `salesgrid.schemaVersion` from workbook.settings, or null when the add-in never set it up. */
  readonly schemaVersion: number | null;
  /** `salesgrid.language` from workbook.settings, or null when unset or unknown. */
  readonly language: WorkbookLanguage | null;
  /**
   * True when Deals predates the forecast formula (no ForecastOverride column, or recorded at an
   * older schema version): the Workbook area offers upgradeForecast.
   */
  readonly forecastUpgrade: boolean;
  /** Whether KpiWeights or Targets predates per-period KPI plans and the Pace column (periodPlanUpgradeNeeded). */
  readonly periodPlanUpgrade: boolean;
  /**
   * Whether Deals[Collected] still holds typed amounts, not the live sum of Payments (or the
   * recorded version predates 4): the Workbook area offers upgradeCollections.
   */
  readonly collectionsUpgrade: boolean;
};

type FoundTable = Omit<PresentTable, "name" | "present">;

function toSchemaVersion(value: unknown): number | null {
  const version = typeof value === "string" ? Number(value) : value;
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : null;
}

function toLanguage(value: unknown): WorkbookLanguage | null {
  return workbookLanguages.find((language) => language === value) ?? null;
}

/**
 * Reads which SalesGrid tables exist in the active workbook (matched by table name, as Excel
 * does: case-insensitively), where they live, how many rows they hold and which schema columns
 * their headers lack, plus the settings the add-in records and whether Deals needs the forecast
 * upgrade. One `context.sync()`, loading only the properties read, and one more when Deals has
 * rows and a Collected column: its first cell's formula says whether it is the live sum yet.
 *
 * @returns the status, or the Office failure
 * @example
 * await readWorkbookStatus()
 * //=> { ok: true, value: { tables: [{ name: "Stages", present: true, sheet: "Setup", rowCount: 7, missingColumns: [] }, { name: "Customers", present: false }, …], schemaVersion: 2, language: "en-US", forecastUpgrade: false, periodPlanUpgrade: false, collectionsUpgrade: false } }
 */
export function readWorkbookStatus(): Promise<ExcelResult<WorkbookStatus>> {
  return runExcel(async (context) => {
    const workbookTables = context.workbook.tables;
    workbookTables.load("items/name,items/worksheet/name,items/rows/count,items/columns/items/name");
    const versionSetting = context.workbook.settings.getItemOrNullObject(settingKeys.schemaVersion);
    versionSetting.load("value");
    const languageSetting = context.workbook.settings.getItemOrNullObject(settingKeys.language);
    languageSetting.load("value");
    await context.sync();

    const found = new Map<TableName, FoundTable>();
    let deals: { present: boolean; hasOverride: boolean } = { present: false, hasOverride: false };
    let collectedCell: Excel.Range | null = null;
    let hasCollected = false;
    const periodPlans = {
      kpiWeights: { present: false, hasPeriodLength: false },
      targets: { present: false, hasPace: false },
    };
    for (const table of workbookTables.items) {
      const name = findTableName(table.name);
      if (!name) continue;
      const headers = table.columns.items.map((column) => column.name);
      const missingColumns = missingColumnsIn({ [name]: everyColumn(name) }, { [name]: { headers } });
      if (name === "Deals") {
        const at = columnIndex("Deals", headers);
        deals = { present: true, hasOverride: at.ForecastOverride >= 0 };
        hasCollected = at.Collected >= 0;
        if (hasCollected && table.rows.count > 0) {
          collectedCell = table.columns.getItemAt(at.Collected).getDataBodyRange().getCell(0, 0).load("formulas");
        }
      }
      if (name === "KpiWeights")
        periodPlans.kpiWeights = { present: true, hasPeriodLength: columnIndex(name, headers).PeriodLength >= 0 };
      if (name === "Targets") periodPlans.targets = { present: true, hasPace: columnIndex(name, headers).Pace >= 0 };
      found.set(name, { sheet: table.worksheet.name, rowCount: table.rows.count, missingColumns });
    }
    const tables = tableNames.map((name): TableStatus => {
      const table = found.get(name);
      return table ? { name, present: true, ...table } : { name, present: false };
    });
    const schemaVersion = versionSetting.isNullObject ? null : toSchemaVersion(versionSetting.value);
    let collectedIsFormula = true;
    if (collectedCell) {
      await context.sync();
      collectedIsFormula = /^=.*payments\[/i.test(String((collectedCell as Excel.Range).formulas[0][0] ?? ""));
    }
    return {
      tables,
      schemaVersion,
      language: languageSetting.isNullObject ? null : toLanguage(languageSetting.value),
      forecastUpgrade: forecastUpgradeNeeded(deals, schemaVersion),
      periodPlanUpgrade: periodPlanUpgradeNeeded(periodPlans),
      collectionsUpgrade: collectionsUpgradeNeeded(
        { deals: { present: deals.present, hasCollected, collectedIsFormula } },
        schemaVersion,
      ),
    };
  });
}
