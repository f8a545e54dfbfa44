/**
 * The size of a SALES function's spill, known before it runs. HyperFormula lays out an array
 * result when the formula is parsed, so the emulator must predict what Excel learns only from
 * the returned array. The rules follow the function catalogue (FUNCTIONS.md).
 */
import type { FunctionMetadata } from "./salesFunctionsSource";

/** What is known of an argument before evaluation: its shape, and its value when it is a number literal. */
export type ArgumentShape = { rows: number; columns: number; literal?: number } | null;

/** A spill size. */
export type SpillShape = { rows: number; columns: number };

/** Predicts a function's spill size from its arguments' shapes. */
export type SpillShapeRule = (args: readonly ArgumentShape[]) => SpillShape;

const shapeOf = (arg: ArgumentShape | undefined): SpillShape =>
  arg ? { rows: arg.rows, columns: arg.columns } : { rows: 1, columns: 1 };

/** Rules where the catalogue says the spill is not the shape of the first matrix argument. */
export const SPILL_SHAPE_RULES: Readonly<Record<string, SpillShapeRule>> = {
  FUNNEL: (args) => ({ rows: args[1] ? args[1].rows * args[1].columns : 1, columns: 3 }),
  SEASONINDEX: (args) => ({
    rows: args[1]?.literal !== undefined && args[1].literal >= 1 ? Math.floor(args[1].literal) : 12,
    columns: 1,
  }),
  RFM: (args) => ({ rows: args[0]?.rows ?? 1, columns: 1 }),
  SPLIT: (args) => shapeOf(args[1]),
  ABC: (args) => shapeOf(args[0]),
  RATING: (args) => shapeOf(args[0]),
  SEGMENT: (args) => shapeOf(args[0]),
  NEXTVISIT: (args) => shapeOf(args[0]),
  // One row per bucket: not yet due, then one per edge and one past the last (default 30, 60, 90).
  // Empty cells in a bucket_days range are skipped by the function, which the shape cannot know:
  // such a range spills fewer rows than predicted, padded with "" as any smaller result is.
  AGING: (args) => ({ rows: (args[4] ? args[4].rows * args[4].columns : 3) + 2, columns: 1 }),
};

/**
 * The predicted spill of a function, or null for a scalar result (`result.dimensionality` is not
 * "matrix"). Without a rule: the shape of the first matrix parameter's argument.
 */
export function predictSpill(
  fn: FunctionMetadata,
  args: readonly ArgumentShape[],
  extraRules: Readonly<Record<string, SpillShapeRule>> = {},
): SpillShape | null {
  if (fn.result?.dimensionality !== "matrix") return null;
  const id = fn.id.toUpperCase();
  const rule = extraRules[id] ?? SPILL_SHAPE_RULES[id];
  if (rule) return rule(args);
  const firstMatrix = fn.parameters.findIndex((p) => p.dimensionality === "matrix");
  return shapeOf(firstMatrix >= 0 ? args[firstMatrix] : args[0]);
}
