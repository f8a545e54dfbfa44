import { salesError, type Result } from "@core/errors";
import { funnel } from "@core/formulas/process/funnel";
import { isSalesError } from "@core/errors";
import { LabelCache } from "@core/cells/labelCache";
import { normalizeLabel } from "@core/cells/outcome";
import { OPEN, type PipelineDeals } from "@core/pipeline/pipelineDeals";
import type { PipelineStages } from "@core/pipeline/pipelineStages";
import { pickColumn } from "@core/pipeline/pickColumn";

/** One stage of the funnel. */
export type FunnelStage = {
  readonly stage: string;
  /** Deals that reached the stage (SALES.FUNNEL's first column). */
  readonly reached: number;
  /** Conversion from the previous stage (1 for the first). */
  readonly fromPrevious: Result<number>;
  /** Conversion from the first stage. */
  readonly fromFirst: Result<number>;
  /** Open deals at the stage now, and their amount. */
  readonly openDeals: number;
  readonly openAmount: number;
};

/** The funnel and its weakest step. */
export type PipelineFunnel = {
  readonly stages: readonly FunnelStage[];
  /**
   * Index in `stages` of the stage entered with the weakest conversion from the one before it
   * (the bottleneck is the step into it); null with fewer than two stages or no computable step.
   */
  readonly bottleneck: number | null;
};

/**
 * The step with the lowest conversion from the previous stage; the earliest wins a tie (the
 * earlier leak loses the deals the later steps never see). Steps whose conversion is an error
 * (nobody reached the stage before) are not candidates.
 *
 * @example
 * bottleneckOf([1, 0.5, 0.8, 0.5]) //=> 1
 */
export function bottleneckOf(fromPrevious: readonly Result<number>[]): number | null {
  let best: number | null = null;
  for (let k = 1; k < fromPrevious.length; k++) {
    const value = fromPrevious[k];
    if (isSalesError(value)) continue;
    if (best === null || value < (fromPrevious[best] as number)) best = k;
  }
  return best;
}

/**
 * The funnel by stage over the deals in scope: SALES.FUNNEL(Deals[Stage], the funnel stages in
 * Order, Deals[LostAt]) — a lost deal reached the stage named in its LostAt — with the open deals
 * sitting at each stage now, and the bottleneck.
 *
 * @param deals - the deals, read
 * @param stages - the stages, read (their `funnel` list is the stage order)
 * @param rows - the rows in scope; null for all
 * @returns the funnel, or the FUNNEL error (a deal at a stage that is not in Stages, no stages)
 * @example
 * pipelineFunnel(deals, stages, null).bottleneck //=> 2
 */
export function pipelineFunnel(
  deals: PipelineDeals,
  stages: PipelineStages,
  rows: Int32Array | null,
): Result<PipelineFunnel> {
  if (stages.funnel.length === 0) return salesError("invalid-value", "noStages", { what: "Stages" });
  const order = stages.funnel.map((stage) => [stage.name]);
  const counts = funnel(pickColumn(deals.cells.stage, rows), order, pickColumn(deals.cells.lostAt, rows));
  if (isSalesError(counts)) return counts;
  const position = new Map(stages.funnel.map((stage, k) => [normalizeLabel(stage.name), k]));
  const positionOf = new LabelCache((label) => position.get(label) ?? -1);
  const openDeals = new Array<number>(order.length).fill(0);
  const openAmount = new Array<number>(order.length).fill(0);
  const size = rows === null ? deals.count : rows.length;
  for (let k = 0; k < size; k++) {
    const i = rows === null ? k : rows[k];
    if (deals.outcome[i] !== OPEN) continue;
    const at = positionOf.get(deals.cells.stage[i][0]);
    if (at < 0) continue;
    openDeals[at]++;
    openAmount[at] += deals.amount[i];
  }
  const list = counts.map(([reached, fromPrevious, fromFirst], k): FunnelStage => ({
    stage: stages.funnel[k].name,
    reached,
    fromPrevious,
    fromFirst,
    openDeals: openDeals[k],
    openAmount: openAmount[k],
  }));
  return { stages: list, bottleneck: bottleneckOf(list.map((stage) => stage.fromPrevious)) };
}
