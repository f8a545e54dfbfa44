import type { ImportTarget } from "@core/import/importColumns";
import type { ImportMode, TableLayout } from "@core/import/tableLayout";

/** What the workbook recorded of an import that did not finish, as far as the wizard needs it. */
export type UnfinishedImport = {
  readonly fingerprint: string;
  readonly target: ImportTarget;
  readonly mode: ImportMode;
  /** The sheet written to. */
  readonly sheet: string;
  /** Rows written so far. */
  readonly done: number;
  /** Append: the table's data rows before the import. */
  readonly baseRows?: number;
};

/**
 * The recorded unfinished import when it is this same job (same fingerprint), else undefined:
 * only then do its rows count as this import's.
 *
 * @param recorded - the workbook's record, or null
 * @param fingerprint - the fingerprint of the planned layout, if there is a plan
 * @returns the record, or undefined
 *
 * @example
 * sameImport({ fingerprint: "f1", target: "Deals", mode: "new-sheet", sheet: "Deals", done: 200 }, "f2") //=> undefined
 */
export function sameImport<T extends UnfinishedImport>(
  recorded: T | null | undefined,
  fingerprint: string | undefined,
): T | undefined {
  return recorded && recorded.fingerprint === fingerprint ? recorded : undefined;
}

/**
 * How many rows an earlier unfinished run of this same import already wrote, which the write
 * continues after (0: none). A conversion in place always starts over.
 *
 * @param layout - the planned layout
 * @param recorded - the workbook's record, or null
 * @returns the rows already written
 *
 * @example
 * resumePoint({ mode: "new-sheet", fingerprint: "f1" }, { fingerprint: "f1", target: "Deals", mode: "new-sheet", sheet: "Deals", done: 200 })
 * //=> 200
 */
export function resumePoint(
  layout: Pick<TableLayout, "mode" | "fingerprint">,
  recorded: UnfinishedImport | null | undefined,
): number {
  if (layout.mode === "in-place") return 0;
  return sameImport(recorded, layout.fingerprint)?.done ?? 0;
}
