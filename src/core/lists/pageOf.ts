/** One page of a list, with where it sits in the whole. */
export type Page<T> = {
  /** The items on this page, in the list's order. */
  readonly items: readonly T[];
  /** 0-based page shown: the asked page, kept between the first and the last. */
  readonly page: number;
  /** How many pages the list has; 1 for an empty list, so "page 1 of 1" still reads. */
  readonly pages: number;
  /** 1-based position of the first item shown; 0 when the list is empty. */
  readonly from: number;
  /** 1-based position of the last item shown; 0 when the list is empty. */
  readonly to: number;
  /** Items in the whole list. */
  readonly total: number;
};

/** Rows a paged list shows at once: enough to scan, few enough that the pane stays responsive. */
export const PAGE_SIZE = 50;

/**
 * The `page`-th page (0-based) of `items`, `size` at a time. A page past the end shows the last
 * one and a negative page the first, so a list that shrank under a filter or a refresh never
 * shows an empty page while it has items; a size below 1 or not a number counts as 1.
 *
 * @param items - the whole list, already filtered and ordered
 * @param page - the 0-based page asked for
 * @param size - items per page
 * @returns the page and its place in the list
 * @example
 * pageOf(["a", "b", "c", "d", "e"], 1, 2) //=> { items: ["c", "d"], page: 1, pages: 3, from: 3, to: 4, total: 5 }
 */
export function pageOf<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): Page<T> {
  const perPage = Number.isFinite(size) && size >= 1 ? Math.floor(size) : 1;
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const asked = Number.isFinite(page) ? Math.floor(page) : 0;
  const shown = Math.min(Math.max(asked, 0), pages - 1);
  const start = shown * perPage;
  const shownItems = items.slice(start, start + perPage);
  return {
    items: shownItems,
    page: shown,
    pages,
    from: total === 0 ? 0 : start + 1,
    to: start + shownItems.length,
    total,
  };
}
