import type { StageMapping } from "@core/import/applyStageMapping";
import { suggestStageMapping } from "@core/import/suggestStageMapping";

/** A stage choice that adds the name to the Stages table instead of mapping it. */
export const ADD_STAGE = "\u0000add";

/** For each stage name of a Deals import the workbook does not know: a known stage, or ADD_STAGE. */
export type StageChoices = Readonly<Record<string, string>>;

/**
 * The first choice for each unknown stage name: the known stage suggestStageMapping places it
 * on, else adding it to the Stages table.
 *
 * @param unknown - the stage names the workbook does not know, in order
 * @param known - the workbook's stage names
 * @returns one choice per unknown name
 *
 * @example
 * proposeStageChoices(["Closed Won", "Pilot"], ["Lead", "Won", "Lost"]) //=> { "Closed Won": "Won", Pilot: ADD_STAGE }
 */
export function proposeStageChoices(unknown: readonly string[], known: readonly string[]): StageChoices {
  const suggested = suggestStageMapping(unknown, known);
  return Object.fromEntries(unknown.map((stage) => [stage, suggested[stage] ?? ADD_STAGE]));
}

/**
 * The stage mapping the choices make: the names mapped onto known stages (names to add stay as
 * they are).
 *
 * @example
 * stageMappingOf({ "Closed Won": "Won", Pilot: ADD_STAGE }) //=> { "Closed Won": "Won" }
 */
export function stageMappingOf(choices: StageChoices): StageMapping {
  return Object.fromEntries(Object.entries(choices).filter(([, choice]) => choice !== ADD_STAGE));
}

/**
 * The stage names the choices add to the Stages table, in order.
 *
 * @example
 * addedStages({ "Closed Won": "Won", Pilot: ADD_STAGE }) //=> ["Pilot"]
 */
export function addedStages(choices: StageChoices): string[] {
  return Object.entries(choices)
    .filter(([, choice]) => choice === ADD_STAGE)
    .map(([stage]) => stage);
}
