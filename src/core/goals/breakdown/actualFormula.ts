import { columnIndex } from "@core/workbook/columnIndex";
import { defaultStages, tableSpec, type TableName, type WorkbookLanguage } from "@core/workbook/schema";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";

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

/** What an Actual formula sums over. */
export type ActualScope =
  | { readonly level: "Company" }
  | { readonly level: "Rep" }
  /** A team sums its reps as the plan had them (their names are written into the formula). */
  | { readonly level: "Team"; readonly reps: readonly string[] };

/**
 * The formula of the Actual column (ƒ) of a Targets row: SUMIFS over the Deals table of won deals
 * closed within the row's PeriodStart–PeriodEnd — of Deals[Amount] for the signed metric, of
 * Deals[Collected] for the collected one — by owner for a Rep row (the row's own Name), by the
 * team's reps for a Team row, over every owner for the Company row. Headers are those of the
 * workbook's language, since a structured reference must name the header actually written.
 *
 * Several won labels (e.g. both "Won" and "赢单" in a workbook with mixed data) give one SUMIFS
 * per label, added up. A Team row names its reps rather than looking them up in the Team table:
 * the team's target was built from exactly these reps, the formula stays free of array tricks
 * (it works in every Excel and in the workbench's engine), and it cannot form a circular
 * reference through the Targets table itself.
 *
 * @param scope - the row's level (and a team's reps)
 * @param metric - "signed" or "collected"
 * @param language - the workbook's language
 * @param wonLabels - the stage names that mean won (default: the won stage of the language)
 * @param written - the header rows as they stand in the workbook (see columnName)
 * @returns the formula text, starting with "="
 *
 * @example
 * actualFormula({ level: "Rep" }, "signed", "en-US") //=> '=SUMIFS(Deals[Amount],Deals[Owner],[@Name],Deals[ClosedOn],">="&[@PeriodStart],Deals[ClosedOn],"<="&[@PeriodEnd],Deals[Stage],"Won")'
 */
export function actualFormula(
  scope: ActualScope,
  metric: Metric,
  language: WorkbookLanguage,
  wonLabels?: readonly string[],
  written?: WrittenHeaders,
): string {
  const deals = (key: string) => `Deals[${columnName("Deals", key, language, written)}]`;
  const own = (key: string) => `[@${columnName("Targets", key, language, written)}]`;
  const sumColumn = deals(metric === "signed" ? "Amount" : "Collected");
  const dates = `${deals("ClosedOn")},">="&${own("PeriodStart")},${deals("ClosedOn")},"<="&${own("PeriodEnd")}`;
  const labels = wonLabels && wonLabels.length > 0 ? wonLabels : [wonStage(language)];
  const owners: (string | null)[] =
    scope.level === "Company" ? [null] : scope.level === "Rep" ? [own("Name")] : scope.reps.map(criterionText);
  const terms: string[] = [];
  for (const owner of owners) {
    for (const label of labels) {
      const ownerCriterion = owner === null ? "" : `,${deals("Owner")},${owner}`;
      terms.push(`SUMIFS(${sumColumn}${ownerCriterion},${dates},${deals("Stage")},${criterionText(label)})`);
    }
  }
  return terms.length === 0 ? "=0" : `=${terms.join("+")}`;
}
