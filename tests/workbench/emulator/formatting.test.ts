import { columnLetters, formatAddress, parseAddress } from "@workbench/emulator/address";
import { formatCellText, formatGeneral } from "@workbench/emulator/numberFormat";
import { shiftRows } from "@workbench/emulator/formulaTokens";
import { parseStructured } from "@workbench/emulator/structuredRefs";

describe("A1 addresses", () => {
  test.each([
    ["B2", { top: 1, left: 1, bottom: 1, right: 1 }],
    ["$A$1:C3", { top: 0, left: 0, bottom: 2, right: 2 }],
    ["'My sheet'!A:B", { sheet: "My sheet", top: 0, left: 0, bottom: 1_048_575, right: 1 }],
    ["Data!2:3", { sheet: "Data", top: 1, left: 0, bottom: 2, right: 16_383 }],
  ])("parses %s", (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  test.each(["A0", "A1:", "XFE1", "A1048577", "1", "A", "hello"])("rejects %s", (address) => {
    expect(parseAddress(address)).toBeNull();
  });

  test("formats like Range.address", () => {
    expect(formatAddress({ top: 0, left: 0, bottom: 2, right: 27 }, "销售管道")).toBe("'销售管道'!A1:AB3");
    expect(formatAddress({ top: 0, left: 2, bottom: 1_048_575, right: 2 }, "Data")).toBe("Data!C:C");
    expect(columnLetters(16_383)).toBe("XFD");
  });
});

describe("number formats", () => {
  test.each([
    [1234.5, "#,##0", "1,235"],
    [1234.5, "0.00", "1234.50"],
    [0.125, "0%", "13%"],
    [-1500, "¥#,##0", "-¥1,500"],
    [2500, "[$¥-804]#,##0.00", "¥2,500.00"],
    [45322, "m/d/yyyy", "1/31/2024"],
    [45322.5, "yyyy-mm-dd hh:mm", "2024-01-31 12:00"],
    [0, '#,##0;-#,##0;"-"', "-"],
    ["text", "@", "text"],
    [true, "General", "TRUE"],
  ])("%p with %s → %s", (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });

  test("General shows up to 11 significant characters", () => {
    expect(formatGeneral(1 / 3)).toBe("0.333333333");
    expect(formatGeneral(123456789012)).toBe("1.23457E+11");
    expect(formatGeneral(42)).toBe("42");
  });
});

describe("formula helpers", () => {
  test("shiftRows moves relative rows only, and not inside strings or function names", () => {
    expect(shiftRows('=E2*$F$1+F$2+LOG10(A2)&"A2"', 3)).toBe('=E5*$F$1+F$2+LOG10(A5)&"A2"');
  });

  test("structured reference specifiers and column ranges", () => {
    expect(parseStructured("[#Headers],[Amount]")).toEqual({
      specifiers: new Set(["headers"]),
      first: "Amount",
      last: "Amount",
    });
    expect(parseStructured("@Amount")).toEqual({ specifiers: new Set(["thisrow"]), first: "Amount", last: "Amount" });
    expect(parseStructured("[#This Row],[A]:[C]")).toEqual({ specifiers: new Set(["thisrow"]), first: "A", last: "C" });
    expect(parseStructured("Deal '# no.")).toEqual({ specifiers: new Set(), first: "Deal # no.", last: "Deal # no." });
  });
});
