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

    test("=SALES.AGING spills the worked value's buckets and =SALES.COLLECTRATE gives 0.5, over sheet ranges", () => {
      const { book } = createEmulator({ functions });
      book.setValues("Sheet1", "A1", [
        ["DueDate", "AmountDue", "Received", "DueDate2"],
        [45000, 100, null, 45000],
        [45100, 200, 50, 45100],
        [45200, 300, null, 45300],
      ]);
      book.setValues("Sheet1", "F1", [["=SALES.AGING(A2:A4,B2:B4,C2:C4,DATE(2023,10,11))"]]);
      const spilled = [0, 1, 2, 3, 4].map((r) => book.getCell("Sheet1", r, 5).value);
      // Blank received cells arrive as null and count 0: 100 and 150 outstanding over 90 days.
      expect(spilled).toEqual([0, 300, 0, 0, 250]);
      book.setValues("Sheet1", "H1", [["=SALES.COLLECTRATE(B2:B4,{100;50;0},D2:D4,DATE(2023,10,11))"]]);
      expect(book.getCell("Sheet1", 0, 7).value).toBe(0.5);
      // Two edges make four buckets: not yet due, 1–100, 101–200, over 200 days.
      book.setValues("Sheet1", "G1", [["=SALES.AGING(A2:A4,B2:B4,C2:C4,45210,{100;200})"]]);
      expect([0, 1, 2, 3].map((r) => book.getCell("Sheet1", r, 6).value)).toEqual([0, 300, 150, 100]);
      book.setValues("Sheet1", "I1", [["=SALES.COLLECTRATE(B2:B4,C2:C4,D2:D4,DATE(2020,1,1))"]]);
      expect(book.getCell("Sheet1", 0, 8).value).toBe("#DIV/0!");
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
