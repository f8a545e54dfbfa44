/**
 * IF as Excel calculates it: the condition first, then only the branch it picks. HyperFormula
 * evaluates all three arguments before choosing, so a formula such as Targets[Actual]
 * (`IF([@Metric]="Collected",SUMIFS(Payments…),SUMIFS(Deals…))`) paid for both sums on every
 * row. Excel short-circuits IF (and CHOOSE), unlike IFS, SWITCH, AND and OR (see the emulator
 * README, "Calculation").
 *
 * The result is HyperFormula's own in every case: a condition that is an array, a branch that
 * is (or the branch left out would be) an array, or an omitted argument (`IF(A1,,2)`) goes
 * through the engine's eager IF, which broadcasts them element by element.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";

/** The part of an engine AST node this plugin looks at. */
type Ast = { type: string };
type ArraySizeLike = { width: number; height: number };

/** The engine's plugin internals the lazy IF uses (public on FunctionPlugin, untyped in its d.ts). */
type PluginThis = FunctionPlugin & {
  runFunction(args: Ast[], state: unknown, metadata: unknown, fn: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  evaluateAst(ast: Ast, state: unknown): unknown;
  arraySizeForAst(ast: Ast, state: unknown): ArraySizeLike;
  coerceToType(value: unknown, type: { argumentType: FunctionArgumentType }, state: unknown): unknown;
};

/** HyperFormula's IF signature (BooleanPlugin): a boolean, then two values kept with their number format. */
const ifMetadata = {
  method: "lazyIf",
  parameters: [
    { argumentType: FunctionArgumentType.BOOLEAN },
    { argumentType: FunctionArgumentType.SCALAR, passSubtype: true },
    { argumentType: FunctionArgumentType.SCALAR, defaultValue: false, passSubtype: true },
  ],
};

/** Whether an argument is missing or written empty (`IF(A1,,2)`). */
function isEmpty(ast: Ast | undefined): boolean {
  return ast === undefined || ast.type === "EMPTY";
}

/**
 * A plugin whose IF evaluates only the branch its condition picks. Listed after HyperFormula's
 * own plugins, it replaces theirs.
 *
 * @returns the plugin class for `functionPlugins`
 * @example
 * HyperFormula.buildEmpty({ functionPlugins: [...HyperFormula.getAllFunctionPlugins(), createLazyIfPlugin()] });
 * // =IF(A1="Collected",SUMIFS(…),SUMIFS(…)) now computes one SUMIFS per row, as Excel does
 */
export function createLazyIfPlugin(): FunctionPluginDefinition {
  class LazyIfPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = { IF: ifMetadata };
  }
  const proto = LazyIfPlugin.prototype as unknown as Record<string, unknown>;
  proto.lazyIf = function (this: PluginThis, ast: { args: Ast[] }, state: unknown) {
    const eager = () =>
      this.runFunction(ast.args, state, this.metadata("IF"), (condition, whenTrue, whenFalse) =>
        condition ? whenTrue : whenFalse,
      );
    const [test, whenTrue, whenFalse] = ast.args;
    if (ast.args.length < 2 || ast.args.length > 3 || isEmpty(test) || isEmpty(whenTrue)) return eager();
    if (ast.args.length === 3 && isEmpty(whenFalse)) return eager();
    const value = this.evaluateAst(test, state);
    if (value instanceof SimpleRangeValue) return eager();
    const condition = this.coerceToType(value, { argumentType: FunctionArgumentType.BOOLEAN }, state);
    if (condition instanceof CellError) return condition;
    if (condition === undefined) return new CellError(ErrorType.VALUE, "Wrong type of argument.");
    const skipped = condition ? whenFalse : whenTrue;
    if (skipped !== undefined) {
      const size = this.arraySizeForAst(skipped, state);
      if (size.width !== 1 || size.height !== 1) return eager();
    }
    const chosen = condition ? whenTrue : whenFalse;
    if (chosen === undefined) return false;
    const result = this.evaluateAst(chosen, state);
    return result instanceof SimpleRangeValue ? eager() : result;
  };
  return LazyIfPlugin as unknown as FunctionPluginDefinition;
}
