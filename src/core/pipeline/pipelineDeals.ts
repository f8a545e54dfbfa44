import type { Cell, Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { LabelCache } from "@core/cells/labelCache";
import { DEFAULT_LOST, DEFAULT_WON } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { parseProbability } from "@core/cells/parseProbability";
import type { PlainTable, PipelineTables } from "@core/pipeline/pipelineTables";
import type { PipelineStages } from "@core/pipeline/pipelineStages";
import { FORECAST_KINDS, forecastKind, type ForecastKind } from "@core/pipeline/forecastKind";
import { forecastCategoryChoices } from "@core/workbook/schema";

/** A deal's outcome by its stage, as WINRATE and WEIGHTED read it. */
export const OPEN = 0;
export const WON = 1;
export const LOST = 2;
/** A row with an empty stage: no SALES function counts it. */
export const NO_STAGE = 3;

/**
 * The Deals table as columns, read once and shared by every view: raw cells where the views
 * hand them to SALES cores (so a figure equals the function typed over the same column), parsed
 * numbers and dates (NaN when empty or unreadable) where the views compute themselves.
 */
export type PipelineDeals = {
  readonly count: number;
  readonly id: readonly string[];
  readonly customer: readonly string[];
  readonly owner: readonly string[];
  readonly stageName: readonly string[];
  /** Raw cells as one-column ranges, for the SALES cores. */
  readonly cells: {
    readonly amount: Matrix;
    readonly stage: Matrix;
    /**
     * The deal's ForecastCategory cell, or its stage's category when Deals has no such column;
     * Closed / Omitted for a won / lost deal.
     */
    readonly category: Matrix;
    readonly created: Matrix;
    readonly closedOn: Matrix;
    readonly lostAt: Matrix;
    readonly probability: Matrix;
  };
  /** The deal's stage in `PipelineStages.all`, -1 when Stages does not list it. */
  readonly stageIndex: Int32Array;
  /** OPEN, WON, LOST or NO_STAGE. */
  readonly outcome: Uint8Array;
  /** Amount as a number, 0 when empty or unreadable. */
  readonly amount: Float64Array;
  readonly expectedClose: Float64Array;
  readonly closedOn: Float64Array;
  readonly created: Float64Array;
  readonly stageSince: Float64Array;
  /** The later of the deal's LastActivity and its latest row in Activities. */
  readonly lastActivity: Float64Array;
  /** The day the deal is decided: ClosedOn (else ExpectedClose) when closed, ExpectedClose when open. */
  readonly decision: Float64Array;
  /** The deal's forecast category: closed or omitted when won or lost, else its own cell (or its stage's). */
  readonly kind: readonly (ForecastKind | undefined)[];
  /** amount × the stage's probability (else the deal's Probability cell), for open deals; 0 otherwise. */
  readonly weighted: Float64Array;
  readonly hasCategoryColumn: boolean;
};

/** The labels SALES.FORECAST reads for a decided deal's category. */
const DECIDED_LABELS: Readonly<Record<string, Cell>> = {
  closed: forecastCategoryChoices[FORECAST_KINDS.indexOf("closed")]["en-US"],
  omitted: forecastCategoryChoices[FORECAST_KINDS.indexOf("omitted")]["en-US"],
};

function dayOf(cell: Cell): number {
  return parseDate(cell) ?? NaN;
}

function textOf(cell: Cell): string {
  return isEmpty(cell) ? "" : String(cell).trim();
}

function latestActivityByDeal(activities: PlainTable | undefined): Map<string, number> {
  const latest = new Map<string, number>();
  if (!activities) return latest;
  const dealAt = activities.columns.DealID ?? -1;
  const dateAt = activities.columns.Date ?? -1;
  if (dealAt < 0 || dateAt < 0) return latest;
  for (const row of activities.rows) {
    const id = textOf(row[dealAt]);
    const day = parseDate(row[dateAt]);
    if (id === "" || day === undefined) continue;
    if (day > (latest.get(id) ?? -Infinity)) latest.set(id, day);
  }
  return latest;
}

/**
 * Reads the Deals table into columns (see {@link PipelineDeals}); Activities add to each deal's
 * last activity by DealID.
 *
 * @param tables - the user's tables
 * @param stages - the Stages table, read
 * @returns the deals as columns
 * @example
 * pipelineDeals(tables, pipelineStages(tables.stages)).count //=> 1250
 */
export function pipelineDeals(tables: PipelineTables, stages: PipelineStages): PipelineDeals {
  const { deals } = tables;
  const count = deals.rows.length;
  const at = (key: string) => deals.columns[key] ?? -1;
  const [idAt, customerAt, ownerAt, stageAt, amountAt, createdAt, expectedAt, closedAt, sinceAt, loggedAt] = [
    "DealID",
    "Customer",
    "Owner",
    "Stage",
    "Amount",
    "Created",
    "ExpectedClose",
    "ClosedOn",
    "StageSince",
    "LastActivity",
  ].map(at);
  const [categoryAt, lostAtAt, probabilityAt] = ["ForecastCategory", "LostAt", "Probability"].map(at);
  const hasCategoryColumn = categoryAt >= 0;
  const get = (row: readonly Cell[], position: number): Cell => (position < 0 ? null : (row[position] ?? null));
  const lastLogged = latestActivityByDeal(tables.activities);
  const outcomeOf = new LabelCache((label) =>
    label === "" ? NO_STAGE : DEFAULT_WON.has(label) ? WON : DEFAULT_LOST.has(label) ? LOST : OPEN,
  );
  const stageOf = new LabelCache((label) => {
    const stage = stages.byName.get(label);
    return stage === undefined ? -1 : stages.all.indexOf(stage);
  });
  const kindOf = new LabelCache((label) => {
    const found = forecastKind(label);
    return found === undefined ? -1 : FORECAST_KINDS.indexOf(found);
  });
  const cells = {
    amount: new Array<Cell[]>(count),
    stage: new Array<Cell[]>(count),
    category: new Array<Cell[]>(count),
    created: new Array<Cell[]>(count),
    closedOn: new Array<Cell[]>(count),
    lostAt: new Array<Cell[]>(count),
    probability: new Array<Cell[]>(count),
  };
  const id = new Array<string>(count);
  const customer = new Array<string>(count);
  const owner = new Array<string>(count);
  const stageName = new Array<string>(count);
  const stageIndex = new Int32Array(count);
  const outcome = new Uint8Array(count);
  const amount = new Float64Array(count);
  const expectedClose = new Float64Array(count);
  const closedOn = new Float64Array(count);
  const created = new Float64Array(count);
  const stageSince = new Float64Array(count);
  const lastActivity = new Float64Array(count);
  const decision = new Float64Array(count);
  const weighted = new Float64Array(count);
  const kind: (ForecastKind | undefined)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const row = deals.rows[i];
    const stageCell = get(row, stageAt);
    const amountCell = get(row, amountAt);
    const createdCell = get(row, createdAt);
    const closedCell = get(row, closedAt);
    const probabilityCell = get(row, probabilityAt);
    cells.stage[i] = [stageCell];
    cells.amount[i] = [amountCell];
    cells.created[i] = [createdCell];
    cells.closedOn[i] = [closedCell];
    cells.lostAt[i] = [get(row, lostAtAt)];
    cells.probability[i] = [probabilityCell];
    id[i] = textOf(get(row, idAt));
    customer[i] = textOf(get(row, customerAt));
    owner[i] = textOf(get(row, ownerAt));
    stageName[i] = textOf(stageCell);
    outcome[i] = outcomeOf.get(stageCell);
    amount[i] = typeof amountCell === "number" ? amountCell : (parseNumber(amountCell) ?? 0);
    expectedClose[i] = dayOf(get(row, expectedAt));
    closedOn[i] = dayOf(closedCell);
    created[i] = dayOf(createdCell);
    stageSince[i] = dayOf(get(row, sinceAt));
    const own = dayOf(get(row, loggedAt));
    const fromActivities = lastLogged.size === 0 ? undefined : lastLogged.get(id[i]);
    lastActivity[i] =
      fromActivities === undefined ? own : Number.isNaN(own) ? fromActivities : Math.max(own, fromActivities);
    const closed = outcome[i] === WON || outcome[i] === LOST;
    decision[i] = closed && !Number.isNaN(closedOn[i]) ? closedOn[i] : expectedClose[i];
    stageIndex[i] = stageOf.get(stageCell);
    const stage = stageIndex[i] < 0 ? undefined : stages.all[stageIndex[i]];
    if (outcome[i] === WON || outcome[i] === LOST) {
      // A decided deal is Closed or Omitted whatever its cell says (the formula column says so
      // too; a workbook not yet upgraded may still hold the category typed while it was open).
      kind[i] = outcome[i] === WON ? "closed" : "omitted";
      cells.category[i] = [DECIDED_LABELS[kind[i]!]];
    } else if (hasCategoryColumn) {
      const categoryCell = get(row, categoryAt);
      cells.category[i] = [categoryCell];
      const found = kindOf.get(categoryCell);
      kind[i] = found < 0 ? undefined : FORECAST_KINDS[found];
    } else {
      // Without the column, a deal's category is its stage's, as the Stages table writes it.
      kind[i] = stage?.category;
      cells.category[i] = [stage === undefined ? null : stage.categoryCell];
    }
    if (outcome[i] === OPEN) {
      const given = stage?.probability === undefined ? parseProbability(probabilityCell) : undefined;
      const p = stage?.probability ?? (given === undefined || Number.isNaN(given) ? 0 : given);
      weighted[i] = amount[i] * p;
    }
  }
  return {
    count,
    id,
    customer,
    owner,
    stageName,
    cells,
    stageIndex,
    outcome,
    amount,
    expectedClose,
    closedOn,
    created,
    stageSince,
    lastActivity,
    decision,
    kind,
    weighted,
    hasCategoryColumn,
  };
}
