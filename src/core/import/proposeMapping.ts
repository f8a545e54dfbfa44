import type { Cell } from "@core/cells/cell";
import type { ImportTarget } from "@core/import/importColumns";
import { matchHeader } from "@core/import/matchHeader";

/**
 * Where each source column goes, by source column index: a column key of the target table, or
 * `null` to keep the column as an extra column under its own header.
 */
export type ImportMapping = readonly (string | null)[];

/**
 * Proposes which source column fills which target column, from the headers alone. Every pair of
 * (source column, target column) that {@link matchHeader} accepts is ranked by score, and pairs
 * are taken best first, so each target column is used at most once and goes to its best match
 * (ties to the leftmost column); the other columns are kept as extras (`null`).
 *
 * @param headers - the header row of the user's sheet or CSV file
 * @param target - the table the data is turned into
 * @returns one entry per header: a target column key, or null
 *
 * @example
 * proposeMapping(["客户名称", "联系人", "手机", "公司", "Remark 2"], "Customers")
 * //=> ["Company", "Name", "Phone", null, null]
 */
export function proposeMapping(headers: readonly Cell[], target: ImportTarget): (string | null)[] {
  const pairs: { index: number; key: string; score: number }[] = [];
  headers.forEach((header, index) => {
    for (const match of matchHeader(header, target)) pairs.push({ index, ...match });
  });
  pairs.sort((a, b) => b.score - a.score || a.index - b.index);
  const mapping: (string | null)[] = headers.map(() => null);
  const used = new Set<string>();
  for (const { index, key } of pairs) {
    if (mapping[index] !== null || used.has(key)) continue;
    mapping[index] = key;
    used.add(key);
  }
  return mapping;
}

/**
 * The sum of the scores of a proposed mapping: how well a sheet's headers fit a target table.
 *
 * @example
 * mappingScore(["Stage", "Amount"], "Deals") //=> 2
 */
export function mappingScore(headers: readonly Cell[], target: ImportTarget): number {
  const mapping = proposeMapping(headers, target);
  let total = 0;
  mapping.forEach((key, index) => {
    if (key !== null) total += matchHeader(headers[index], target).find((m) => m.key === key)?.score ?? 0;
  });
  return Math.round(total * 1000) / 1000;
}
