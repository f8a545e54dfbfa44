import type { ImportMapping } from "@core/import/proposeMapping";

/**
 * A mapping with one source column sent to a target column (or, with `null`, kept as an extra
 * column). A target column takes one source column, so choosing it for this column frees it
 * wherever else it was chosen.
 *
 * @param mapping - the mapping as it stands
 * @param index - the source column
 * @param key - the target column key, or null for an extra column
 * @returns the new mapping, at least `index + 1` long
 *
 * @example
 * assignColumn(["Company", null], 1, "Company") //=> [null, "Company"]
 */
export function assignColumn(mapping: ImportMapping, index: number, key: string | null): (string | null)[] {
  const next = [...mapping];
  while (next.length <= index) next.push(null);
  if (key !== null) for (let i = 0; i < next.length; i++) if (next[i] === key) next[i] = null;
  next[index] = key;
  return next;
}
