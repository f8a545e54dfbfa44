import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { columnIndex } from "@core/workbook/columnIndex";
import {
  COLLECTION_RATE_DEFAULT,
  defaultKpis,
  KPI_KEYS,
  KPI_KEYS_BEFORE_COLLECTIONS,
  type Kpi,
  type KpiBaselines,
} from "@core/performance/kpis";
import { kpiNames } from "@core/performance/performanceTables";
import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";
import { periodLengthChoices, tableSpec, workbookLanguages, type WorkbookLanguage } from "@core/workbook/schema";

/** The length of period a KPI plan is for: a Scorecard row scores against its own length's plan. */
export type PeriodLength = ScorecardPeriod["granularity"];

/** The period lengths, in the order of periodLengthChoices (and of KpiWeights' blocks). */
export const PERIOD_LENGTHS: readonly PeriodLength[] = ["month", "quarter", "year"];

/** One KPI plan per period length; null where the workbook holds none for that length. */
export type KpiPlans = Readonly<Record<PeriodLength, readonly Kpi[] | null>>;

/** No plan for any length (a workbook without KpiWeights). */
export const noKpiPlans: KpiPlans = { month: null, quarter: null, year: null };

/**
 * A period length as KpiWeights[PeriodLength] names it in a workbook language.
 *
 * @example
 * periodLengthText("quarter", "zh-CN") //=> "季度"
 */
export function periodLengthText(length: PeriodLength, language: WorkbookLanguage): string {
  return periodLengthChoices[PERIOD_LENGTHS.indexOf(length)][language];
}

/**
 * The period length a KpiWeights cell names, in either language or by key, any case or spacing
 * (a manager may type "quarter" in a Chinese workbook); undefined for anything else.
 *
 * @example
 * periodLengthOf(" 月度 ") //=> "month"
 */
export function periodLengthOf(cell: Cell): PeriodLength | undefined {
  const label = normalizeLabel(cell);
  if (label === "") return undefined;
  return PERIOD_LENGTHS.find(
    (length, i) =>
      length === label ||
      workbookLanguages.some((language) => normalizeLabel(periodLengthChoices[i][language]) === label),
  );
}

/**
 * The Scorecard's test of which KpiWeights rows are its own: a row's period length, told by the
 * days from PeriodStart to PeriodEnd (under 45: a month; under 200: a quarter; else a year, so a
 * leap year or a fiscal month of 31 days lands where it should), compared with PeriodLength in
 * both languages — the sum of two comparisons, so a row typed in the other language still counts.
 * The result is FILTER's include argument: 1 for the row's own plan, 0 elsewhere.
 *
 * @param weightsColumn - the structured reference of KpiWeights[PeriodLength] as written
 * @param start - the Scorecard row's PeriodStart reference
 * @param end - the Scorecard row's PeriodEnd reference
 * @returns formula text (no "=")
 * @example
 * ownLengthTest("KpiWeights[PeriodLength]", "[@PeriodStart]", "[@PeriodEnd]")
 * //=> '(KpiWeights[PeriodLength]=IF([@PeriodEnd]-[@PeriodStart]<45,"Month",…))+(KpiWeights[PeriodLength]=IF(…,"月度",…))'
 */
export function ownLengthTest(weightsColumn: string, start: string, end: string): string {
  const days = `${end}-${start}`;
  return workbookLanguages
    .map((language) => {
      const [month, quarter, year] = periodLengthChoices.map((choice) => `"${choice[language]}"`);
      return `(${weightsColumn}=IF(${days}<45,${month},IF(${days}<200,${quarter},${year})))`;
    })
    .join("+");
}

/**
 * The KPI plan a scorecard of a period length starts from: the workbook's own plan for that length
 * when it has one, else the defaults scaled from one month's (20 follow-ups a month, 60 a quarter,
 * 240 a year; see defaultKpis).
 *
 * @param plans - the workbook's plans
 * @param length - the period length chosen
 * @param baselines - the team's history, for the defaults
 * @returns the KPIs in KPI_KEYS order
 * @example
 * kpiPlanFor(noKpiPlans, "year", {}).find((k) => k.key === "activities")?.target //=> 240
 */
export function kpiPlanFor(plans: KpiPlans, length: PeriodLength, baselines: KpiBaselines): Kpi[] {
  return [...(plans[length] ?? defaultKpis(length, baselines))];
}

