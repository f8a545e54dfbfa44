import { columnIndex } from "@core/workbook/columnIndex";
import {
  defaultStages,
  tableSpec,
  targetLevelChoices,
  targetMetricChoices,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";

/** A level of the Targets table. */
export type TargetLevel = "Company" | "Team" | "Rep";

/**
 * The header rows of the tables as they stand in the workbook, for formulas that must name the
 * headers actually written (a header retyped, or a workbook whose Deals table is in one language
 * and whose Targets table is new). A table left out uses the schema's headers of the language.
 */
export type WrittenHeaders = Partial<Record<TableName, readonly string[]>>;

/**
 * A column's header in a workbook language, as a structured reference names it: inside the
 * brackets, [ ] # and ' are escaped with a leading '. Given the header row as written, the header
 * found there for the column (either language, or its key) wins over the schema's.
 *
 * @example
 * columnName("Deals", "Amount", "zh-CN") //=> "金额"
 * columnName("Deals", "Amount", "zh-CN", { Deals: ["Owner", "amount"] }) //=> "amount"
 */
export function columnName(
  table: TableName,
  key: string,
  language: WorkbookLanguage,
  written?: WrittenHeaders,
): string {
  const column = tableSpec(table).columns.find((c) => c.key === key);
  if (!column) throw new RangeError(`no column ${key} in ${table}`);
  const row = written?.[table];
  const at = row ? columnIndex(table, row)[key] : -1;
  const header = row && at >= 0 ? row[at].trim() : column.header[language];
  return header.replace(/['#[\]]/g, "'$&");
}

/**
 * The won stage of the default process in a workbook language ("Won" / "赢单"): the stage whose
 * forecast category is Closed.
 *
 * @example
 * wonStage("zh-CN") //=> "赢单"
 */
export function wonStage(language: WorkbookLanguage): string {
  const stage = defaultStages.find((s) => s.forecastCategory === "Closed");
  return stage ? stage.name[language] : "Won";
}

/**
 * A text as a SUMIFS criterion that matches exactly that text: quotes doubled for the formula,
 * wildcards (~ * ?) escaped with ~, and a leading = < > kept from reading as an operator.
 *
 * @example
 * criterionText('A*"B"') //=> '"A~*""B"""'
 */
export function criterionText(text: string): string {
  let body = text.replace(/[~*?]/g, "~$&");
  if (/^[=<>]/.test(body)) body = `=${body}`;
  return `"${body.replace(/"/g, '""')}"`;
}

/** What the Actual formula can reach besides Deals. */
export type ActualOptions = {
  /** The stage names that mean won (default: the won stage of the language). */
  readonly wonLabels?: readonly string[];
  /** The header rows as they stand in the workbook (see columnName). */
  readonly written?: WrittenHeaders;
  /**
   * Whether the workbook has a Team table for Team rows to find their reps in (default true).
   * Without one the Team branch is left out: Excel refuses a formula naming a missing table.
   */
  readonly teamTable?: boolean;
  /**
   * Whether the workbook has a Payments table for Collected rows to measure (default true). Without
   * one, Collected rows sum Deals[Collected] of the won deals closed in the period, as before
   * schema version 4: Excel refuses a formula naming a missing table.
   */
  readonly paymentsTable?: boolean;
};

/** A text as a formula's string literal, for an exact (case-insensitive, wildcard-free) `=` test. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The formula of the Actual column (ƒ) of the Targets table: one formula for every row, as Excel
 * keeps a calculated column (with auto-fill on, a different formula written into part of the column
 * is filled over the rest of it). A Signed row sums Deals[Amount] of the won deals closed within
 * the row's PeriodStart–PeriodEnd; a Collected row (回款额) sums the money actually received in the
 * period: Payments[Received] by Payments[ReceivedOn] (with no Payments table, Deals[Collected] of
 * the won deals closed in the period). Either way it branches on the row's Level: over every owner
 * for Company, by owner (Deals[Owner], Payments[Owner]) = the row's Name for Rep (and any other
 * level), and for Team over the reps the Team table puts in the team named by the row's Name:
 * SUMPRODUCT of a SUMIFS per Team row (Team[Rep] as the owner criterion) times
 * Team[Team]=[@Name], which Excel evaluates as arrays without dynamic arrays or Ctrl+Shift+Enter.
 *
 * A Team row therefore follows the Team table as it is now: a rep moved to another team counts
 * for the new team from then on, in past periods too, and a rep listed twice counts twice. It
 * reads Deals, Payments and Team only, so it cannot form a circular reference through Targets.
 * Level and Metric are compared with the texts of the workbook's language, as the writer puts
 * them; several won labels (a workbook with mixed data) give one SUMIFS per label, added up.
 *
 * @param language - the workbook's language (headers, level and metric texts)
 * @param options - won labels, the headers as written, whether Team and Payments tables exist
 * @returns the formula text, starting with "="
 *
 * @example
 * actualFormula("en-US", { teamTable: false })
 * //=> '=IF([@Metric]="Collected",IF([@Level]="Company",SUMIFS(Payments[Received],Payments[ReceivedOn],">="&[@PeriodStart],…),SUMIFS(Payments[Received],Payments[Owner],[@Name],…)),IF(…Deals[Amount]…))'
 */
export function actualFormula(language: WorkbookLanguage, options: ActualOptions = {}): string {
  const { written } = options;
  const deals = (key: string) => `Deals[${columnName("Deals", key, language, written)}]`;
  const payments = (key: string) => `Payments[${columnName("Payments", key, language, written)}]`;
  const team = (key: string) => `Team[${columnName("Team", key, language, written)}]`;
  const own = (key: string) => `[@${columnName("Targets", key, language, written)}]`;
  const dates = `${deals("ClosedOn")},">="&${own("PeriodStart")},${deals("ClosedOn")},"<="&${own("PeriodEnd")}`;
  const labels = options.wonLabels && options.wonLabels.length > 0 ? options.wonLabels : [wonStage(language)];
  /** SUMIFS of a Deals column over the won deals closed in the period (one per won label). */
  const wonSum = (column: string, owner: string | null) =>
    labels
      .map((label) => {
        const ownerCriterion = owner === null ? "" : `,${deals("Owner")},${owner}`;
        return `SUMIFS(${column}${ownerCriterion},${dates},${deals("Stage")},${criterionText(label)})`;
      })
      .join("+");
  /** SUMIFS of Payments[Received] over the payments received in the period. */
  const receivedSum = (owner: string | null) => {
    const ownerCriterion = owner === null ? "" : `,${payments("Owner")},${owner}`;
    const on = payments("ReceivedOn");
    return `SUMIFS(${payments("Received")}${ownerCriterion},${on},">="&${own("PeriodStart")},${on},"<="&${own("PeriodEnd")})`;
  };
  const level = (choice: number) => `${own("Level")}=${literal(targetLevelChoices[choice][language])}`;
  const byLevel = (sum: (owner: string | null) => string) => {
    const rep = sum(own("Name"));
    const teamSum = `SUMPRODUCT((${sum(team("Rep"))})*(${team("Team")}=${own("Name")}))`;
    const notCompany = options.teamTable === false ? rep : `IF(${level(1)},${teamSum},${rep})`;
    return `IF(${level(0)},${sum(null)},${notCompany})`;
  };
  const collected = `${own("Metric")}=${literal(targetMetricChoices[1][language])}`;
  const collectedSum =
    options.paymentsTable === false ? (owner: string | null) => wonSum(deals("Collected"), owner) : receivedSum;
  return `=IF(${collected},${byLevel(collectedSum)},${byLevel((owner) => wonSum(deals("Amount"), owner))})`;
}
