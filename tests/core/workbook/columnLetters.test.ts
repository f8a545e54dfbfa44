import { columnLetters, columnOfLetters } from "@core/workbook/columnLetters";

describe("columnLetters / columnOfLetters", () => {
  it("round-trips past column Z", () => {
    for (const index of [0, 25, 26, 27, 701, 702, 16_383]) expect(columnOfLetters(columnLetters(index))).toBe(index);
    expect(columnOfLetters("XFD")).toBe(16_383);
  });
});
