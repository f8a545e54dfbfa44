import { parseNumber } from "@core/cells/parseNumber";

describe("parseNumber", () => {
  it.each([
    [42, 42],
    ["42", 42],
    [" 1,234.5 ", 1234.5],
    ["¥1,234", 1234],
    ["￥88", 88],
    ["$-5", -5],
    ["-$5", -5],
    ["€3.5", 3.5],
    ["£1,000,000", 1000000],
    ["12%", 0.12],
    ["35%", 0.35],
    ["１２３", 123],
    ["１，２００．５", 1200.5],
    ["(1,200)", -1200],
    ["1e3", 1000],
    [".5", 0.5],
    ["+7", 7],
    ["(5)", -5],
    ["($1,200)", -1200],
    ["¥ 1,200", 1200],
    ["12 %", 0.12],
  ])("reads %p as %p", (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([
    [""],
    ["  "],
    ["abc"],
    ["1,2,3"],
    ["12,34"],
    ["1.2.3"],
    [true],
    [false],
    [null],
    [undefined],
    [NaN],
    [Infinity],
    ["¥"],
    ["%"],
    // Garbage that a lenient reader used to turn into a figure: two signs, a sign inside the
    // accounting parentheses, digits split by spaces.
    ["--5"],
    ["(-5)"],
    ["-$-5"],
    ["+-5"],
    ["12 34"],
    ["1 2 3"],
    ["- 5"],
    ["()"],
  ])("rejects %p", (input) => {
    expect(parseNumber(input as never)).toBeUndefined();
  });
});
