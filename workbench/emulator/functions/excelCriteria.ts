/**
 * Excel's reading of a COUNTIFS / SUMIFS criterion text, in the engine. Excel takes one leading
 * comparison operator (`=`, `<>`, `<`, `>`, `<=`, `>=`) and compares with the rest as written, so
 * `"==cmd"` matches the text "=cmd" and `"A=B"` the text "A=B". HyperFormula takes every leading
 * run of `<`, `>` and `=` anywhere in the text as the operator, so it refuses `"==cmd"` with
 * `#VALUE!` and reads `"A=B"` as "= B". Criteria built from users' names (`"="&A5`) need Excel's
 * rule, so the emulator gives the engine's criterion builder Excel's split; the values are then
 * read as the engine reads them (numbers, TRUE/FALSE, blank).
 */
import type { HyperFormula } from "hyperformula";

type Criterion = { operator: string; value: unknown };
type ArithmeticHelper = { coerceToMaybeNumber(value: string): unknown };
type CriterionBuilder = {
  trueString: string;
  falseString: string;
  parseCriterion(criterion: unknown, helper: ArithmeticHelper): Criterion | undefined;
};

const OPERATORS: Readonly<Record<string, string>> = {
  "=": "EQUAL",
  "<>": "NOT_EQUAL",
  "<": "LESS_THAN",
  ">": "GREATER_THAN",
  "<=": "LESS_THAN_OR_EQUAL",
  ">=": "GREATER_THAN_OR_EQUAL",
};

/** The number the engine reads in a text, if any (its own helper returns a number or a rich number). */
function numberOf(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  const raw = (value as { val?: unknown } | undefined)?.val;
  return typeof raw === "number" ? raw : undefined;
}

/**
 * Gives one engine's criterion builder Excel's operator rule (see the file comment).
 *
 * @param hf - the engine
 */
export function useExcelCriteria(hf: HyperFormula): void {
  const interpreter = (hf as unknown as { evaluator?: { interpreter?: { criterionBuilder?: CriterionBuilder } } })
    .evaluator?.interpreter;
  const builder = interpreter?.criterionBuilder;
  if (!builder) throw new Error("The formula engine has no criterion builder to give Excel's criteria.");
  const engineParse = builder.parseCriterion.bind(builder);
  builder.parseCriterion = (criterion, helper) => {
    if (typeof criterion !== "string") return engineParse(criterion, helper);
    const [, operator = "=", text] = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(criterion)!;
    const type = OPERATORS[operator];
    if (text === "") return { operator: type, value: null };
    const number = numberOf(helper.coerceToMaybeNumber(text));
    if (number !== undefined) return { operator: type, value: number };
    if (type !== "EQUAL" && type !== "NOT_EQUAL") return undefined;
    const lower = text.toLowerCase();
    const bool = lower === builder.trueString ? true : lower === builder.falseString ? false : undefined;
    return { operator: type, value: bool ?? text };
  };
}
