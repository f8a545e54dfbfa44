/**
 * The values a list can be filtered by on one of its dimensions (owner, tier, stage …): each
 * distinct value once, in alphabetical order of the current locale's collation, with the empty
 * value (no owner, no tier) last when some item has it, so the pane can name it "none".
 *
 * @param items - the list, unfiltered
 * @param pick - the item's value on the dimension
 * @returns the distinct values
 * @example
 * choicesOf([{ owner: "Wang" }, { owner: "" }, { owner: "Li" }, { owner: "Wang" }], (c) => c.owner) //=> ["Li", "Wang", ""]
 */
export function choicesOf<T>(items: readonly T[], pick: (item: T) => string): string[] {
  const seen = new Set<string>();
  for (const item of items) seen.add(pick(item));
  const empty = seen.delete("");
  const values = [...seen].sort((a, b) => a.localeCompare(b));
  return empty ? [...values, ""] : values;
}
