import { columnName, type WrittenHeaders } from "@core/goals/breakdown/actualFormula";
import { paceFormula } from "@core/goals/breakdown/targetRows";
import { ownLengthTest } from "@core/performance/kpiPlans";
import { behindPaceRule } from "@core/setup/conditionalFormatRules";
import { PERIOD_PLAN_VERSION, perPeriodScoreFormula, planKpiWeightsUpgrade } from "@core/setup/periodPlanUpgrade";
import { validationMessage } from "@core/setup/validationRules";
import { columnIndex } from "@core/workbook/columnIndex";
import { columnLetters } from "@core/workbook/columnLetters";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { columnNumberFormat } from "@core/workbook/numberFormat";
import { thisRowRef } from "@core/workbook/structuredRef";
import { periodLengthChoices, scorecardTable, settingKeys, tableSpec } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTablesIn } from "../tables/readTables";
import { everyCell } from "../write/everyCell";

/** What the per-period plans upgrade did. */
export type PeriodPlanUpgradeOutcome = {
  readonly kind: "upgraded";
  /** KpiWeights rows copied as the quarterly and yearly blocks (0 when it had PeriodLength already, or is missing). */
  readonly copiedKpiRows: number;
  /** Scorecard rows whose Score now reads its own period length's block. */
  readonly rescoredRows: number;
  /** True when Targets got its Pace column. */
  readonly addedPace: boolean;
};

const specColumn = (table: "KpiWeights" | "Targets", key: string) =>
  tableSpec(table).columns.find((column) => column.key === key)!;

/**
 * Upgrades a workbook to per-period KPI plans and the live Pace column (schema version 3), in
 * one write request after its reads, so no partial state is ever left (a failed request writes
 * nothing):
 * - KpiWeights without PeriodLength gets it as its first column (the choices as a drop-down); its
 *   rows become the monthly block and are copied, cell for cell, as the quarterly and yearly
 *   blocks (planKpiWeightsUpgrade), so no score changes;
 * - every Scorecard[Score] formula's KpiWeights references become FILTERs by the row's own
 *   period length (perPeriodScoreFormula), the cap and any manager's edit kept; a column whose
 *   rows share one formula (a calculated column, the usual case) is written as one value, which
 *   lands on every row wherever rows moved since the read;
 * - Targets without Pace gets it after Gap: the live SALES.PACE formula, a percent format and the
 *   behind-pace format (red below 1).
 * Running it again changes nothing.
 *
 * @returns what was done, or the Office failure
 * @example
 * await upgradePeriodPlans() //=> { ok: true, value: { kind: "upgraded", copiedKpiRows: 14, rescoredRows: 12, addedPace: true } }
 */
export function upgradePeriodPlans(): Promise<ExcelResult<PeriodPlanUpgradeOutcome>> {
  return runExcel(async (context): Promise<PeriodPlanUpgradeOutcome> => {
    const version = context.workbook.settings.getItemOrNullObject(settingKeys.schemaVersion);
    version.load("value");
    const read = await readTablesIn(context, ["KpiWeights", "Scorecard", "Targets"], {
      Scorecard: ["Period"],
      Targets: ["Period"],
    });
    const weights = read.KpiWeights;
    const scorecard = read.Scorecard;
    const targets = read.Targets;

    // KpiWeights' header row once upgraded: what Score formulas name.
    const weightsLanguage = weights ? headerLanguage("KpiWeights", weights.headers) : "en-US";
    const lengthHeader = specColumn("KpiWeights", "PeriodLength").header[weightsLanguage];
    const addLength = weights !== undefined && weights.columns.PeriodLength < 0;
    const weightsHeaders = weights ? (addLength ? [lengthHeader, ...weights.headers] : weights.headers) : [];

    const cardAt = scorecard ? columnIndex(scorecardTable, scorecard.headers) : null;
    const scoreRange =
      scorecard && cardAt && cardAt.Score >= 0 && scorecard.rows.length > 0
        ? context.workbook.tables.getItem(scorecard.name).columns.getItemAt(cardAt.Score).getDataBodyRange()
        : null;
    scoreRange?.load("formulas");
    await context.sync();

    let copiedKpiRows = 0;
    if (weights && addLength) {
      const plan = planKpiWeightsUpgrade(weights.rows, weightsLanguage);
      const table = context.workbook.tables.getItem(weights.name);
      table.columns.add(0, undefined, lengthHeader);
      // The rows as read take their lengths before the copies are added below them.
      if (weights.rows.length > 0) table.columns.getItemAt(0).getDataBodyRange().values = plan.lengths.map((l) => [l]);
      if (plan.appended.length > 0) table.rows.add(undefined, plan.appended as (string | number | boolean)[][]);
      const body = table.columns.getItemAt(0).getDataBodyRange();
      body.numberFormat = everyCell(columnNumberFormat(specColumn("KpiWeights", "PeriodLength")));
      body.dataValidation.clear();
      body.dataValidation.rule = {
        list: { inCellDropDown: true, source: periodLengthChoices.map((c) => c[weightsLanguage]).join(",") },
      };
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "SalesGrid",
        message: validationMessage[weightsLanguage],
      };
      copiedKpiRows = plan.appended.length;
    }

    let rescoredRows = 0;
    if (weights && scorecard && cardAt && scoreRange && cardAt.PeriodStart >= 0 && cardAt.PeriodEnd >= 0) {
      const written: WrittenHeaders = { KpiWeights: weightsHeaders };
      const own = ownLengthTest(
        `KpiWeights[${columnName("KpiWeights", "PeriodLength", weightsLanguage, written)}]`,
        thisRowRef(scorecard.headers[cardAt.PeriodStart].trim()),
        thisRowRef(scorecard.headers[cardAt.PeriodEnd].trim()),
      );
      const before = (scoreRange.formulas as unknown[][]).map((row) => String(row[0] ?? ""));
      const after = before.map((formula) => (formula.startsWith("=") ? perPeriodScoreFormula(formula, own) : formula));
      rescoredRows = after.filter((formula, i) => formula !== before[i]).length;
      if (rescoredRows > 0) {
        scoreRange.formulas = new Set(after).size === 1 ? everyCell(after[0]) : after.map((formula) => [formula]);
      }
    }

    const addedPace = targets !== undefined && targets.columns.Pace < 0;
    if (targets && addedPace) {
      const language = headerLanguage("Targets", targets.headers);
      const paceSpec = specColumn("Targets", "Pace");
      const at = targets.columns.Gap >= 0 ? targets.columns.Gap + 1 : targets.headers.length;
      const table = context.workbook.tables.getItem(targets.name);
      table.columns.add(at, undefined, paceSpec.header[language]);
      if (targets.rows.length > 0) {
        const body = table.columns.getItemAt(at).getDataBodyRange();
        body.numberFormat = everyCell(columnNumberFormat(paceSpec));
        body.formulas = everyCell(paceFormula(language, { Targets: targets.headers }));
        const rule = behindPaceRule(`$${columnLetters(targets.firstColumn + at)}${targets.headerRow + 2}`);
        const format = body.conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = rule.formula;
        format.custom.format.fill.color = rule.fill;
        format.custom.format.font.color = rule.font;
      }
    }

    if (version.isNullObject || Number(version.value) < PERIOD_PLAN_VERSION) {
      context.workbook.settings.add(settingKeys.schemaVersion, PERIOD_PLAN_VERSION);
    }
    await context.sync();
    return { kind: "upgraded", copiedKpiRows, rescoredRows, addedPace };
  });
}
