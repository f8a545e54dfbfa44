import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";

/** How the wizard resolves stage names the workbook does not know: source label → stage to use. */
export type StageMapping = Readonly<Record<string, string>>;

/** The form stage names are compared in: full-width folded, trimmed, spaces collapsed, lower case. */
export function stageKey(stage: Cell): string {
  return normalizeLabel(typeof stage === "string" ? stage.normalize("NFKC") : stage);
}

/**
 * The stage a source value becomes under a stage mapping (labels compared by {@link stageKey});
 * values the mapping does not mention, and non-text cells, are returned unchanged.
 *
 * @param stage - a stage cell from the source
 * @param mapping - source label → stage name, as the user chose it in the wizard
 * @returns the mapped stage name, or the cell itself
 *
 * @example
 * applyStageMapping(" closed won", { "Closed Won": "赢单" }) //=> "赢单"
 */
export function applyStageMapping(stage: Cell, mapping: StageMapping): Cell {
  if (typeof stage !== "string") return stage;
  const key = stageKey(stage);
  for (const [from, to] of Object.entries(mapping)) if (stageKey(from) === key) return to;
  return stage;
}
