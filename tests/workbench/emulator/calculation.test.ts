import { createEmulator, type SalesFunctionsSource } from "@workbench/emulator/index";

/** One custom function, SALES.ECHO(x): records what it was passed, returns x * 2 (or -1 for null). */
function echoFunctions(calls: unknown[]): SalesFunctionsSource {
  return {
    metadata: {
      functions: [
        {
          id: "ECHO",
          name: "ECHO",
          parameters: [{ name: "x", type: "any", optional: true }],
          result: { type: "number" },
        },
      ],
    },
    implementations: new Map([
      [
        "ECHO",
        (x: unknown) => {
          calls.push(x);
          return typeof x === "number" ? x * 2 : -1;
        },
      ],
    ]),
  };
}

describe("suspendApiCalculationUntilNextSync", () => {
  test("formulas written after it keep their old values until application.calculate", async () => {
    const { Excel, book } = createEmulator({ platform: "web" });
    book.setValues("Sheet1", "A1", [[2, 5]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      context.application.suspendApiCalculationUntilNextSync();
      ws.getRange("C1:D1").formulas = [["=A1*10", "=B1+1"]];
      const read = ws.getRange("B1:D1").load("values, formulas");
      await context.sync();
      expect(read.values).toEqual([[5, "", ""]]);
      expect(read.formulas).toEqual([[5, "=A1*10", "=B1+1"]]);
      const later = ws.getRange("C1:D1").load("values");
      await context.sync();
      expect(later.values).toEqual([["", ""]]);
      context.application.calculate("Recalculate");
      const recalculated = ws.getRange("C1:D1").load("values");
      await context.sync();
      expect(recalculated.values).toEqual([[20, 6]]);
    });
  });

  test("a later edit recalculates them; formulas written before the call are not held", async () => {
    const { Excel, book } = createEmulator({ platform: "desktop" });
    book.setValues("Sheet1", "C1", [[7]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").formulas = [["=1+1"]];
      context.application.suspendApiCalculationUntilNextSync();
      ws.getRange("C1").formulas = [["=A1*3"]];
      await context.sync();
    });
    expect([book.getCell("Sheet1", 0, 0).value, book.getCell("Sheet1", 0, 2).value]).toEqual([2, 7]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("E1").values = [["edit"]];
    });
    expect(book.getCell("Sheet1", 0, 2).value).toBe(6);
  });

  test("an emulator created without a platform only counts the call (the lenient default)", async () => {
    const { Excel, book } = createEmulator();
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=1+1"]];
    });
    expect(book.getCell("Sheet1", 0, 0).value).toBe(2);
    expect(book.stores.calculation.calculationSuspensions).toBe(1);
  });
});

describe("#BUSY! mode", () => {
  test("a SALES cell reads #BUSY! in the sync that changed its inputs, its value in the next", async () => {
    const calls: unknown[] = [];
    const { Excel, book } = createEmulator({
      platform: "web",
      functions: echoFunctions(calls),
      modes: { busyCustomFunctions: true },
    });
    book.setValues("Sheet1", "A1", [[1, "=SALES.ECHO(A1)", "=B1+1", "=A1+1"]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[5]];
      const same = ws.getRange("B1:D1").load("values");
      await context.sync();
      expect(same.values).toEqual([["#BUSY!", 11, 6]]);
      const next = ws.getRange("B1").load("values");
      await context.sync();
      expect(next.values).toEqual([[10]]);
    });
  });

  test("reads in a sync that changed nothing, and SALES cells off the changed path, are not busy", async () => {
    const { Excel, book } = createEmulator({
      platform: "web",
      functions: echoFunctions([]),
      modes: { busyCustomFunctions: true },
    });
    book.setValues("Sheet1", "A1", [[1, "=SALES.ECHO(A1)", 3, "=SALES.ECHO(C1)"]]);
    const values = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("C1").values = [[4]];
      const read = ws.getRange("B1:D1").load("values");
      await context.sync();
      return read.values;
    });
    expect(values).toEqual([[2, 4, "#BUSY!"]]);
  });

  test("off by default", async () => {
    const { Excel, book } = createEmulator({ platform: "web", functions: echoFunctions([]) });
    book.setValues("Sheet1", "A1", [[1, "=SALES.ECHO(A1)"]]);
    const values = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [[3]];
      const read = ws.getRange("B1").load("values");
      await context.sync();
      return read.values;
    });
    expect(values).toEqual([[6]]);
  });
});

