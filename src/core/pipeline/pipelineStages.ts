import type { Cell, Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { classifyOutcome, normalizeLabel, type Outcome } from "@core/cells/outcome";
import { parseNumber } from "@core/cells/parseNumber";
import { parseProbability } from "@core/cells/parseProbability";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import { forecastKind, type ForecastKind } from "@core/pipeline/forecastKind";

/** One row of the Stages table, read. */
export type PipelineStage = {
  /** The stage as written in the Stages table. */
  readonly name: string;
  /** 0-based row of the Stages table's data body. */
  readonly row: number;
  readonly order: number;
  /** A fraction, or undefined when the cell is empty or unreadable. */
  readonly probability: number | undefined;
  readonly category: ForecastKind | undefined;
  /** The ForecastCategory cell as written. */
  readonly categoryCell: Cell;
  /** Days a deal may sit in the stage before it counts as stale; null for no limit. */
  readonly staleDays: number | null;
  /** What the stage's name says of a deal's outcome (Won / 赢单 are won, Lost / 输单 lost). */
  readonly outcome: Outcome;
};

/** The Stages table as the pipeline views use it. */
export type PipelineStages = {
  /** Stages in their Order (then table order), empty rows left out. */
  readonly all: readonly PipelineStage[];
  /** The stages a deal moves through, for FUNNEL's stage_order: all but lost and omitted ones. */
  readonly funnel: readonly PipelineStage[];
  /** Stage name and probability cells as written, for WEIGHTED's stage_table. */
  readonly table: Matrix;
  /** A stage by its normalized name. */
  readonly byName: ReadonlyMap<string, PipelineStage>;
};

/**
 * Reads the Stages table: stages sorted by Order, the funnel's stage order (the stages a deal
 * moves through: a lost stage, and any stage whose forecast category is Omitted unless its name
 * says won, is left out) and the (stage, probability) block WEIGHTED takes.
 *
 * @param stages - the Stages table, or undefined when the workbook has none
 * @returns the stages (empty lists when there is no table)
 * @example
 * pipelineStages(stagesTable).funnel.map((s) => s.name) //=> ["Prospecting", …, "Contract", "Won"]
 */
export function pipelineStages(stages: PlainTable | undefined): PipelineStages {
  const all: PipelineStage[] = [];
  const table: Cell[][] = [];
  stages?.rows.forEach((row, index) => {
    const nameCell = cellOf(stages, row, "Stage");
    if (isEmpty(nameCell)) return;
    const probabilityCell = cellOf(stages, row, "Probability");
    table.push([nameCell, probabilityCell]);
    const probability = isEmpty(probabilityCell) ? undefined : parseProbability(probabilityCell);
    const stale = parseNumber(cellOf(stages, row, "StaleDays"));
    const order = parseNumber(cellOf(stages, row, "Order"));
    all.push({
      name: String(nameCell).trim(),
      row: index,
      order: order ?? Number.MAX_SAFE_INTEGER,
      probability: probability === undefined || Number.isNaN(probability) ? undefined : probability,
      category: forecastKind(cellOf(stages, row, "ForecastCategory")),
      categoryCell: cellOf(stages, row, "ForecastCategory"),
      staleDays: stale === undefined || stale < 0 ? null : stale,
      outcome: classifyOutcome(nameCell),
    });
  });
  all.sort((a, b) => a.order - b.order || a.row - b.row);
  const funnel = all.filter(
    (stage) => stage.outcome !== "lost" && (stage.category !== "omitted" || stage.outcome === "won"),
  );
  const byName = new Map<string, PipelineStage>();
  for (const stage of all) if (!byName.has(normalizeLabel(stage.name))) byName.set(normalizeLabel(stage.name), stage);
  return { all, funnel, table, byName };
}
