import fc from "fast-check";
import { PAGE_SIZE, pageOf } from "@core/lists/pageOf";

describe("pageOf", () => {
  it("shows one page of the list with its place in the whole", () => {
    expect(pageOf(["a", "b", "c", "d", "e"], 1, 2)).toEqual({
      items: ["c", "d"],
      page: 1,
      pages: 3,
      from: 3,
      to: 4,
      total: 5,
    });
    expect(pageOf(["a", "b", "c", "d", "e"], 2, 2)).toMatchObject({ items: ["e"], from: 5, to: 5 });
  });

  it("keeps the page asked for between the first and the last", () => {
    expect(pageOf(["a", "b", "c"], 9, 2)).toMatchObject({ items: ["c"], page: 1 });
    expect(pageOf(["a", "b", "c"], -1, 2)).toMatchObject({ items: ["a", "b"], page: 0 });
    expect(pageOf(["a", "b", "c"], Number.NaN, 2)).toMatchObject({ page: 0 });
  });

  it("has one empty page for an empty list, and counts a bad size as 1", () => {
    expect(pageOf([], 3)).toEqual({ items: [], page: 0, pages: 1, from: 0, to: 0, total: 0 });
    expect(pageOf(["a", "b"], 1, 0)).toMatchObject({ items: ["b"], pages: 2 });
    expect(pageOf(["a", "b"], 0, Number.NaN)).toMatchObject({ items: ["a"], pages: 2 });
  });

  it("shows PAGE_SIZE items by default", () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(list, 0).items).toHaveLength(PAGE_SIZE);
    expect(pageOf(list, 2)).toMatchObject({ from: 101, to: 120, pages: 3 });
  });

  it("partitions the list: the pages, in order, are the list, each at most a page long", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 30 }), (list, size) => {
        const first = pageOf(list, 0, size);
        const pages = Array.from({ length: first.pages }, (_, page) => pageOf(list, page, size));
        expect(pages.flatMap((page) => page.items)).toEqual(list);
        for (const page of pages) {
          expect(page.items.length).toBeLessThanOrEqual(size);
          expect(page.total).toBe(list.length);
          expect(page.to - page.from + (list.length === 0 ? 0 : 1)).toBe(page.items.length);
          expect(page.items).toEqual(list.slice(page.from - 1, page.to));
        }
      }),
    );
  });
});