describe("blank cells as 0", () => {
  test("custom functions get null for an empty cell by default, 0 in the blankCellsAsZero mode", () => {
    const calls: unknown[] = [];
    const emulator = createEmulator({ platform: "desktop", functions: echoFunctions(calls) });
    emulator.book.setValues("Sheet1", "A1", [["=SALES.ECHO(Z1)"]]);
    expect(calls).toEqual([null]);
    expect(emulator.book.getCell("Sheet1", 0, 0).value).toBe(-1);
    emulator.setModes({ blankCellsAsZero: true });
    expect(calls.at(-1)).toBe(0);
    expect(emulator.book.getCell("Sheet1", 0, 0).value).toBe(0);
  });

  test("an omitted argument stays null in the blankCellsAsZero mode", () => {
    const calls: unknown[] = [];
    const emulator = createEmulator({
      platform: "desktop",
      functions: echoFunctions(calls),
      modes: { blankCellsAsZero: true },
    });
    emulator.book.setValues("Sheet1", "A1", [["=SALES.ECHO()"]]);
    expect(calls).toEqual([null]);
  });
});

describe("IF short-circuits, as Excel's does", () => {
  test("only the branch the condition picks is calculated; changing the condition calculates the other", () => {
    const calls: unknown[] = [];
    const { book } = createEmulator({ functions: echoFunctions(calls) });
    book.setValues("Sheet1", "A1", [["Collected"]]);
    book.setValues("Sheet1", "B1", [['=IF(A1="Collected",SALES.ECHO(1),SALES.ECHO(2))']]);
    expect(book.getCell("Sheet1", 0, 1).value).toBe(2);
    expect(calls).toEqual([1]);
    calls.length = 0;
    book.setValues("Sheet1", "A1", [["Signed"]]);
    expect(book.getCell("Sheet1", 0, 1).value).toBe(4);
    expect(calls).toEqual([2]);
    // Nested: only the inner IF's chosen branch runs.
    calls.length = 0;
    book.setValues("Sheet1", "C1", [['=IF(A1="Signed",IF(A1="x",SALES.ECHO(3),SALES.ECHO(4)),SALES.ECHO(5))']]);
    expect(book.getCell("Sheet1", 0, 2).value).toBe(8);
    expect(calls).toEqual([4]);
  });

  test("results are as before: an error in the branch not taken, an error or text condition, a missing false branch", () => {
    const { book } = createEmulator();
    book.setValues("Sheet1", "A1", [[true, 0, "abc", 45292]]);
    book.setValues("Sheet1", "A2", [["=IF(A1,1,1/0)", "=IF(1/0,1,2)", "=IF(C1,1,2)", "=IF(B1,1)", "=IF(A1,D1,0)"]]);
    expect(book.getCell("Sheet1", 1, 0).value).toBe(1);
    expect(book.getCell("Sheet1", 1, 1).value).toBe("#DIV/0!");
    expect(book.getCell("Sheet1", 1, 2).value).toBe("#VALUE!");
    expect(book.getCell("Sheet1", 1, 3).value).toBe(false);
    expect(book.getCell("Sheet1", 1, 4).value).toBe(45292);
  });

  test("an array condition or an array branch still spills element by element", () => {
    const { book } = createEmulator();
    book.setValues("Sheet1", "A1", [[1], [2], [3]]);
    book.setValues("Sheet1", "C1", [['=IF(A1:A3>1,"big","small")', "=IF(TRUE,A1:A3*10,0)", "=IF(FALSE,0,{4;5})"]]);
    expect([0, 1, 2].map((row) => book.getCell("Sheet1", row, 2).value)).toEqual(["small", "big", "big"]);
    expect([0, 1, 2].map((row) => book.getCell("Sheet1", row, 3).value)).toEqual([10, 20, 30]);
    expect([0, 1].map((row) => book.getCell("Sheet1", row, 4).value)).toEqual([4, 5]);
  });
});
