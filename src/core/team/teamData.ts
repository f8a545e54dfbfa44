import type { Cell } from "@core/cells/cell";
import { DEFAULT_LOST, DEFAULT_WON, normalizeLabel, type LabelSet } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { parseProbability } from "@core/cells/parseProbability";
import { isPoolBookkeeping } from "@core/customers/poolMarkers";
import { columnIndex } from "@core/workbook/columnIndex";
import {
  forecastCategoryChoices,
  targetLevelChoices,
  targetMetricChoices,
  type ColumnChoice,
  type TableName,
} from "@core/workbook/schema";

/** A table as read from the workbook (what src/excel's readTables gives), headers in either language. */
export type TeamTableRows = { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

/** The tables the Team area reads; any may be missing. */
export type TeamTables = Partial<Record<TableName, TeamTableRows>>;

/** A row of `Team`; `row` is its 0-based position in the table's data body. */
export type TeamMember = {
  readonly row: number;
  readonly rep: string;
  readonly team: string;
  readonly manager: string;
  readonly startDate: number | null;
  readonly capacity: number | null;
};

export type DealOutcome = "won" | "lost" | "open";

export type TeamDeal = {
  readonly owner: string;
  readonly customer: string;
  readonly outcome: DealOutcome;
  readonly amount: number;
  /** Amount × probability: the Weighted column's value, else Probability × Amount, else the stage's probability. */
  readonly weighted: number;
  readonly collected: number;
  readonly closedOn: number | null;
};

/**
 * A row of `Payments` as the Team area counts it: who collected how much, and when it came in.
 * Collected figures are measured by the date received, as the Collected targets are.
 */
export type TeamPayment = {
  readonly owner: string;
  /** The Received column's value (0 when it holds no number). */
  readonly received: number;
  readonly receivedOn: number | null;
};

export type TeamActivity = {
  readonly owner: string;
  readonly date: number | null;
  readonly satisfaction: number | null;
};

export type TeamCustomer = {
  /** The names a deal may use for the customer: Company, Name, CustomerID (normalized). */
  readonly keys: readonly string[];
  readonly owner: string;
  /** The customer's industry, else its region: what "a new segment" means. */
  readonly segment: string;
  readonly satisfaction: number | null;
};

export type TeamTarget = {
  readonly period: string;
  readonly start: number | null;
  readonly end: number | null;
  /** Normalized level: "rep", "team", "company" or the text as typed. */
  readonly level: string;
  readonly name: string;
  /** "signed", "collected" or the text as typed (normalized). */
  readonly metric: string;
  readonly target: number;
  /** The Actual column's value when it holds a number (a live formula), else null. */
  readonly actual: number | null;
};

/** Everything the Team area computes from, as plain facts. */
export type TeamData = {
  readonly members: readonly TeamMember[];
  readonly deals: readonly TeamDeal[];
  readonly activities: readonly TeamActivity[];
  readonly customers: readonly TeamCustomer[];
  readonly targets: readonly TeamTarget[];
  /**
   * The rows of `Payments` (empty when the table is missing or empty). When there are any,
   * collected figures come from them by date received; otherwise from Deals[Collected] by the
   * deal's ClosedOn, as before payments were recorded (see collectedActual).
   */
  readonly payments: readonly TeamPayment[];
  /** Which tables were present (the views say what is missing). */
  readonly present: ReadonlySet<TableName>;
};

function reader(name: TableName, table: TeamTableRows | undefined) {
  const index = table ? columnIndex(name, table.headers) : {};
  const has = (key: string) => (index[key] ?? -1) >= 0;
  const cell = (row: readonly Cell[], key: string): Cell => (has(key) ? row[index[key]] : null);
  return {
    rows: table?.rows ?? [],
    has,
    cell,
    text: (row: readonly Cell[], key: string) => {
      const value = cell(row, key);
      return value === null || value === undefined ? "" : String(value).trim();
    },
    number: (row: readonly Cell[], key: string) => {
      const value = cell(row, key);
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    },
    date: (row: readonly Cell[], key: string) => parseDate(cell(row, key)) ?? null,
  };
}

const same = (label: string) => normalizeLabel(label);

/** Normalized forms of a choice in both languages ("Rep" and "个人" → "rep"). */
function choiceKey(text: string, choices: readonly ColumnChoice[]): string {
  const normalized = normalizeLabel(text);
  const choice = choices.find((c) => same(c["en-US"]) === normalized || same(c["zh-CN"]) === normalized);
  return choice ? same(choice["en-US"]) : normalized;
}

/** Won and lost stage labels: the standard ones plus the user's stages in the Closed / Omitted forecast categories. */
function outcomeLabels(stages: ReturnType<typeof reader>): {
  won: LabelSet;
  lost: LabelSet;
  probability: Map<string, number>;
} {
  const won = new Set(DEFAULT_WON);
  const lost = new Set(DEFAULT_LOST);
  const probability = new Map<string, number>();
  for (const row of stages.rows) {
    const stage = normalizeLabel(stages.text(row, "Stage"));
    if (!stage) continue;
    const category = choiceKey(stages.text(row, "ForecastCategory"), forecastCategoryChoices);
    if (category === "closed") won.add(stage);
    if (category === "omitted") lost.add(stage);
    const p = parseProbability(stages.cell(row, "Probability"));
    if (p !== undefined && !Number.isNaN(p)) probability.set(stage, p);
  }
  return { won, lost, probability };
}

/**
 * Reads the Team, Deals, Activities, Customers, Targets, Stages and Payments tables (headers in
 * either language) into the facts the roster and the high-potential index use. Numbers count only where
 * a cell holds a number, as SUMIFS adds them; dates may be serials or date text. A deal is won or
 * lost by its stage (the standard labels, or a stage whose forecast category is Closed / Omitted
 * in Stages), open otherwise; a deal without a stage is left out. Activities are follow-ups only:
 * the pool's bookkeeping rows (see poolMarkers) are left out.
 *
 * @param tables - the tables as read from the workbook
 * @returns the facts
 *
 * @example
 * teamData({ Team: { headers: ["销售代表", "团队", "主管"], rows: [["王伟", "华东", "李娜"]] } }).members[0].manager //=> "李娜"
 */
export function teamData(tables: TeamTables): TeamData {
  const team = reader("Team", tables.Team);
  const deals = reader("Deals", tables.Deals);
  const activities = reader("Activities", tables.Activities);
  const customers = reader("Customers", tables.Customers);
  const targets = reader("Targets", tables.Targets);
  const payments = reader("Payments", tables.Payments);
  const { won, lost, probability } = outcomeLabels(reader("Stages", tables.Stages));

  const members: TeamMember[] = [];
  team.rows.forEach((row, index) => {
    const rep = team.text(row, "Rep");
    if (!rep) return;
    members.push({
      row: index,
      rep,
      team: team.text(row, "Team"),
      manager: team.text(row, "Manager"),
      startDate: team.date(row, "StartDate"),
      capacity: team.number(row, "Capacity"),
    });
  });

  const dealFacts: TeamDeal[] = [];
  for (const row of deals.rows) {
    const stage = normalizeLabel(deals.text(row, "Stage"));
    if (!stage) continue;
    const outcome: DealOutcome = won.has(stage) ? "won" : lost.has(stage) ? "lost" : "open";
    const amount = deals.number(row, "Amount") ?? parseNumber(deals.cell(row, "Amount")) ?? 0;
    const weightedCell = deals.number(row, "Weighted");
    const rowProbability = parseProbability(deals.cell(row, "Probability"));
    const p =
      rowProbability !== undefined && !Number.isNaN(rowProbability) ? rowProbability : (probability.get(stage) ?? 0);
    dealFacts.push({
      owner: deals.text(row, "Owner"),
      customer: normalizeLabel(deals.text(row, "Customer")),
      outcome,
      amount,
      weighted: weightedCell ?? amount * p,
      collected: deals.number(row, "Collected") ?? 0,
      closedOn: deals.date(row, "ClosedOn"),
    });
  }

  const segmentKey = customers.has("Industry") ? "Industry" : "Region";
  const customerFacts: TeamCustomer[] = customers.rows.map((row) => ({
    keys: ["Company", "Name", "CustomerID"].map((key) => normalizeLabel(customers.text(row, key))).filter(Boolean),
    owner: customers.text(row, "Owner"),
    segment: customers.text(row, segmentKey),
    satisfaction: customers.number(row, "Satisfaction"),
  }));

  return {
    members,
    deals: dealFacts,
    // The pool's claims, releases and reassignments are bookkeeping, not follow-ups.
    activities: activities.rows
      .filter((row) => !isPoolBookkeeping(activities.cell(row, "Summary")))
      .map((row) => ({
        owner: activities.text(row, "Owner"),
        date: activities.date(row, "Date"),
        satisfaction: activities.number(row, "Satisfaction"),
      })),
    customers: customerFacts,
    targets: targets.rows.map((row) => ({
      period: targets.text(row, "Period"),
      start: targets.date(row, "PeriodStart"),
      end: targets.date(row, "PeriodEnd"),
      level: choiceKey(targets.text(row, "Level"), targetLevelChoices),
      name: targets.text(row, "Name"),
      metric: choiceKey(targets.text(row, "Metric"), targetMetricChoices),
      target: targets.number(row, "Target") ?? 0,
      actual: targets.number(row, "Actual"),
    })),
    payments: payments.rows.map((row) => ({
      owner: payments.text(row, "Owner"),
      received: payments.number(row, "Received") ?? 0,
      receivedOn: payments.date(row, "ReceivedOn"),
    })),
    present: new Set((Object.keys(tables) as TableName[]).filter((name) => tables[name] !== undefined)),
  };
}

/** Whether two names are the same person or team, as SUMIFS compares them (trimmed, case-insensitive). */
export function sameName(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}
