import { rowSpans } from "@core/import/rowSpans";

describe("rowSpans", () => {
  it("joins runs of consecutive rows and keeps single rows apart", () => {
    expect(rowSpans([2, 3, 4, 7])).toBe("2–4, 7");
    expect(rowSpans([5])).toBe("5");
    expect(rowSpans([])).toBe("");
    expect(rowSpans(Array.from({ length: 100_000 }, (_, i) => i + 2))).toBe("2–100001");
  });
});
