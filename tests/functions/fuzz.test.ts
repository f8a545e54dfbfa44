import fc from "fast-check";
import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";
import { generatedMetadata, type FunctionMetadata, type ParameterMetadata } from "./generatedMetadata";

/*
 * Every registered SALES function, called the way Excel calls it with arbitrary sheet contents,
 * answers with an Excel-ready value or a thrown CustomFunctions.Error — never another exception,
 * NaN, Infinity, null inside a spill, or an empty array. The list of functions comes from the
 * generated metadata, so functions land here as soon as they are registered.
 */

const RUNS_PER_FUNCTION = 200;
const ERROR_CODES = ["#DIV/0!", "#N/A", "#NUM!", "#VALUE!", "#NULL!", "#REF!", "#NAME?"];

type Cell = number | string | boolean | null;
type Wrapper = (...args: unknown[]) => unknown;

const edgeNumbers = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  0.5,
  12,
  100,
  101,
  -100,
  1200,
  45658,
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
);
const number: fc.Arbitrary<number> = fc.oneof(
  edgeNumbers,
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const salesText = fc.constantFrom(
  "1,200",
  "35%",
  "¥1,200",
  "１２０",
  "赢单",
  "输单",
  "成交",
  "won",
  "Won",
  "closed won",
  "lost",
  "Closed-Lost",
  "open",
  "Proposal",
  "A",
  "B",
  "C",
  "S",
  "545",
  "111",
  "2025-01-01",
  "2025/2/3",
  "2025年3月4日",
  "commit",
  "bestcase",
  "Pipeline",
  "最佳情况",
  "marginal",
  "whole",
  "en",
  "zh",
  "",
  "   ",
  "abc",
  "-5",
  "1e400",
  "NaN",
  "Infinity",
);
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: salesText },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);

/**
 * Magnitudes from 1e-300 to 1e308, spread evenly over the exponents (a plain double arbitrary
 * rarely reaches both ends), either sign: sums overflow, shares underflow, products of two such
 * cells are Infinity. A loop whose count comes from such a value must still end.
 */
const extremeNumber: fc.Arbitrary<number> = fc
  .tuple(fc.integer({ min: -300, max: 307 }), fc.double({ min: 1, max: 9.99, noNaN: true }), fc.boolean())
  .map(([exponent, mantissa, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent);
const extremeCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: extremeNumber },
  { weight: 1, arbitrary: fc.constantFrom(1e308, 1.7976931348623157e308, 1e-300, 5e-324, 0) },
  { weight: 2, arbitrary: salesText },
  { weight: 1, arbitrary: fc.constant(null) },
);

