import {
  ADD_VALUE,
  addedValues,
  proposeValueChoices,
  valueMappingOf,
  type ValueChoices,
} from "@core/import/valueChoices";
import type { StageMapping } from "@core/import/applyStageMapping";

/** A stage choice that adds the name to the Stages table instead of mapping it. */
export const ADD_STAGE = ADD_VALUE;

/** For each stage name of a Deals import the workbook does not know: a known stage, ADD_STAGE or LEAVE_VALUE. */
export type StageChoices = ValueChoices;

/**
 * The first choice for each unknown stage name: the known stage suggestStageMapping places it
 * on, else adding it to the Stages table (proposeValueChoices for the Stage field).
 *
 * @param unknown - the stage names the workbook does not know, in order
 * @param known - the workbook's stage names
 * @returns one choice per unknown name
 *
 * @example
 * proposeStageChoices(["Closed Won", "Pilot"], ["Lead", "Won", "Lost"]) //=> { "Closed Won": "Won", Pilot: ADD_STAGE }
 */
export function proposeStageChoices(unknown: readonly string[], known: readonly string[]): StageChoices {
  return proposeValueChoices("Stage", unknown, known);
}

/**
 * The stage mapping the choices make: the names mapped onto known stages (names to add or leave stay as they are).
 *
 * @example
 * stageMappingOf({ "Closed Won": "Won", Pilot: ADD_STAGE }) //=> { "Closed Won": "Won" }
 */
export function stageMappingOf(choices: StageChoices): StageMapping {
  return valueMappingOf(choices);
}

/**
 * The stage names the choices add to the Stages table, in order.
 *
 * @example
 * addedStages({ "Closed Won": "Won", Pilot: ADD_STAGE }) //=> ["Pilot"]
 */
export function addedStages(choices: StageChoices): string[] {
  return addedValues(choices);
}
