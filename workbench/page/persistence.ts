/**
 * Keeps the workbench's workbook in the browser: a snapshot in localStorage, written shortly after
 * each change and when the page is left, read back at start-up. Problems (a snapshot that no
 * longer restores, a workbook too large for the storage quota) are reported, never swallowed:
 * the banner shows them, since losing a user's edits silently is the one thing not to do.
 */
import type { WorkbookSnapshot } from "@workbench/emulator/index";

/** The localStorage key of the saved workbook. */
export const STORAGE_KEY = "salesgrid.workbench.workbook";

/** How long after the last change the workbook is saved, in milliseconds. */
export const SAVE_DELAY_MS = 400;

/** Why a saved workbook could not be used or a workbook not saved; `detail` is the browser's reason. */
export type StorageProblem = {
  kind: "unreadable" | "damaged" | "old-format" | "restore-failed" | "quota" | "save-failed";
  detail?: string;
};

/** What start-up found in storage. */
export type SavedWorkbook = { snapshot?: WorkbookSnapshot; problem?: StorageProblem };

function isSnapshot(value: unknown): value is WorkbookSnapshot {
  const candidate = value as Partial<WorkbookSnapshot> | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.version === 1 &&
    Array.isArray(candidate.sheets) &&
    candidate.sheets.length > 0
  );
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the saved workbook. Nothing saved is not a problem; unreadable data is.
 * @example readSavedWorkbook(localStorage) //=> { snapshot: { version: 1, sheets: [ … ], … } }
 */
export function readSavedWorkbook(storage: Storage): SavedWorkbook {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return { problem: { kind: "unreadable", detail: messageOf(error) } };
  }
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (isSnapshot(value)) return { snapshot: value };
    return { problem: { kind: "old-format" } };
  } catch (error) {
    return { problem: { kind: "damaged", detail: messageOf(error) } };
  }
}

/** What {@link persistWorkbook} needs of an emulator. */
export type PersistedSource = { onChange(listener: () => void): () => void; snapshot(): WorkbookSnapshot };

/** A running persistence: `flush` saves now if a save is pending, `stop` ends it without saving. */
export type Persistence = { flush(): void; stop(): void };

/**
 * Saves `source` to `storage` {@link SAVE_DELAY_MS} after each change (changes in between share
 * one save). `onProblem` hears each failure to save, and `null` after the next success.
 */
export function persistWorkbook(
  source: PersistedSource,
  storage: Storage,
  onProblem: (problem: StorageProblem | null) => void,
  delayMs = SAVE_DELAY_MS,
): Persistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;

  const save = () => {
    timer = undefined;
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(source.snapshot()));
      if (failing) onProblem(null);
      failing = false;
    } catch (error) {
      failing = true;
      const quota = error instanceof DOMException && error.name === "QuotaExceededError";
      onProblem(quota ? { kind: "quota" } : { kind: "save-failed", detail: messageOf(error) });
    }
  };

  const unsubscribe = source.onChange(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });

  return {
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      unsubscribe();
    },
  };
}

/** Forgets the saved workbook, so the next start opens an empty one. */
export function forgetSavedWorkbook(storage: Storage): void {
  storage.removeItem(STORAGE_KEY);
}