type Shape = { rows: number; cols: number };
const shape: fc.Arbitrary<Shape> = fc.record({
  rows: fc.integer({ min: 1, max: 6 }),
  cols: fc.integer({ min: 1, max: 3 }),
});
const matrixOf = ({ rows, cols }: Shape, of: fc.Arbitrary<Cell> = cell): fc.Arbitrary<Cell[][]> =>
  fc.array(fc.array(of, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** A scalar argument as Excel would pass it for the parameter's declared type. */
function scalarFor(parameter: ParameterMetadata, of: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> {
  switch (parameter.type) {
    case "number":
      return of === cell ? number : fc.oneof(extremeNumber, number);
    case "string":
      return text;
    case "boolean":
      return fc.boolean();
    default:
      return of;
  }
}

/**
 * Arguments for one call. Matrix arguments usually share one shape (as ranges describing the same
 * rows do), sometimes not; scalars may be null (an omitted or empty argument).
 */
function argumentsFor(fn: FunctionMetadata, of: fc.Arbitrary<Cell> = cell): fc.Arbitrary<unknown[]> {
  return shape.chain((shared) =>
    fc.tuple(
      ...fn.parameters.map((parameter): fc.Arbitrary<unknown> => {
        if (parameter.dimensionality === "matrix") {
          const matrix = fc.oneof(
            { weight: 3, arbitrary: matrixOf(shared, of) },
            { weight: 1, arbitrary: shape.chain((other) => matrixOf(other, of)) },
          );
          return parameter.optional ? fc.option(matrix, { nil: null, freq: 3 }) : matrix;
        }
        return fc.option(scalarFor(parameter, of), { nil: null, freq: 4 });
      }),
    ),
  );
}

/** The problem with one call's outcome, returned or thrown, or null when Excel can show it. */
function callProblem(wrapper: Wrapper, args: unknown[]): string | null {
  try {
    return resultProblem(wrapper(...args));
  } catch (thrown) {
    return thrownProblem(thrown);
  }
}

const isPlainValue = (v: unknown): boolean =>
  (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" || typeof v === "boolean";

/** Why a returned value is not something Excel can show, or null when it is. */
function resultProblem(value: unknown): string | null {
  if (isPlainValue(value)) return null;
  if (!Array.isArray(value)) return `returned ${show(value)}`;
  if (value.length === 0) return "returned an empty array";
  const width = Array.isArray(value[0]) ? value[0].length : -1;
  if (width < 1) return "returned a spill whose first row is empty or not an array";
  for (let r = 0; r < value.length; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== width) return `returned a ragged spill (row ${r + 1})`;
    for (let c = 0; c < width; c++) {
      const v: unknown = row[c];
      if (isPlainValue(v)) continue;
      if (v instanceof CustomFunctions.Error && ERROR_CODES.includes(v.code)) continue;
      return `returned ${show(v)} in spill cell (${r + 1}, ${c + 1})`;
    }
  }
  return null;
}

/** Why a thrown value is not a proper Excel error, or null when it is. */
function thrownProblem(thrown: unknown): string | null {
  if (!(thrown instanceof CustomFunctions.Error)) return `threw ${show(thrown)}`;
  if (!ERROR_CODES.includes(thrown.code)) return `threw an Excel error with code ${thrown.code}`;
  // `run` turns a crash inside core into #VALUE! "unexpected error: …": the input deserved a real answer.
  if ((thrown.message ?? "").startsWith("unexpected error")) return `crashed inside core: ${thrown.message}`;
  return null;
}

function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === "number") return String(value);
  return `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
}

describe("every registered SALES function under random arguments", () => {
  let functions: FunctionMetadata[] = [];
  let wrappers = new Map<string, Wrapper>();

  beforeAll(async () => {
    installCustomFunctionsRuntime();
    const metadata = await generatedMetadata();
    const exports = (await import("@functions/functions")) as unknown as Record<string, Wrapper>;
    functions = metadata.functions;
    wrappers = new Map(metadata.associate.map(({ functionName, id }) => [id, exports[functionName]]));
  }, 60_000);

  it("answers with an Excel value or a CustomFunctions.Error, never anything else", () => {
    const ids = functions.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["CONVERSION", "WINRATE"]));

    for (const fn of functions) {
      const wrapper = wrappers.get(fn.id);
      expect({ id: fn.id, exported: typeof wrapper }).toEqual({ id: fn.id, exported: "function" });
      fc.assert(
        fc.property(argumentsFor(fn), (args) => {
          const problem = callProblem(wrapper!, args);
          if (problem) throw new Error(`SALES.${fn.id} ${problem}`);
        }),
        { numRuns: RUNS_PER_FUNCTION, seed: seedFromEnvironment() },
      );
    }
  }, 120_000);

  // Before loops were bounded, SPLIT(100, {1E+307; 1E+307}) never returned: a hang, which no
  // timeout can stop inside one synchronous call. Every function now ends on such figures, with a
  // value or a proper error; a broken bound shows as "crashed inside core".
  it("ends with an Excel value or error on magnitudes from 1e-300 to 1e308", () => {
    for (const fn of functions) {
      const wrapper = wrappers.get(fn.id)!;
      fc.assert(
        fc.property(argumentsFor(fn, extremeCell), (args) => {
          const problem = callProblem(wrapper, args);
          if (problem) throw new Error(`SALES.${fn.id} ${problem}`);
        }),
        { numRuns: RUNS_PER_FUNCTION, seed: seedFromEnvironment() },
      );
    }
  }, 120_000);

  it("has an oracle that rejects what Excel cannot show", () => {
    expect([
      resultProblem(0.25),
      resultProblem("A"),
      resultProblem(true),
      resultProblem([
        ["A", 1],
        [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), ""],
      ]),
    ]).toEqual([null, null, null, null]);
    expect(resultProblem(Number.NaN)).toBe("returned NaN");
    expect(resultProblem(Infinity)).toBe("returned Infinity");
    expect(resultProblem(undefined)).toBe("returned undefined undefined");
    expect(resultProblem([])).toBe("returned an empty array");
    expect(resultProblem([[]])).toContain("first row is empty");
    expect(resultProblem([[1], [2, 3]])).toBe("returned a ragged spill (row 2)");
    expect(resultProblem([[1], [null]])).toBe("returned object null in spill cell (2, 1)");
    expect(resultProblem([[1, Number.NaN]])).toBe("returned NaN in spill cell (1, 2)");
    expect(thrownProblem(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero))).toBeNull();
    expect(thrownProblem(new TypeError("x is undefined"))).toBe("threw TypeError: x is undefined");
    expect(
      thrownProblem(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "unexpected error: boom")),
    ).toBe("crashed inside core: unexpected error: boom");
  });
});

/** FUZZ_SEED=<n> replays a failing run that fast-check reported. */
function seedFromEnvironment(): number | undefined {
  const seed = Number(process.env.FUZZ_SEED);
  return Number.isInteger(seed) ? seed : undefined;
}
