import { createEmulator, type SalesFunctionsSource } from "@workbench/emulator/index";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";

/** A test double: metadata in functions.json form and implementations that record their calls. */
function fakeFunctions(calls: unknown[][]): SalesFunctionsSource {
  return {
    metadata: {
      functions: [
        {
          id: "PROBE",
          name: "PROBE",
          parameters: [
            { name: "range", type: "any", dimensionality: "matrix" },
            { name: "scalar", type: "any" },
            { name: "opt", type: "any", dimensionality: "matrix", optional: true },
            { name: "opt2", type: "number", optional: true },
          ],
          result: { type: "number" },
        },
        {
          id: "THREE",
          name: "THREE",
          parameters: [{ name: "x", type: "any", dimensionality: "matrix" }],
          result: { type: "number", dimensionality: "matrix" },
        },
        { id: "FAILS", name: "FAILS", parameters: [{ name: "code", type: "string" }], result: { type: "number" } },
        {
          id: "ROWERR",
          name: "ROWERR",
          parameters: [{ name: "x", type: "any", dimensionality: "matrix" }],
          result: { type: "any", dimensionality: "matrix" },
        },
      ],
    },
    implementations: new Map<string, (...args: unknown[]) => unknown>([
      [
        "PROBE",
        (...args: unknown[]) => {
          calls.push(args);
          return 1;
        },
      ],
      ["THREE", () => [[1], [2], [3]]],
      [
        "FAILS",
        (code: unknown) => {
          if (code === "value")
            throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "amount in row 3 is not a number");
          if (code === "na")
            throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "nothing to report");
          if (code === "div") throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
          throw new Error("boom");
        },
      ],
      [
        "ROWERR",
        () => [["A"], [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "unknown tier")], ["C"]],
      ],
    ]),
  };
}

describe("SALES functions in the emulator", () => {
  test("arguments arrive as Excel passes them: 2-D arrays, null for empty cells and omitted optionals, booleans as booleans", () => {
    const calls: unknown[][] = [];
    const { book } = createEmulator({ functions: fakeFunctions(calls) });
    book.setValues("Sheet1", "A1", [
      ["x", true],
      [null, 3],
    ]);
    book.setValues("Sheet1", "D1", [["=SALES.PROBE(A1:B2, 5)"]]);
    expect(book.getCell("Sheet1", 0, 3).value).toBe(1);
    expect(calls.at(-1)).toEqual([
      [
        ["x", true],
        [null, 3],
      ],
      5,
      null,
      null,
    ]);
    book.setValues("Sheet1", "D2", [['=sales.probe(7, A2, "w", )']]);
    expect(book.getCell("Sheet1", 1, 3).value).toBe(1);
    expect(calls.at(-1)).toEqual([[[7]], null, [["w"]], null]);
  });

  test("an error in an input is the result, without a call", () => {
    const calls: unknown[][] = [];
    const { book } = createEmulator({ functions: fakeFunctions(calls) });
    book.setValues("Sheet1", "A1", [["=1/0"], [2]]);
    book.setValues("Sheet1", "C1", [["=SALES.PROBE(A1:A2, 1)"]]);
    expect(book.getCell("Sheet1", 0, 2).value).toBe("#DIV/0!");
    expect(calls).toHaveLength(0);
  });

  test("a thrown CustomFunctions.Error becomes that cell error and keeps its message; other exceptions are #VALUE!", () => {
    const { book } = createEmulator({ functions: fakeFunctions([]) });
    book.setValues("Sheet1", "A1", [
      ['=SALES.FAILS("value")', '=SALES.FAILS("na")', '=SALES.FAILS("div")', '=SALES.FAILS("other")'],
    ]);
    expect(book.getCell("Sheet1", 0, 0).error).toEqual({ code: "#VALUE!", message: "amount in row 3 is not a number" });
    expect(book.getCell("Sheet1", 0, 1).error).toEqual({ code: "#N/A", message: "nothing to report" });
    expect(book.getCell("Sheet1", 0, 2).value).toBe("#DIV/0!");
    expect(book.getCell("Sheet1", 0, 3).error).toEqual({ code: "#VALUE!", message: "" });
  });

  test("a 2-D result spills; an error element is an error in that cell only", () => {
    const { book } = createEmulator({ functions: fakeFunctions([]) });
    book.setValues("Sheet1", "A1", [[10], [20], [30]]);
    book.setValues("Sheet1", "C1", [["=SALES.THREE(A1:A3)", "=SALES.ROWERR(A1:A3)"]]);
    expect([0, 1, 2].map((r) => book.getCell("Sheet1", r, 2).value)).toEqual([1, 2, 3]);
    expect(book.getCell("Sheet1", 2, 2).isSpill).toBe(true);
    expect([0, 1, 2].map((r) => book.getCell("Sheet1", r, 3).value)).toEqual(["A", "#N/A", "C"]);
    expect(book.getCell("Sheet1", 1, 3).error?.message).toBe("unknown tier");
  });

  test("a spill larger than predicted is reported, not truncated", () => {
    const { book } = createEmulator({ functions: fakeFunctions([]) });
    book.setValues("Sheet1", "C1", [["=SALES.THREE(1)"]]);
    expect(book.getCell("Sheet1", 0, 2).error?.code).toBe("#VALUE!");
    expect(book.getCell("Sheet1", 0, 2).error?.message).toContain("predicted");
  });

  describe("with the real functions from src/functions/functions.ts", () => {
    let functions: SalesFunctionsSource;
    beforeAll(async () => {
      functions = await loadSalesFunctionsFromSource();
    }, 120_000);

    test("=SALES.CONVERSION(A2:A20) over outcome labels", () => {
      const { book } = createEmulator({ functions });
      const labels = ["Won", "Lost", "Open", "won", "赢单", "Lost", "Negotiation", "Closed Won"];
      book.setValues("Sheet1", "A1", [["Outcome"], ...labels.map((l) => [l])]);
      book.setValues("Sheet1", "C1", [["=SALES.CONVERSION(A2:A20)"]]);
      expect(book.getCell("Sheet1", 0, 2).value).toBeCloseTo(4 / 8, 10);
    });

    test("=SALES.WINRATE(A1:A4) with no closed deal is #DIV/0!", () => {
      const { book } = createEmulator({ functions });
      book.setValues("Sheet1", "A1", [["Open"], ["Proposal"], [null], ["Negotiation"]]);
      book.setValues("Sheet1", "C1", [["=SALES.WINRATE(A1:A4)", "=SALES.WINRATE(B1:B2,A1:A4)"]]);
      expect(book.getCell("Sheet1", 0, 2).value).toBe("#DIV/0!");
      expect(book.getCell("Sheet1", 0, 3).error?.code).toBe("#VALUE!");
      expect(book.getCell("Sheet1", 0, 3).error?.message).not.toBe("");
    });

    test("every metadata function is registered", () => {
      const { book } = createEmulator({ functions });
      for (const fn of functions.metadata.functions) {
        book.setValues("Sheet1", "Z1", [[`=SALES.${fn.id}()`]]);
        expect(book.getCell("Sheet1", 0, 25).error?.code).not.toBe("#NAME?");
      }
    });
  });
});
