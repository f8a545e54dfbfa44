import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import {
  bandCells,
  canJournalRows,
  entryCells,
  entryTooLarge,
  JOURNAL_WIDTH,
  MAX_ENTRY_ROWS,
  MAX_JOURNAL_ENTRIES,
  readJournal,
  restoreCell,
  slotForNext,
  stillWritten,
  type JournalEntry,
  type JournalRow,
} from "@core/undo/undoJournal";

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  // Excel has no negative zero (JSON writes it as 0).
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
  fc.boolean(),
  fc.constant(""),
  fc.constant("=[@Amount]*2"),
);
const changedRow: fc.Arbitrary<JournalRow> = fc
  .tuple(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 4 }))
  .chain(([keyColumns, width]) =>
    fc.record({
      table: fc.constantFrom("Customers", "Deals", "Scorecard"),
      keyColumns: fc.constant(keyColumns),
      key: fc.array(cell, { minLength: keyColumns.length, maxLength: keyColumns.length }),
      columns: fc.array(fc.string(), { minLength: width, maxLength: width }),
      before: fc.array(cell, { minLength: width, maxLength: width }),
      after: fc.array(cell, { minLength: width, maxLength: width }),
    }),
  );
/** Rows changed in place, added (no before), removed (no after, and the data row they had) and a list made a table. */
const row: fc.Arbitrary<JournalRow> = fc.oneof(
  changedRow,
  changedRow.map(({ before: _, ...rest }): JournalRow => ({ kind: "added", ...rest, before: [] })),
  fc
    .tuple(changedRow, fc.nat({ max: 100_000 }))
    .map(([{ after: _, ...rest }, at]): JournalRow => ({ kind: "removed", at, ...rest, after: [] })),
  fc.tuple(changedRow, fc.nat({ max: 100_000 })).map(([rest, at]): JournalRow => ({ kind: "table", at, ...rest })),
);
const entry = (id: number): fc.Arbitrary<JournalEntry> =>
  fc.record({
    id: fc.constant(id),
    status: fc.constantFrom("pending" as const, "done" as const),
    command: fc.constantFrom("tiers" as const, "release" as const, "claim" as const),
    when: fc.constant("2026-12-07T08:00:00.000Z"),
    rows: fc.array(row, { maxLength: 6 }),
  });

/** A sheet grid holding entries in the given slots (bands of columns), as the sheet stores them. */
function gridOf(placed: readonly { slot: number; entry: JournalEntry }[]): Cell[][] {
  const grid: Cell[][] = [];
  for (const { slot, entry: e } of placed)
    entryCells(e).forEach((cells, r) => {
      grid[r] ??= new Array<Cell>(JOURNAL_WIDTH * MAX_JOURNAL_ENTRIES).fill("");
      cells.forEach((value, c) => {
        grid[r][slot * JOURNAL_WIDTH + c] = value;
      });
    });
  return grid;
}

describe("the undo journal's rows", () => {
  it("reads back every entry as written, whatever its cells (JSON behind a letter: no cell reads as a formula)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: MAX_JOURNAL_ENTRIES }), (ids) => {
        const unique = [...new Set(ids)];
        const entries = unique.map((id) => fc.sample(entry(id), 1)[0]);
        const grid = gridOf(entries.map((e, slot) => ({ slot, entry: e })));
        const state = readJournal(grid);
        expect(
          state.entries.map((e) => ({ id: e.id, status: e.status, command: e.command, when: e.when, rows: e.rows })),
        ).toEqual([...entries].sort((a, b) => a.id - b.id));
        for (const row of grid)
          for (const value of row) expect(typeof value === "string" && /^[=+\-@]/.test(value)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it("puts a new entry in a free band, else over the oldest, so ten are kept", () => {
    const entries = Array.from({ length: MAX_JOURNAL_ENTRIES }, (_, i): JournalEntry => ({
      id: 20 - i,
      status: "done",
      command: "tiers",
      when: "",
      rows: [],
    }));
    expect(slotForNext(readJournal(gridOf(entries.slice(0, 3).map((e, slot) => ({ slot, entry: e })))))).toBe(3);
    const full = readJournal(gridOf(entries.map((e, slot) => ({ slot, entry: e }))));
    // The oldest (id 11) is in the last band.
    expect(slotForNext(full)).toBe(MAX_JOURNAL_ENTRIES - 1);
  });

  it("blanks what a band held below a shorter entry, so no stale row is read as the new entry's", () => {
    const long: JournalEntry = { id: 1, status: "done", command: "tiers", when: "", rows: fc.sample(row, 5) };
    const short: JournalEntry = { id: 2, status: "done", command: "release", when: "", rows: fc.sample(row, 1) };
    const cells = bandCells(short, entryCells(long).length);
    expect(cells).toHaveLength(6);
    const state = readJournal(cells);
    expect(state.entries.map((e) => [e.id, e.rows.length])).toEqual([[2, 1]]);
    expect(
      bandCells(null, 3)
        .flat()
        .every((value) => value === ""),
    ).toBe(true);
  });

  it("bounds an entry by rows and text", () => {
    expect(canJournalRows(MAX_ENTRY_ROWS)).toBe(true);
    expect(canJournalRows(MAX_ENTRY_ROWS + 1)).toBe(false);
    const wide: JournalRow = {
      table: "T",
      keyColumns: ["K"],
      key: ["k"],
      columns: ["C"],
      before: ["x".repeat(40_000)],
      after: [""],
    };
    expect(entryTooLarge([wide])).toMatchObject({ rows: 1 });
    expect(entryTooLarge([])).toBeNull();
  });
});

describe("restoring a cell and telling whether it changed since", () => {
  it("restores a formula as its formula and text Excel would convert as text", () => {
    expect(restoreCell("=[@Amount]*2", 40)).toBe("=[@Amount]*2");
    expect(restoreCell("00123", "00123")).toBe("'00123");
    expect(restoreCell("=x", "=x")).toBe("=x"); // a formula's text is its formula
    expect(restoreCell("", "")).toBe("");
    expect(restoreCell(12, 12)).toBe(12);
  });

  it("a cell still holding what was written reads as unchanged; any other value as changed", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5]{1,6}$/),
        fc.stringMatching(/^[A-Za-z]{1,6}$/),
        (written, other) => {
          expect(stillWritten(written, written, written)).toBe(true);
          if (other !== written) expect(stillWritten(written, other, other)).toBe(false);
        },
      ),
    );
    expect(stillWritten("'545", "545", "545")).toBe(true);
    expect(stillWritten("5", 5, 5)).toBe(true);
    expect(stillWritten("", "", "")).toBe(true);
    expect(stillWritten("", "A", "A")).toBe(false);
    expect(stillWritten("=sum(A1)", "=SUM(A1)", 3)).toBe(true);
  });
});
