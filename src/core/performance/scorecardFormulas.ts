import { poolMarkerPrefixes } from "@core/customers/poolMarkers";
import { columnIndex } from "@core/workbook/columnIndex";
import { columnName, criterionText, type WrittenHeaders } from "@core/goals/breakdown/actualFormula";
import { type WorkbookLanguage, scorecardTable, tableSpec, type TableSpec } from "@core/workbook/schema";
import type { CommissionPlan } from "@core/performance/commissionPlan";
import { ownLengthTest } from "@core/performance/kpiPlans";
import type { PerformanceLabels } from "@core/performance/performanceLabels";

/**
 * The header rows as they stand in the workbook, for the formulas to name. Payments is named only
 * when its headers are given: Excel refuses a formula naming a table the workbook does not have,
 * so without them the CollectionRate formula is "" (left out of the score).
 */
export type FormulaHeaders = WrittenHeaders & {
  readonly Scorecard?: readonly string[];
  readonly RatingBands?: readonly string[];
  readonly CommissionTiers?: readonly string[];
  readonly KpiWeights?: readonly string[];
};

export type ScorecardFormulaOptions = {
  readonly language: WorkbookLanguage;
  readonly labels: PerformanceLabels;
  readonly cap: number;
  readonly commission: Omit<CommissionPlan, "tiers">;
  readonly headers?: FormulaHeaders;
};