/**
 * Whether KpiWeights holds a block of seven rows, from before the collection rate KPI. Writing a
 * scorecard then makes every block eight (kpiWeightsRows), so every Scorecard row's Score must
 * read eight KPI cells too: Excel fills a formula typed into a table column down the whole column
 * (a calculated column), so rows of one length cannot keep a seven-cell Score while another
 * length's rows read eight.
 *
 * @param existing - KpiWeights as read, or undefined when there is none
 * @example
 * hasSevenKpiBlock({ headers, rows: sevenMonthRows }) //=> true
 */
export function hasSevenKpiBlock(
  existing: { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] } | undefined,
): boolean {
  const at = existing ? columnIndex("KpiWeights", existing.headers).PeriodLength : -1;
  if (!existing || at < 0) return false;
  return PERIOD_LENGTHS.some(
    (length) =>
      existing.rows.filter((row) => periodLengthOf(row[at]) === length).length === KPI_KEYS_BEFORE_COLLECTIONS,
  );
}

/** A KpiWeights row by column key (the values the writer puts in the schema's columns). */
export type KpiWeightsRow = Readonly<Record<string, Cell>>;

/**
 * The KpiWeights rows after a scorecard of one period length is written: that length's block is
 * the plan's eight KPIs, every other length's rows stay as they were read (the plans of other
 * lengths are never touched) but for a block of seven, from before the collection rate KPI, which
 * gets the collection rate's row at weight 0 (the same plan, see hasSevenKpiBlock); blocks in
 * month, quarter, year order, and rows whose PeriodLength names no length (a manager's own) kept
 * at the end. A table from before per-period plans (no PeriodLength column) is not for this
 * function: it is upgraded first (periodPlanUpgrade.ts).
 *
 * @param kpis - the plan's KPIs in KPI_KEYS order
 * @param length - the period length written
 * @param language - the workbook's language (PeriodLength and KPI names)
 * @param existing - KpiWeights as read, or undefined when there is none
 * @returns the rows to write, by column key
 * @example
 * kpiWeightsRows(defaultKpis("month"), "month", "en-US", undefined)[0] //=> { PeriodLength: "Month", KPI: "Revenue vs target", Weight: 40, Target: 1, LowerIsBetter: false }
 */
export function kpiWeightsRows(
  kpis: readonly Kpi[],
  length: PeriodLength,
  language: WorkbookLanguage,
  existing: { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] } | undefined,
): KpiWeightsRow[] {
  const byKey = new Map(kpis.map((kpi) => [kpi.key, kpi]));
  const fresh = KPI_KEYS.map((key): KpiWeightsRow => {
    const missing = key === "collectionRate" ? COLLECTION_RATE_DEFAULT : { weight: 0, target: 1, lowerIsBetter: false };
    const kpi = byKey.get(key) ?? missing;
    return {
      PeriodLength: periodLengthText(length, language),
      KPI: kpiNames[key][language],
      Weight: kpi.weight,
      Target: kpi.target,
      LowerIsBetter: kpi.lowerIsBetter,
    };
  });
  if (!existing) return fresh;
  const spec = tableSpec("KpiWeights");
  const index = columnIndex(spec, existing.headers);
  const asRow = (row: readonly Cell[]): KpiWeightsRow =>
    Object.fromEntries(spec.columns.map((c) => [c.key, index[c.key] >= 0 ? (row[index[c.key]] ?? "") : ""]));
  const lengthOf = (row: readonly Cell[]) =>
    index.PeriodLength < 0 ? undefined : periodLengthOf(row[index.PeriodLength]);
  const blank = (row: readonly Cell[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);
  const kept = (wanted: PeriodLength | undefined) => {
    const rows = existing.rows.filter((row) => !blank(row) && lengthOf(row) === wanted).map(asRow);
    if (wanted === undefined || rows.length !== KPI_KEYS_BEFORE_COLLECTIONS) return rows;
    const collection: KpiWeightsRow = {
      ...Object.fromEntries(spec.columns.map((c) => [c.key, ""])),
      PeriodLength: periodLengthText(wanted, language),
      KPI: kpiNames.collectionRate[language],
      Weight: COLLECTION_RATE_DEFAULT.weight,
      Target: COLLECTION_RATE_DEFAULT.target,
      LowerIsBetter: COLLECTION_RATE_DEFAULT.lowerIsBetter,
    };
    return [...rows, collection];
  };
  return [...PERIOD_LENGTHS.flatMap((each) => (each === length ? fresh : kept(each))), ...kept(undefined)];
}
