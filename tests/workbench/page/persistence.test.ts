import type { WorkbookSnapshot } from "@workbench/emulator/index";
import {
  STORAGE_KEY,
  forgetSavedWorkbook,
  persistWorkbook,
  readSavedWorkbook,
  type PersistedSource,
} from "@workbench/page/persistence";

/** A Storage in memory; `failWith` makes setItem/getItem throw. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage = {
    failWith: null as Error | null,
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem(key: string) {
      if (storage.failWith) throw storage.failWith;
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.failWith) throw storage.failWith;
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return storage;
}

const snapshot = (cell: string): WorkbookSnapshot =>
  ({ version: 1, sheets: [{ name: "Sheet1", cells: [[cell]] }] }) as unknown as WorkbookSnapshot;

/** A source whose change listeners the test fires. */
function changingSource(current: () => WorkbookSnapshot) {
  const listeners = new Set<() => void>();
  const source: PersistedSource = {
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: current,
  };
  return { source, change: () => listeners.forEach((listener) => listener()), listeners };
}

describe("readSavedWorkbook", () => {
  it("finds nothing in an empty storage, and that is not a problem", () => {
    expect(readSavedWorkbook(memoryStorage())).toEqual({});
  });

  it("reads a saved snapshot back", () => {
    const saved = snapshot("Won");
    expect(readSavedWorkbook(memoryStorage({ [STORAGE_KEY]: JSON.stringify(saved) }))).toEqual({ snapshot: saved });
  });

  it("reports damaged JSON, an old format and a storage that refuses to be read", () => {
    expect(readSavedWorkbook(memoryStorage({ [STORAGE_KEY]: "{not json" })).problem?.kind).toBe("damaged");
    expect(readSavedWorkbook(memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: 0, sheets: [] }) }))).toEqual({
      problem: { kind: "old-format" },
    });
    const refusing = memoryStorage();
    refusing.failWith = new Error("SecurityError: access denied");
    expect(readSavedWorkbook(refusing)).toEqual({
      problem: { kind: "unreadable", detail: "SecurityError: access denied" },
    });
  });
});

describe("persistWorkbook", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("saves once after a burst of changes, SAVE_DELAY after the last", () => {
    const storage = memoryStorage();
    let value = "a";
    const { source, change } = changingSource(() => snapshot(value));
    const setItem = jest.spyOn(storage, "setItem");
    persistWorkbook(source, storage, jest.fn(), 400);
    change();
    jest.advanceTimersByTime(300);
    value = "b";
    change();
    jest.advanceTimersByTime(399);
    expect(setItem).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(readSavedWorkbook(storage)).toEqual({ snapshot: snapshot("b") });
  });

  it("flush saves a pending change at once (leaving the page), and does nothing when none is pending", () => {
    const storage = memoryStorage();
    const { source, change } = changingSource(() => snapshot("x"));
    const setItem = jest.spyOn(storage, "setItem");
    const persistence = persistWorkbook(source, storage, jest.fn());
    persistence.flush();
    expect(setItem).not.toHaveBeenCalled();
    change();
    persistence.flush();
    expect(setItem).toHaveBeenCalledTimes(1);
    jest.runAllTimers();
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it("reports a full storage as quota and clears the problem after the next good save", () => {
    const storage = memoryStorage();
    const { source, change } = changingSource(() => snapshot("x"));
    const onProblem = jest.fn();
    persistWorkbook(source, storage, onProblem);
    storage.failWith = new DOMException("full", "QuotaExceededError");
    change();
    jest.runAllTimers();
    expect(onProblem).toHaveBeenLastCalledWith({ kind: "quota" });
    storage.failWith = new Error("disk on fire");
    change();
    jest.runAllTimers();
    expect(onProblem).toHaveBeenLastCalledWith({ kind: "save-failed", detail: "disk on fire" });
    storage.failWith = null;
    change();
    jest.runAllTimers();
    expect(onProblem).toHaveBeenLastCalledWith(null);
    expect(onProblem).toHaveBeenCalledTimes(3);
  });

  it("stop drops a pending save and stops listening, so Reset cannot write the old workbook back", () => {
    const storage = memoryStorage();
    const { source, change, listeners } = changingSource(() => snapshot("old"));
    const persistence = persistWorkbook(source, storage, jest.fn());
    change();
    persistence.stop();
    forgetSavedWorkbook(storage);
    jest.runAllTimers();
    persistence.flush();
    expect(listeners.size).toBe(0);
    expect(readSavedWorkbook(storage)).toEqual({});
  });
});
