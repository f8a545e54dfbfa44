import type { Cell, Matrix } from "@core/cells/cell";
import type { ImportProblem } from "@core/import/importProblem";
import type { RejectedRow } from "@core/import/matchImport";
import { outputCell } from "@core/import/tableLayout";
import type { Language } from "@core/messages";
import { widestRow } from "@core/cells/widestRow";

/**
 * The rows an import leaves out — those matching the table under Skip, those matching several
 * rows or repeating an earlier row of the import, those the table already holds
 * ("already-imported") — as a sheet of their own: the source's header row plus a reason column
 * (in the pane's language), then each left-out row as it is in the source, text guarded so it
 * stays text (`=`, `+`, `-`, `@`, numbers as text …), in source order.
 *
 * @param source - the source cells and the sheet row of their first row (0-based top)
 * @param headerRow - index in `source.values` of the header row
 * @param rejected - the rows matching left out (ImportMatches.rejected)
 * @param problems - the plan's problems (its "already-imported" rows are left out too)
 * @param language - the pane's language, for the reason column's header and texts
 * @param reasonHeader - the reason column's header
 * @returns the cells to write (header first), or just the header when no row was left out
 *
 * @example
 * rejectedRowsSheet({ values: [["Company"], ["Acme"]], top: 0 }, 0,
 *   [{ sourceRow: 2, reason: { en: "skipped", zh: "已跳过" } }], [], "en", "Reason")
 * //=> [["Company", "Reason"], ["Acme", "skipped"]]
 */
export function rejectedRowsSheet(
  source: { readonly values: Matrix; readonly top: number },
  headerRow: number,
  rejected: readonly RejectedRow[],
  problems: readonly ImportProblem[],
  language: Language,
  reasonHeader: string,
): Cell[][] {
  const reasons = new Map<number, string[]>();
  const add = (row: number, text: string) => {
    const list = reasons.get(row);
    if (list) list.push(text);
    else reasons.set(row, [text]);
  };
  for (const row of rejected) add(row.sourceRow, row.reason[language]);
  for (const problem of problems) if (problem.kind === "already-imported") add(problem.row, problem.message[language]);
  const width = widestRow(source.values.slice(headerRow));
  const pad = (row: readonly Cell[] | undefined) =>
    Array.from({ length: width }, (_, i) => outputCell(row?.[i] ?? null));
  const header = [...pad(source.values[headerRow]), outputCell(reasonHeader)];
  const body = [...reasons.keys()]
    .sort((a, b) => a - b)
    .map((sourceRow) => [
      ...pad(source.values[sourceRow - source.top - 1]),
      outputCell((reasons.get(sourceRow) ?? []).join("; ")),
    ]);
  return [header, ...body];
}
