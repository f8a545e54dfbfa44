import { assignColumn } from "@core/import/assignColumn";
import type { ImportSource } from "@core/import/importSource";
import { knownStageNames } from "@core/import/knownStageNames";
import { proposeImport } from "@core/import/proposeImport";
import { defaultMatchKey } from "@core/import/matchImport";
import { proposeMapping } from "@core/import/proposeMapping";
import { recallMapping, recallValueChoices } from "@core/import/savedMappings";
import type { StageChoices } from "@core/import/stageChoices";
import { unknownValues } from "@core/import/unknownValues";
import type { ValueField } from "@core/import/validateRows";
import { knownFieldValues, proposeValueChoices, type ValueChoices } from "@core/import/valueChoices";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type {
  ImportWizardAction,
  ImportWizardState,
  ImportWizardStep,
  MappingChoices,
  PlannedStep,
  ReviewChoices,
} from "./steps/types";

/** The wizard on opening: reading the workbook, at the source step. */
export const initialImportWizardState: ImportWizardState = { loading: true, busy: false, step: { type: "source" } };

/** Whether a step has a plan (the user checked the data). */
export function isPlannedStep(step: ImportWizardStep): step is PlannedStep {
  return step.type === "duplicates" || step.type === "review" || step.type === "writing" || step.type === "result";
}

/**
 * The target and mapping for a header row: the mapping saved for the same set of headers when an
 * earlier import was written with one (marked with its date), else the one proposed from the headers.
 */
function mappingFor(
  state: ImportWizardState,
  source: ImportSource,
  headerRow: number,
  target: MappingChoices["target"],
): Pick<MappingChoices, "target" | "mapping" | "savedOn"> {
  const headers = source.values[headerRow] ?? [];
  const saved = recallMapping(state.workbook?.savedMappings ?? {}, headers);
  if (saved) return { target: saved.target, mapping: saved.mapping, savedOn: saved.savedOn };
  return { target, mapping: proposeMapping(headers, target) };
}

/** A freshly read source: the proposed (or saved) header row, target and mapping, every later choice fresh. */
function loaded(state: ImportWizardState, source: ImportSource): ImportWizardState {
  const proposal = proposeImport(source.values);
  const choices = { ...proposal, ...mappingFor(state, source, proposal.headerRow, proposal.target) };
  return { ...state, failure: undefined, step: { type: "mapping", source, choices } };
}

/**
 * The choices entering the review: the values the workbook's lists do not know (Deals' stages,
 * owners, tiers, methods) with a choice proposed afresh for each, nothing confirmed yet.
 */
function reviewChoices(
  state: ImportWizardState,
  source: ImportSource,
  choices: MappingChoices,
  language: WorkbookLanguage,
): ReviewChoices {
  const { workbook } = state;
  let stageChoices: StageChoices = {};
  const valueChoices: Partial<Record<ValueField, ValueChoices>> = {};
  if (workbook) {
    const { tables } = workbook;
    const { headerRow, mapping, target } = choices;
    const unknown = unknownValues({ source, headerRow, mapping, target, tables, language });
    // The value mappings saved with this export's column mapping are proposed again.
    const recalled = recallMapping(workbook.savedMappings ?? {}, source.values[headerRow] ?? []);
    const saved = recalled?.target === target ? recalled.values : undefined;
    for (const [field, values] of Object.entries(unknown)) {
      if (field === "Stage") {
        const known = knownStageNames(tables.Stages);
        stageChoices = recallValueChoices(proposeValueChoices("Stage", values, known), saved?.Stage, known);
      } else if (values.length > 0) {
        const known = knownFieldValues(field as ValueField, tables, language, target) ?? [];
        valueChoices[field as ValueField] = recallValueChoices(
          proposeValueChoices(field as ValueField, values, known),
          saved?.[field as ValueField],
          known,
        );
      }
    }
  }
  const values = Object.keys(valueChoices).length > 0 ? { valueChoices, addConfirmed: false } : {};
  // An append into a table that has rows asks first what to do with matching rows: skip them,
  // matched by the ID when the list has one, else by the table's sensible key.
  const table = workbook?.tables[choices.target];
  const mapped = choices.mapping.filter((key): key is string => key !== null);
  const match =
    table && table.rows.length > 0
      ? { policy: "skip" as const, key: defaultMatchKey(choices.target, mapped) }
      : undefined;
  return { stageChoices, confirmed: false, replacePending: false, ...values, ...(match ? { match } : {}) };
}

function withMatch(
  state: ImportWizardState,
  change: (match: NonNullable<ReviewChoices["match"]>) => NonNullable<ReviewChoices["match"]>,
): ImportWizardState {
  const { step } = state;
  if (step.type !== "duplicates" || !step.review.match) return state;
  return { ...state, step: { ...step, review: { ...step.review, match: change(step.review.match) } } };
}

function withMapping(
  state: ImportWizardState,
  change: (choices: MappingChoices, source: ImportSource) => MappingChoices,
): ImportWizardState {
  const { step } = state;
  if (step.type !== "mapping") return state;
  return { ...state, step: { ...step, choices: change(step.choices, step.source) } };
}

