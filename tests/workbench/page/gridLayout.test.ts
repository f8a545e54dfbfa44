import {
  MIN_COLUMNS,
  MIN_ROWS,
  OVERSCAN,
  ROW_HEIGHT,
  SPARE_ROWS,
  columnAt,
  columnOffsets,
  gridExtent,
  pointsToPixels,
  scrollToReveal,
  visibleWindow,
} from "@workbench/page/gridLayout";

describe("the grid's geometry", () => {
  it("converts Excel's point widths to pixels at 96 dpi", () => {
    expect(pointsToPixels(48)).toBe(64);
    expect(pointsToPixels(15)).toBe(20);
  });

  it("spans the used range plus spare room, at least a screenful", () => {
    expect(gridExtent({ rows: 5, columns: 3 }, { row: 0, col: 0 })).toEqual({ rows: MIN_ROWS, columns: MIN_COLUMNS });
    expect(gridExtent({ rows: 100_000, columns: 3 }, { row: 0, col: 0 }).rows).toBe(100_000 + SPARE_ROWS);
    expect(gridExtent({ rows: 1, columns: 1 }, { row: 499, col: 0 }).rows).toBe(500 + SPARE_ROWS);
  });

  it("finds the column under an x position", () => {
    const offsets = columnOffsets(3, (col) => [64, 100, 64][col]);
    expect(offsets).toEqual([0, 64, 164, 228]);
    expect(columnAt(offsets, 0)).toBe(0);
    expect(columnAt(offsets, 63)).toBe(0);
    expect(columnAt(offsets, 64)).toBe(1);
    expect(columnAt(offsets, 500)).toBe(2);
  });

  it("renders only the rows and columns on screen, with overscan", () => {
    const offsets = columnOffsets(26, () => 64);
    const window = visibleWindow(
      { scrollTop: 100 * ROW_HEIGHT, scrollLeft: 0, width: 200, height: 10 * ROW_HEIGHT },
      1000,
      offsets,
    );
    expect(window).toEqual({ top: 100 - OVERSCAN, bottom: 110 + OVERSCAN, left: 0, right: 4 });
  });

  it("scrolls as little as needed to reveal a cell", () => {
    const viewport = { scrollTop: 200, scrollLeft: 0, width: 300, height: 100 };
    expect(scrollToReveal({ top: 220, left: 0, width: 64, height: 20 }, viewport)).toEqual({
      scrollTop: 200,
      scrollLeft: 0,
    });
    expect(scrollToReveal({ top: 100, left: 0, width: 64, height: 20 }, viewport)).toEqual({
      scrollTop: 100,
      scrollLeft: 0,
    });
    expect(scrollToReveal({ top: 400, left: 320, width: 64, height: 20 }, viewport)).toEqual({
      scrollTop: 320,
      scrollLeft: 84,
    });
  });
});
