/**
 * Registers custom functions in HyperFormula as `SALES.<ID>` and calls them the way Excel calls
 * custom functions: a matrix parameter gets a 2-D array (a scalar argument becomes [[v]]), a
 * scalar parameter gets the value, omitted optional arguments and empty cells get `null` (empty
 * cells get `0` in the `blankCellsAsZero` mode, as some desktop builds send them),
 * booleans stay booleans, and an error in any input is the result without a call. A thrown
 * `CustomFunctions.Error` becomes that cell error with its message; anything else thrown is a
 * plain #VALUE!. A 2-D result spills; HyperFormula needs its size before evaluation, which
 * spillShape.ts predicts.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";
import { cellAddress } from "../address";
import { toCellError } from "./excelErrors";
import type { FunctionMetadata, SalesFunctionsSource } from "./salesFunctionsSource";
import { type ArgumentShape, predictSpill, type SpillShape, type SpillShapeRule } from "./spillShape";

/** The mode the plugin reads at each call (the emulator's modes object). */
type ArgumentModes = { readonly blankCellsAsZero: boolean };

/** The namespace Excel shows before each id (from the manifest). */
export const SALES_NAMESPACE = "SALES";

type Ast = { type: string; value?: unknown; args?: Ast[] };
type State = { formulaAddress: { sheet: number; row: number; col: number } };
type PluginThis = FunctionPlugin & {
  runFunction(args: Ast[], state: State, metadata: unknown, fn: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  arraySizeForAst(ast: Ast, state: State): ArraySize;
};

/** A scalar as HyperFormula hands it to a plugin. */
type HfScalar = number | string | boolean | typeof EmptyValue | CellError | { val: number } | undefined;

function isCellError(v: unknown): v is CellError {
  return v instanceof CellError;
}

/** A HyperFormula scalar as Excel passes it to a custom function (an empty cell as `blank`). */
function toExcelArg(v: HfScalar, blank: null | 0 = null): unknown {
  if (v === undefined) return null;
  if (v === EmptyValue) return blank;
  if (typeof v === "object" && v !== null && !isCellError(v) && "val" in v) return v.val;
  return v;
}

/** Whether a thrown value is a `CustomFunctions.Error` (by shape: the bundle may hold its own class). */
function asCustomError(e: unknown): { code: string; message: string } | null {
  if (
    typeof e === "object" &&
    e !== null &&
    typeof (e as { code?: unknown }).code === "string" &&
    (e as { code: string }).code.startsWith("#")
  ) {
    return { code: (e as { code: string }).code, message: (e as { message?: string }).message ?? "" };
  }
  return null;
}

/** One result cell for HyperFormula. */
function toHfCell(v: unknown): number | string | boolean | CellError {
  const custom = v instanceof Error || (typeof v === "object" && v !== null) ? asCustomError(v) : null;
  if (custom) return toCellError(custom.code, custom.message);
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return new CellError(ErrorType.VALUE, "a Date object is not a cell value");
  return new CellError(ErrorType.VALUE);
}

/** Converts a function's return value into what HyperFormula stores, padded to the predicted spill. */
function toHfResult(result: unknown, spill: SpillShape | null, id: string): unknown {
  if (
    result instanceof Promise ||
    (typeof result === "object" && result !== null && typeof (result as { then?: unknown }).then === "function")
  ) {
    return new CellError(ErrorType.VALUE, `SALES.${id} returned a promise; the emulator evaluates synchronously`);
  }
  if (!Array.isArray(result)) {
    if (spill && (spill.rows > 1 || spill.columns > 1)) {
      const grid = Array.from({ length: spill.rows }, (_, r) =>
        Array.from({ length: spill.columns }, (_, c) => (r === 0 && c === 0 ? toHfCell(result) : "")),
      );
      return SimpleRangeValue.onlyValues(grid as never);
    }
    return toHfCell(result);
  }
  if (result.length === 0 || !Array.isArray(result[0]) || result[0].length === 0)
    return new CellError(ErrorType.NA, `SALES.${id} returned an empty array`);
  const rows = result as unknown[][];
  const height = rows.length;
  const width = Math.max(...rows.map((r) => (Array.isArray(r) ? r.length : 1)));
  if (!spill) {
    if (height === 1 && width === 1) return toHfCell(rows[0][0]);
    return new CellError(
      ErrorType.VALUE,
      `SALES.${id} returned a ${height}×${width} array but its metadata declares a scalar result`,
    );
  }
  if (height > spill.rows || width > spill.columns) {
    return new CellError(
      ErrorType.VALUE,
      `SALES.${id} returned ${height}×${width} cells; the emulator predicted a ${spill.rows}×${spill.columns} spill (see spillShape.ts)`,
    );
  }
  const grid = Array.from({ length: spill.rows }, (_, r) =>
    Array.from({ length: spill.columns }, (_, c) =>
      r < height && Array.isArray(rows[r]) && c < rows[r].length ? toHfCell(rows[r][c]) : "",
    ),
  );
  return SimpleRangeValue.onlyValues(grid as never);
}

/** The argument for one parameter, or a CellError to return instead of calling. */
function toParameterArg(raw: unknown, matrix: boolean, blank: null | 0): unknown {
  if (raw === undefined) return null;
  if (raw instanceof SimpleRangeValue) {
    const data = raw.data as HfScalar[][];
    for (const row of data) for (const cell of row) if (isCellError(cell)) return cell;
    const grid = data.map((row) => row.map((cell) => toExcelArg(cell, blank)));
    if (matrix) return grid;
    if (grid.length === 1 && grid[0].length === 1) return grid[0][0];
    return new CellError(ErrorType.VALUE, "a range was passed where the function takes a single value");
  }
  if (isCellError(raw)) return raw;
  const value = toExcelArg(raw as HfScalar, blank);
  return matrix ? [[value]] : value;
}

/** A plugin class carrying the given functions, plus the translations HyperFormula needs for their names. */
export type SalesPluginBundle = { plugin: FunctionPluginDefinition; names: Record<string, string> };

/**
 * Builds the HyperFormula plugin for a set of custom functions.
 * @param extraRules spill-size rules for ids the catalogue does not cover (test doubles, say)
 * @param modes read at each call: whether empty cells arrive as 0
 */
export function createSalesPlugin(
  source: SalesFunctionsSource,
  extraRules: Readonly<Record<string, SpillShapeRule>> = {},
  modes: ArgumentModes = { blankCellsAsZero: false },
): SalesPluginBundle {
  const implemented: ImplementedFunctions = {};
  const names: Record<string, string> = {};
  class SalesPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = implemented;
  }
  const proto = SalesPlugin.prototype as unknown as Record<string, unknown>;
  for (const fn of source.metadata.functions) {
    const id = fn.id.toUpperCase();
    const impl = source.implementations.get(id);
    if (!impl) throw new Error(`No implementation for custom function ${id}`);
    const name = `${SALES_NAMESPACE}.${id}`;
    names[name] = name;
    const repeating = fn.parameters.length > 0 && fn.parameters[fn.parameters.length - 1].repeating === true;
    implemented[name] = {
      method: `call_${id}`,
      sizeOfResultArrayMethod: `size_${id}`,
      parameters: fn.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: p.optional === true || p.repeating === true,
      })),
      ...(repeating ? { repeatLastArgs: 1 } : {}),
      vectorizationForbidden: true,
      enableArrayArithmeticForArguments: true,
      isVolatile: fn.options?.volatile === true,
    };
    const shapes = function (this: PluginThis, ast: Ast, state: State): ArgumentShape[] {
      return (ast.args ?? []).map((arg) => {
        if (arg.type === "EMPTY") return null;
        const size = this.arraySizeForAst(arg, state);
        const literal = arg.type === "NUMBER" && typeof arg.value === "number" ? arg.value : undefined;
        return { rows: size.height, columns: size.width, ...(literal !== undefined ? { literal } : {}) };
      });
    };
    proto[`size_${id}`] = function (this: PluginThis, ast: Ast, state: State): ArraySize {
      const spill = predictSpill(fn, shapes.call(this, ast, state), extraRules);
      return spill ? new ArraySize(spill.columns, spill.rows) : ArraySize.scalar();
    };
    proto[`call_${id}`] = function (this: PluginThis, ast: Ast, state: State): unknown {
      const spill = predictSpill(fn, shapes.call(this, ast, state), extraRules);
      return this.runFunction(ast.args ?? [], state, this.metadata(name), (...raw: unknown[]) =>
        invoke(fn, impl, raw, spill, state, modes.blankCellsAsZero ? 0 : null),
      );
    };
  }
  return { plugin: SalesPlugin as unknown as FunctionPluginDefinition, names };
}

