import type { ImportTarget } from "@core/import/importColumns";
import type { ImportMode } from "@core/import/tableLayout";

/** The workbook.settings key an unfinished import is recorded under (add-in housekeeping). */
export const pendingImportKey = "salesgrid.import.pending";

/**
 * What an import that has not finished (it failed or was cancelled) recorded, chunk by chunk in
 * the same request as the rows, so `done` is exactly what the workbook holds.
 */
export type PendingImport = {
  readonly fingerprint: string;
  readonly target: ImportTarget;
  readonly mode: ImportMode;
  /** The sheet written to (the new sheet, the table's sheet, or the source sheet in place). */
  readonly sheet: string;
  readonly total: number;
  /** Rows written so far. */
  readonly done: number;
  /** Append: the table's data rows before the import. */
  readonly baseRows?: number;
};

const modes: readonly ImportMode[] = ["new-sheet", "append", "in-place"];
const targets: readonly ImportTarget[] = ["Customers", "Deals", "Activities", "Payments", "Service"];

/** Reads a recorded value back, or null when it is absent or not one of ours. */
export function toPendingImport(value: unknown): PendingImport | null {
  const parsed = typeof value === "string" ? safeParse(value) : value;
  if (typeof parsed !== "object" || parsed === null) return null;
  const p = parsed as Record<string, unknown>;
  if (
    typeof p.fingerprint !== "string" ||
    !targets.includes(p.target as ImportTarget) ||
    !modes.includes(p.mode as ImportMode) ||
    typeof p.sheet !== "string" ||
    typeof p.total !== "number" ||
    typeof p.done !== "number"
  ) {
    return null;
  }
  return parsed as PendingImport;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
