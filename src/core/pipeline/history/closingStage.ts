import type { Cell } from "@core/cells/cell";
import { classifyOutcome, normalizeLabel } from "@core/cells/outcome";
import type { PipelineStages } from "@core/pipeline/pipelineStages";

/** Whether a stage closes a deal (won or lost), for stamping Deals[ClosedOn]. */
export type ClosingStage = (stage: Cell) => boolean;

/**
 * What closes a deal in this workbook: a stage whose name says won or lost in either language
 * (Won, 赢单, Lost, 输单 …), or one the Stages table puts in the Closed or Omitted forecast
 * category (a renamed "Signed" stage counts as won when its category is Closed). Without a Stages
 * table the names alone decide.
 *
 * @param stages - the Stages table as read (pipelineStages), or undefined
 * @returns the test for a deal's stage
 * @example
 * closingStage(pipelineStages(stagesTable))("赢单") //=> true
 */
export function closingStage(stages: PipelineStages | undefined): ClosingStage {
  return (stage) => {
    const outcome = classifyOutcome(stage);
    if (outcome === "won" || outcome === "lost") return true;
    if (outcome === "empty") return false;
    const category = stages?.byName.get(normalizeLabel(stage))?.category;
    return category === "closed" || category === "omitted";
  };
}