const escape = (header: string) => header.trim().replace(/['#[\]]/g, "'$&");

/**
 * A COUNTIFS criterion for "does not start with": the text's own wildcards escaped, then `*`.
 *
 * @example
 * notStartingWith("Pool: claimed") //=> '"<>Pool: claimed*"'
 */
export const notStartingWith = (text: string) => `"<>${text.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}*"`;

/** A number as formula text (no exponent for the small and large figures plans hold). */
const num = (value: number) => String(Number(value.toPrecision(12)));

/**
 * The formula of every formula column of a Scorecard row, keyed by column key (see
 * performanceTables for the layout). Every figure is a live formula over Deals, Activities,
 * Customers and Targets with structured references naming the headers as written in the
 * workbook; a KPI that cannot be computed (no target, no closed deal) shows "" so SALES.SCORE
 * leaves it out. CollectionRate = SALES.COLLECTRATE as of PeriodEnd over the rep's Payments rows
 * (Owner) due in the period (FILTER; "" when none fell due, or without a Payments table, which the
 * formula then does not name). Score = SALES.SCORE over the row's Attainment … CollectionRate
 * against the KpiWeights rows of the row's own period length (FILTER by ownLengthTest: a monthly
 * plan never re-scores a quarter; FILTER is in every Excel that runs custom functions, Microsoft 365 and the web);
 * Rating = SALES.RATING against RatingBands; Commission = SALES.COMMISSION on CommissionBase with
 * CarriedYTD as prior, plus the accelerator on the part above from × QuotaYTD. Activities and
 * Satisfaction count follow-ups only: the pool's bookkeeping rows (Summary starting "Pool:
 * claimed" … or "公海：领取" …, see poolMarkers) are left out by one criterion per prefix.
 *
 * @param options - language, labels, cap, commission settings and written headers
 * @returns formula text per column key
 *
 * @example
 * scorecardFormulas(options).Activities //=> '=COUNTIFS(Activities[Owner],[@Rep],Activities[Date],">="&[@PeriodStart],Activities[Date],"<="&[@PeriodEnd],Activities[Summary],"<>Pool: claimed*",…)'
 */
export function scorecardFormulas(options: ScorecardFormulaOptions): Record<string, string> {
  const { language, labels, commission, headers = {} } = options;
  const ref = (table: "Deals" | "Activities" | "Customers" | "Targets", key: string) =>
    `${table}[${columnName(table, key, language, headers)}]`;
  const mine = (table: TableSpec, written: readonly string[] | undefined, key: string) => {
    const at = written ? columnIndex(table, written)[key] : -1;
    const column = table.columns.find((c) => c.key === key);
    return escape(written && at >= 0 ? written[at] : (column?.header[language] ?? key));
  };
  const own = (key: string) => `[@${mine(scorecardTable, headers.Scorecard, key)}]`;
  const d = (key: string) => ref("Deals", key);

  const rep = `${d("Owner")},${own("Rep")}`;
  const inPeriod = (column: string) => `${column},">="&${own("PeriodStart")},${column},"<="&${own("PeriodEnd")}`;
  const closed = inPeriod(d("ClosedOn"));
  const stage = (label: string) => `${d("Stage")},${criterionText(label)}`;
  const sumOver = (fn: "SUMIFS" | "COUNTIFS", column: string | null, criteria: string, stages: readonly string[]) =>
    stages.map((label) => `${fn}(${column ? `${column},` : ""}${criteria},${stage(label)})`).join("+");
  const won = (criteria = `${rep},${closed}`) => sumOver("COUNTIFS", null, criteria, labels.won);
  const lost = sumOver("COUNTIFS", null, `${rep},${closed}`, labels.lost);
  const wonSum = (column: string, criteria = `${rep},${closed}`) => sumOver("SUMIFS", column, criteria, labels.won);
  const withCreated = `${rep},${closed},${d("Created")},"<>"`;

  const a = (key: string) => ref("Activities", key);
  // The pool's claims, releases and reassignments are bookkeeping rows, told apart by their
  // Summary's prefix in either language (poolMarkers): a follow-up count leaves them out. A
  // workbook whose Activities table lost its Summary column has nothing to tell them by.
  const summary = headers.Activities && columnIndex("Activities", headers.Activities).Summary < 0 ? null : a("Summary");
  const followUps = summary
    ? poolMarkerPrefixes.map((prefix) => `,${summary},${notStartingWith(prefix)}`).join("")
    : "";
  const activities = `${a("Owner")},${own("Rep")},${inPeriod(a("Date"))}${followUps}`;
  const t = (key: string) => ref("Targets", key);
  const targetOf = (metric: string) =>
    `SUMIFS(${t("Target")},${t("Level")},${criterionText(labels.repLevel)},${t("Name")},${own("Rep")},${t("Metric")},${criterionText(metric)},${t("PeriodStart")},${own("PeriodStart")},${t("PeriodEnd")},${own("PeriodEnd")})`;

  // The rep's installments due in the period, by SALES.COLLECTRATE as of its end (collectionRate
  // in core). Only when the workbook has a Payments table: a reference to a missing table is refused.
  const p = (key: string) => `Payments[${columnName("Payments", key, language, headers)}]`;
  const dueInPeriod = `(${p("Owner")}=${own("Rep")})*(${p("DueDate")}>=${own("PeriodStart")})*(${p("DueDate")}<=${own("PeriodEnd")})`;
  const dueOnly = (key: string) => `FILTER(${p(key)},${dueInPeriod})`;
  const collectionRate = headers.Payments
    ? `=IFERROR(SALES.COLLECTRATE(${dueOnly("AmountDue")},${dueOnly("Received")},${dueOnly("DueDate")},${own("PeriodEnd")}),"")`
    : `=""`;

  const kpi = (key: string) => mine(scorecardTable, headers.Scorecard, key);
  const weights = (key: string) => `KpiWeights[${mine(tableSpec("KpiWeights"), headers.KpiWeights, key)}]`;
  // The row's own period length's plan (kpiPlans.ts); a KpiWeights from before per-period plans
  // (written headers without PeriodLength) is one plan, read whole.
  const perPeriod = !headers.KpiWeights || columnIndex("KpiWeights", headers.KpiWeights).PeriodLength >= 0;
  const ownLength = ownLengthTest(weights("PeriodLength"), own("PeriodStart"), own("PeriodEnd"));
  const plan = (key: string) => (perPeriod ? `FILTER(${weights(key)},${ownLength})` : weights(key));
  const bands = `RatingBands[[${mine(tableSpec("RatingBands"), headers.RatingBands, "Minimum")}]:[${mine(tableSpec("RatingBands"), headers.RatingBands, "Label")}]]`;
  const tiers = `CommissionTiers[[${mine(tableSpec("CommissionTiers"), headers.CommissionTiers, "Threshold")}]:[${mine(tableSpec("CommissionTiers"), headers.CommissionTiers, "Rate")}]]`;

  const basisColumn = d(commission.basis === "signed" ? "Amount" : "Collected");
  const metric = commission.basis === "signed" ? labels.signed : labels.collected;
  const yearStart = `DATE(YEAR(${own("PeriodStart")}),1,1)`;
  const before = `${rep},${d("ClosedOn")},">="&${yearStart},${d("ClosedOn")},"<"&${own("PeriodStart")}`;
  const length = `(${own("PeriodEnd")}-${own("PeriodStart")})`;
  const quotaYtd =
    `SUMPRODUCT(${t("Target")}*(${t("Level")}=${criterionText(labels.repLevel)})*(${t("Name")}=${own("Rep")})` +
    `*(${t("Metric")}=${criterionText(metric)})*(${t("PeriodStart")}>=${yearStart})*(${t("PeriodEnd")}<=${own("PeriodEnd")})` +
    `*(ABS(${t("PeriodEnd")}-${t("PeriodStart")}-${length})<=3))`;
  const mode = `"${commission.mode}"`;
  const base = own("CommissionBase");
  const carried = own("CarriedYTD");
  const quota = own("QuotaYTD");
  const paid = `SALES.COMMISSION(${base},${tiers},${mode},${carried})`;
  const accelerator = commission.accelerator;
  const line = accelerator ? `MAX(${carried},${num(accelerator.from)}*${quota})` : "";
  const extra = accelerator
    ? `+${num(accelerator.multiplier - 1)}*IF(${quota}>0,SALES.COMMISSION(MAX(0,${carried}+${base}-${line}),${tiers},${mode},${line}),0)`
    : "";

  return {
    Revenue: `=${wonSum(d("Amount"))}`,
    Target: `=${targetOf(labels.signed)}`,
    Attainment: `=IFERROR(SALES.ATTAINMENT(${own("Revenue")},${own("Target")}),"")`,
    WinRate: `=IFERROR((${won()})/(${won()}+${lost}),"")`,
    AvgDeal: `=IFERROR(${own("Revenue")}/(${won()}),"")`,
    Cycle: `=IFERROR((${wonSum(d("ClosedOn"), withCreated)}-(${wonSum(d("Created"), withCreated)}))/(${won(withCreated)}),"")`,
    Activities: `=COUNTIFS(${activities})`,
    Satisfaction: `=IFERROR(SUMIFS(${a("Satisfaction")},${activities})/COUNTIFS(${activities},${a("Satisfaction")},"<>"),"")`,
    NewCustomers: `=COUNTIFS(${ref("Customers", "Owner")},${own("Rep")},${inPeriod(ref("Customers", "FirstPurchase"))})`,
    CollectionRate: collectionRate,
    Score: `=SALES.SCORE([@[${kpi("Attainment")}]:[${kpi("CollectionRate")}]],${plan("Target")},${plan("Weight")},${num(options.cap)},${plan("LowerIsBetter")})`,
    Rating: `=SALES.RATING(${own("Score")},${bands})`,
    CommissionBase: commission.basis === "signed" ? `=${own("Revenue")}` : `=${wonSum(basisColumn)}`,
    CarriedYTD: commission.carry ? `=${wonSum(basisColumn, before)}` : "=0",
    QuotaYTD: commission.carry ? `=${quotaYtd}` : `=${targetOf(metric)}`,
    Commission: `=${paid}${extra}`,
  };
}