function invoke(
  fn: FunctionMetadata,
  impl: (...args: unknown[]) => unknown,
  raw: unknown[],
  spill: SpillShape | null,
  state: State,
  blank: null | 0,
): unknown {
  const args: unknown[] = [];
  const params = fn.parameters;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const matrix = p.dimensionality === "matrix";
    if (p.repeating && i === params.length - 1) {
      // Excel passes a repeating parameter as one array of the given arguments.
      const rest: unknown[] = [];
      for (let j = i; j < raw.length; j++) {
        const a = toParameterArg(raw[j], matrix, blank);
        if (isCellError(a)) return a;
        if (raw[j] !== undefined) rest.push(a);
      }
      args.push(rest);
      break;
    }
    const a = toParameterArg(raw[i], matrix, blank);
    if (isCellError(a)) return a;
    args.push(a);
  }
  if (fn.options?.requiresAddress) {
    const { row, col } = state.formulaAddress;
    args.push({ address: cellAddress(row, col), functionName: `${SALES_NAMESPACE}.${fn.id}` });
  }
  let result: unknown;
  try {
    result = impl(...args);
  } catch (e) {
    const custom = asCustomError(e);
    return custom ? toCellError(custom.code, custom.message) : new CellError(ErrorType.VALUE);
  }
  return toHfResult(result, spill, fn.id.toUpperCase());
}

/** Makes HyperFormula's English function list know the names (it parses only translated names). */
export function registerFunctionNames(names: Record<string, string>): void {
  HyperFormula.getLanguage("enGB").extendFunctions(names);
}
