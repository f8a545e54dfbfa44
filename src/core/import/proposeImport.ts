import type { Matrix } from "@core/cells/cell";
import { detectHeaderRow } from "@core/import/detectHeaderRow";
import { detectTarget } from "@core/import/detectTarget";
import type { ImportTarget } from "@core/import/importColumns";
import { proposeMapping } from "@core/import/proposeMapping";

/** What the wizard proposes for a freshly read source, for the user to correct. */
export type ImportProposal = {
  /** Index in the source's rows of the header row. */
  readonly headerRow: number;
  readonly target: ImportTarget;
  readonly mapping: (string | null)[];
};

/**
 * Proposes how to read a list: its header row (detectHeaderRow), the table its headers fit best
 * (detectTarget) and where each of its columns goes in that table (proposeMapping).
 *
 * @param values - the source's cells, row by row
 * @returns the header row, target and mapping
 *
 * @example
 * proposeImport([["Pipeline export"], ["Opportunity Name", "Account Name", "Stage"], ["Big one", "Acme", "Won"]])
 * //=> { headerRow: 1, target: "Deals", mapping: [null, "Customer", "Stage"] }
 */
export function proposeImport(values: Matrix): ImportProposal {
  const headerRow = detectHeaderRow(values).headerRow;
  const headers = values[headerRow] ?? [];
  const target = detectTarget(headers).target;
  return { headerRow, target, mapping: proposeMapping(headers, target) };
}
