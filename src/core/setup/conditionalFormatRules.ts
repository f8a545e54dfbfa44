import { columnLetters } from "@core/workbook/columnLetters";
import { serviceStatusChoices, workbookLanguages, type TableName } from "@core/workbook/schema";
import { workbookNames } from "@core/setup/workbookNames";

/** Where a table's data body starts on its sheet, and where each schema column sits in it. */
export type TablePlacement = {
  /** 0-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstColumn: number;
  /** Position of a schema column in the table (-1 when missing). */
  readonly column: (key: string) => number;
  readonly width: number;
};

/** A custom conditional format on a table's data body. */
export type ConditionalFormatRule = {
  readonly purpose: "stale-deal" | "overdue-follow-up" | "behind-pace" | "late-ticket";
  /** The schema column it colours, or null for whole rows. */
  readonly key: string | null;
  /** An A1 formula relative to the top-left cell of the coloured range. */
  readonly formula: string;
  readonly fill: string;
  readonly font: string;
};

/**
 * The conditional formats of a table. Deals: a whole row turns red when the deal has sat in its
 * stage longer than the stage's StaleDays (TODAY() − StageSince > StaleDays, looked up through the
 * SalesGrid_Stages / SalesGrid_StaleDays names; won and lost stages have no StaleDays and never
 * go stale). Customers: NextContact turns amber when it is before TODAY() (an overdue follow-up).
 * Targets: Pace turns red below 1 (behindPaceRule). Service: a whole row turns red when the ticket
 * is still open (no ResolvedOn, Status not Closed in either language) and its DueBy is before TODAY().
 * Excel accepts no structured references in conditional-format formulas, hence A1 references
 * (column-absolute, row-relative) computed from the table's placement.
 *
 * @param table - the table
 * @param placement - where it sits
 * @param names - workbook names available
 * @returns the rules
 * @example
 * conditionalFormatRules("Customers", placement, [])[0].formula //=> "=AND(ISNUMBER($M2),$M2<TODAY())"
 */
export function conditionalFormatRules(
  table: TableName,
  placement: TablePlacement,
  names: readonly string[],
): ConditionalFormatRule[] {
  const row = placement.headerRow + 2;
  const cell = (key: string) => {
    const at = placement.column(key);
    return at < 0 ? undefined : `$${columnLetters(placement.firstColumn + at)}${row}`;
  };
  if (table === "Deals") {
    const since = cell("StageSince");
    const stage = cell("Stage");
    const available = new Set(names.map((name) => name.toLowerCase()));
    const hasNames = [workbookNames.stages, workbookNames.staleDays].every((name) => available.has(name.toLowerCase()));
    if (!since || !stage || !hasNames) return [];
    const staleDays = `INDEX(${workbookNames.staleDays},MATCH(${stage},${workbookNames.stages},0))`;
    return [
      {
        purpose: "stale-deal",
        key: null,
        formula: `=IFERROR(AND(ISNUMBER(${since}),N(${staleDays})>0,TODAY()-${since}>N(${staleDays})),FALSE)`,
        fill: "#FDE7E9",
        font: "#A4262C",
      },
    ];
  }
  if (table === "Customers") {
    const next = cell("NextContact");
    if (!next) return [];
    return [
      {
        purpose: "overdue-follow-up",
        key: "NextContact",
        formula: `=AND(ISNUMBER(${next}),${next}<TODAY())`,
        fill: "#FFF4CE",
        font: "#8A5300",
      },
    ];
  }
  if (table === "Service") {
    const due = cell("DueBy");
    const resolved = cell("ResolvedOn");
    const status = cell("Status");
    if (!due) return [];
    const late = [
      `ISNUMBER(${due})`,
      `${due}<TODAY()`,
      ...(resolved ? [`${resolved}=""`] : []),
      ...(status ? closedStatuses.map((closed) => `${status}<>"${closed}"`) : []),
    ];
    return [
      {
        purpose: "late-ticket",
        key: null,
        formula: `=AND(${late.join(",")})`,
        fill: "#FDE7E9",
        font: "#A4262C",
      },
    ];
  }
  if (table === "Targets") {
    const pace = cell("Pace");
    return pace ? [behindPaceRule(pace)] : [];
  }
  return [];
}

/** "Closed" in each workbook language (Service[Status]). */
const closedStatuses = workbookLanguages.map(
  (language) => serviceStatusChoices.find((choice) => choice["en-US"] === "Closed")![language],
);

/**
 * The rule that flags a Targets row behind pace: its Pace (SALES.PACE) below 1, i.e. below the
 * straight line from nothing at the period's start to the target at its end. 1 is the line
 * itself, so the flag means exactly "behind", never "a little slow"; a blank Pace (a period not
 * started) is not flagged.
 *
 * @param pace - the A1 reference of the first body row's Pace cell, column-absolute
 * @returns the rule for the Pace column
 * @example
 * behindPaceRule("$K2").formula //=> "=AND(ISNUMBER($K2),$K2<1)"
 */
export function behindPaceRule(pace: string): ConditionalFormatRule {
  return {
    purpose: "behind-pace",
    key: "Pace",
    formula: `=AND(ISNUMBER(${pace}),${pace}<1)`,
    fill: "#FDE7E9",
    font: "#A4262C",
  };
}
