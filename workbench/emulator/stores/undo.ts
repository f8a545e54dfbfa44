/**
 * The undo store: the undo records the add-in's requests leave on the user's undo stack. Excel
 * makes one record per `context.sync()` that changed the workbook, or, in an `Excel.run` with
 * `mergeUndoGroup: true` (ExcelApi 1.20), one record for the whole run ("When true, all
 * context.sync() calls in a single Excel.run are merged into one undo group", Excel.RunOptions).
 * In a merged run, an API that cannot be undone fails its sync with `UndoNotSupported`
 * (excel-add-ins-undo-capabilities, "Undo grouping" and "Unsupported APIs"). Where the host lacks
 * ExcelApi 1.20 the option is ignored (the reference documents no error for it), so each sync
 * makes its own record. Per emulator, like the request store; the count is `stats.undoRecords`.
 */
import type { EmulatorStats } from "../instrumentation";
import { fail } from "../officeError";
import type { PlatformName } from "../profiles";

/**
 * The emulated APIs that do not support undo, and the platforms where they do not, from
 * Microsoft's "Unsupported APIs" table (the others in that table are not emulated).
 */
export const UNDO_UNSUPPORTED: Readonly<Record<string, readonly PlatformName[]>> = {
  "Worksheet.delete": ["web", "desktop"],
  "Worksheet.name": ["desktop"],
  "Worksheet.position": ["desktop"],
  "Worksheet.visibility": ["desktop"],
  "NamedItem.comment": ["web"],
};

/** Commands that change nothing a user could undo: loads, look-ups ("get…"), events, selection, calculation. */
const NOT_EDITS = new Set([
  "load",
  "addHandler",
  "removeHandler",
  "select",
  "activate",
  "calculate",
  "suspendApiCalculationUntilNextSync",
  "suspendScreenUpdatingUntilNextSync",
]);

/** The undo state of one `Excel.run` (one request context). */
export type UndoGroup = { readonly merged: boolean; recorded: boolean };

/**
 * Whether a command changes the workbook (and so belongs on the undo stack).
 *
 * @example
 * isEdit("set") //=> true
 * isEdit("getItem") //=> false
 */
export function isEdit(op: string): boolean {
  return !op.startsWith("get") && !NOT_EDITS.has(op);
}

/** Undo records per emulator. */
export class UndoStore {
  constructor(private readonly stats: EmulatorStats) {}

  /**
   * Refuses, in a merged group, an API that cannot be undone on this platform.
   * @param api - "Class.member" as the command names it ("Worksheet.visibility (set)" counts as "Worksheet.visibility")
   */
  check(group: UndoGroup, api: string | undefined, platform: PlatformName): void {
    if (!group.merged || api === undefined) return;
    const member = api.replace(/ \(.*\)$/, "");
    if (UNDO_UNSUPPORTED[member]?.includes(platform))
      fail("UndoNotSupported", `${member} does not support undo, so it cannot be part of a merged undo group.`);
  }

  /** Records the undo entry of a sync that changed the workbook: one per sync, or one per merged run. */
  record(group: UndoGroup): void {
    if (group.merged && group.recorded) return;
    group.recorded = true;
    this.stats.undoRecords++;
  }
}

/** What a user's edit replaced: the cells' inputs before it, from a top-left corner. */
export type UserEdit = {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly before: readonly (readonly (number | string | boolean)[])[];
};

/**
 * The user's own undo stack (typing, paste, fill-down in the grid), per workbook: what Ctrl+Z
 * restores. The add-in's records are only counted (UndoStore); the emulator does not replay them.
 */
export class UserEdits {
  private readonly stack: UserEdit[] = [];

  /** Remembers an edit so that {@link pop} can undo it. */
  push(edit: UserEdit): void {
    this.stack.push(edit);
  }

  /** The last edit not yet undone, taken off the stack, or undefined. */
  pop(): UserEdit | undefined {
    return this.stack.pop();
  }

  /** How many edits can be undone. */
  get size(): number {
    return this.stack.length;
  }
}