function withReview(state: ImportWizardState, change: (review: ReviewChoices) => ReviewChoices): ImportWizardState {
  const { step } = state;
  if (step.type !== "review") return state;
  return { ...state, step: { ...step, review: change(step.review) } };
}

/**
 * The import wizard's one transition function: the user's choices and the workbook's answers
 * move it from step to step. Pure, so every transition is tested without a pane; an action that
 * does not apply to the current step leaves the state as it is.
 *
 * @param state - the wizard as it stands
 * @param action - what happened
 * @returns the wizard after it
 */
export function importWizardReducer(state: ImportWizardState, action: ImportWizardAction): ImportWizardState {
  const { step } = state;
  switch (action.type) {
    case "workbookRequested":
      return { ...state, busy: true };
    case "workbookRead":
      return action.result.ok
        ? { ...state, loading: false, busy: false, workbook: action.result.value }
        : { ...state, loading: false, busy: false, failure: action.result.error };
    case "sourceRequested":
      return { ...state, busy: true, failure: undefined };
    case "sourceRead":
      return action.result.ok
        ? loaded({ ...state, busy: false }, action.result.value)
        : { ...state, busy: false, failure: action.result.error };
    case "csvRead":
      return loaded(state, action.source);
    case "headerRowChosen":
      return withMapping(state, (choices, source) => ({
        ...choices,
        savedOn: undefined,
        headerRow: action.row,
        ...mappingFor(state, source, action.row, choices.target),
      }));
    case "targetChosen":
      return withMapping(state, (choices, source) => ({
        ...choices,
        savedOn: undefined,
        target: action.target,
        mapping: proposeMapping(source.values[choices.headerRow] ?? [], action.target),
      }));
    case "columnChosen":
      return withMapping(state, (choices) => ({
        ...choices,
        mapping: assignColumn(choices.mapping, action.index, action.key),
      }));
    case "checked": {
      if (step.type !== "mapping") return state;
      const review = reviewChoices(state, step.source, step.choices, action.language);
      const type = review.match ? "duplicates" : "review";
      return { ...state, step: { type, source: step.source, choices: step.choices, review } };
    }
    case "back":
      if (step.type === "mapping") return { ...state, step: { type: "source" } };
      if (step.type === "review" && step.review.match) {
        return { ...state, step: { ...step, type: "duplicates", review: { ...step.review, confirmed: false } } };
      }
      if (step.type === "review" || step.type === "duplicates") {
        return { ...state, step: { type: "mapping", source: step.source, choices: step.choices } };
      }
      return state;
    case "duplicatePolicyChosen":
      return withMatch(state, (match) => ({ ...match, policy: action.policy }));
    case "matchKeyChosen":
      return withMatch(state, (match) => ({ ...match, key: action.key }));
    case "duplicatesSettled":
      if (step.type !== "duplicates") return state;
      return { ...state, step: { ...step, type: "review" } };
    case "modeChosen":
      if (step.type !== "review") return state;
      return {
        ...state,
        step: {
          ...step,
          choices: { ...step.choices, mode: action.mode },
          review: { ...step.review, confirmed: false },
        },
      };
    case "stageChosen":
      return withReview(state, (review) => ({
        ...review,
        stageChoices: { ...review.stageChoices, [action.stage]: action.choice },
      }));
    case "valueChosen":
      if (action.field === "Stage") {
        return withReview(state, (review) => ({
          ...review,
          stageChoices: { ...review.stageChoices, [action.value]: action.choice },
        }));
      }
      return withReview(state, (review) => {
        const field = action.field as ValueField;
        const valueChoices = review.valueChoices ?? {};
        const choices = { ...valueChoices[field], [action.value]: action.choice };
        // What is to be added changed: the user confirms the new list.
        return { ...review, valueChoices: { ...valueChoices, [field]: choices }, addConfirmed: false };
      });
    case "addConfirmed":
      return withReview(state, (review) => ({ ...review, addConfirmed: action.confirmed }));
    case "confirmed":
      return withReview(state, (review) => ({ ...review, confirmed: action.confirmed }));
    case "replaceChosen":
      return withReview(state, (review) => ({ ...review, replacePending: action.replace }));
    case "writeStarted":
      if (step.type !== "review" && step.type !== "result") return state;
      return {
        ...state,
        step: {
          type: "writing",
          source: step.source,
          choices: step.choices,
          review: step.review,
          progress: { done: 0, total: action.total },
        },
      };
    case "progressed":
      if (step.type !== "writing") return state;
      return { ...state, step: { ...step, progress: action.progress } };
    case "writeEnded": {
      if (step.type !== "writing") return state;
      const { source, choices, review } = step;
      const ended = action.result.ok ? { outcome: action.result.value } : { writeFailure: action.result.error };
      return { ...state, step: { type: "result", source, choices, review, ...ended } };
    }
    case "restarted":
      return { ...state, loading: true, step: { type: "source" } };
  }
}
