import { headerLookup } from "@core/setup/planSetup";
import { columnFormula } from "@core/setup/formulaColumns";
import { FORECAST_FORMULA_VERSION, planForecastUpgrade } from "@core/setup/forecastUpgrade";
import { validationMessage } from "@core/setup/validationRules";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { columnNumberFormat } from "@core/workbook/numberFormat";
import { forecastCategoryChoices, settingKeys, tableSpec } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTablesIn } from "../tables/readTables";
import type { ChunkOptions } from "../write/writeInChunks";
import { writeKeyedRows } from "../write/writeKeyedRows";
import { everyCell } from "../write/everyCell";

/** What the forecast upgrade did. */
export type ForecastUpgradeOutcome =
  | {
      readonly kind: "upgraded";
      /** True when ForecastOverride was added to Deals (false when an earlier run added it). */
      readonly addedColumn: boolean;
      /** Deals whose typed category differed from their stage's and now sits in ForecastOverride. */
      readonly kept: number;
    }
  /** The workbook has no Deals table, or Deals or Stages lacks Stage or ForecastCategory: nothing written. */
  | { readonly kind: "missing"; readonly what: readonly string[] }
  /**
   * Some deals whose category had to be kept were deleted or kept moving while it was written:
   * their categories stay typed and the formula was not written, so nothing is lost; run it again.
   */
  | { readonly kind: "rows-changed"; readonly notWritten: readonly string[] };

const overrideSpec = tableSpec("Deals").columns.find((column) => column.key === "ForecastOverride")!;

/**
 * Upgrades a Deals table set up before its ForecastCategory became a formula: adds the
 * ForecastOverride column right after ForecastCategory (text format, the categories as a
 * drop-down), moves every typed category that differs from its stage's default there
 * (planForecastUpgrade; written by DealID and the category as read, so a row the manager moves
 * meanwhile gets its own), then, only when every one of them landed, writes the formula over the
 * whole ForecastCategory column as one value (a small request at any size), drops that column's
 * drop-down, and records the schema version. Running it again keeps the overrides written before.
 *
 * @param options - progress, cancel and request size for the override writes
 * @returns what was done, or the Office failure
 * @example
 * await upgradeForecast() //=> { ok: true, value: { kind: "upgraded", addedColumn: true, kept: 12 } }
 */
export function upgradeForecast(options: ChunkOptions = {}): Promise<ExcelResult<ForecastUpgradeOutcome>> {
  return runExcel(async (context): Promise<ForecastUpgradeOutcome> => {
    const version = context.workbook.settings.getItemOrNullObject(settingKeys.schemaVersion);
    version.load("value");
    const read = await readTablesIn(context, ["Deals", "Stages"], {
      Deals: ["DealID", "Stage", "ForecastCategory", "ForecastOverride"],
      Stages: ["Stage", "ForecastCategory"],
    });
    const deals = read.Deals;
    const stages = read.Stages;
    const missing = [
      ...(!deals
        ? ["Deals"]
        : ["Stage", "ForecastCategory"].filter((k) => deals.columns[k] < 0).map((k) => `Deals[${k}]`)),
      ...(!stages
        ? ["Stages"]
        : ["Stage", "ForecastCategory"].filter((k) => stages.columns[k] < 0).map((k) => `Stages[${k}]`)),
    ];
    if (!deals || !stages || missing.length > 0) return { kind: "missing", what: missing };

    const at = deals.columns;
    const cell = (column: number) => deals.rows.map((row) => row[column] ?? "");
    const plan = planForecastUpgrade({
      stages: cell(at.Stage),
      categories: cell(at.ForecastCategory),
      overrides: at.ForecastOverride < 0 ? null : cell(at.ForecastOverride),
      stageCategories: stages.rows.map((row) => [row[stages.columns.Stage], row[stages.columns.ForecastCategory]]),
    });
    const language = headerLanguage("Deals", deals.headers);
    const table = context.workbook.tables.getItem(deals.name);
    const addedColumn = at.ForecastOverride < 0;
    const overrideAt = addedColumn ? at.ForecastCategory + 1 : at.ForecastOverride;
    // Columns right of the new one move one place when it is added.
    const after = (column: number) => (addedColumn && column >= overrideAt ? column + 1 : column);
    const headers = [...deals.headers];
    if (addedColumn) {
      const header = overrideSpec.header[language];
      headers.splice(overrideAt, 0, header);
      table.columns.add(overrideAt, undefined, header);
      const body = table.columns.getItemAt(overrideAt).getDataBodyRange();
      body.numberFormat = everyCell(columnNumberFormat(overrideSpec));
      body.dataValidation.rule = {
        list: { inCellDropDown: true, source: forecastCategoryChoices.map((choice) => choice[language]).join(",") },
      };
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "SalesGrid",
        message: validationMessage[language],
      };
      await context.sync();
    }

    // Keyed by DealID (when the table has one) and the category as read: the cells being moved.
    const keyColumns = [...(at.DealID >= 0 ? [after(at.DealID)] : []), after(at.ForecastCategory)];
    const rows = plan.changedRows.map((row) => ({
      key: {
        columns: keyColumns,
        cells: [...(at.DealID >= 0 ? [deals.rows[row][at.DealID]] : []), deals.rows[row][at.ForecastCategory]],
      },
      cells: [plan.overrides[row]],
      row,
    }));
    const written = await writeKeyedRows(context, table, [overrideAt], rows, options);
    if (written.notWritten.length > 0 || written.cancelled) {
      return {
        kind: "rows-changed",
        notWritten: written.notWritten.map((i) => String(deals.rows[plan.changedRows[i]][Math.max(0, at.DealID)])),
      };
    }

    const formula = columnFormula(
      "Deals",
      "ForecastCategory",
      headerLookup({
        Deals: { name: deals.name, headers },
        Stages: { name: stages.name, headers: stages.headers },
      }),
    )!;
    const category = table.columns.getItemAt(after(at.ForecastCategory)).getDataBodyRange();
    // A list over a formula invites choosing from it, which would replace the formula.
    category.dataValidation.clear();
    category.formulas = everyCell(formula);
    if (version.isNullObject || Number(version.value) < FORECAST_FORMULA_VERSION) {
      context.workbook.settings.add(settingKeys.schemaVersion, FORECAST_FORMULA_VERSION);
    }
    await context.sync();
    return { kind: "upgraded", addedColumn, kept: written.done };
  });
}
