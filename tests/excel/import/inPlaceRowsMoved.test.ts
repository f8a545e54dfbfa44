/*
 * An in-place import keyed by identity: the manager deletes, inserts or sorts rows of the list
 * while it is converted, between two chunks. Each chunk's request reads the source cells of its
 * rows before writing them, so a row whose cells are no longer what was read gets its old content
 * back: no value lands on another row, the write stops and says which rows were converted and
 * which not, and importing the list again finishes the job.
 */
import type { Cell } from "@core/cells/cell";
import { createEmulator, type Emulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { editsBetweenSyncs } from "../rowsMoved";
import { convertSheet } from "./importOnEmulator";

let emulator: Emulator;
let functions: Awaited<ReturnType<typeof loadSalesFunctionsFromSource>>;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
});

const count = 300;
const day = (i: number) => (i % 28) + 1;
/** Each firm's own date, so a date written on another firm's row shows. */
const list = [
  ["Company", "Last Contact", "Tier"],
  ...Array.from({ length: count }, (_, i) => [`Firm ${i}`, `3/${day(i)}/2024`, "A"]),
];
/** The serial of 2024-03-d: 2024-03-01 is 45352. */
const serial = (i: number) => 45351 + day(i);

beforeEach(() => {
  emulator = createEmulator({ functions, now: () => new Date(2024, 0, 31) });
  emulator.install();
  emulator.book.setValues("Sheet1", "A1", list);
});

/** The list's rows under the header as the sheet holds them, one spare row below. */
function sheetRows(): Cell[][] {
  return Array.from({ length: count + 1 }, (_, r) =>
    [0, 1, 2].map((c) => (emulator.book.getCell("Sheet1", r + 1, c).value as Cell) ?? ""),
  );
}

/** Rearranges the list's rows as the manager would (delete, insert, sort), on the plain range. */
function editList(edit: (rows: Cell[][]) => Cell[][]) {
  const next = edit(sheetRows().slice(0, count));
  const blank = Array.from({ length: count + 1 - next.length }, () => ["", "", ""]);
  emulator.book.setValues("Sheet1", "A2", [...next, ...blank]);
}

/** Every firm's row holds its own date, as typed or converted, never another's; a row the manager typed is as typed. */
function expectOwnRows() {
  for (const [, date] of sheetRows().filter(([company]) => company === "Zed")) expect(date).toBe("today");
  for (const [company, date] of sheetRows().filter(([company]) => String(company).startsWith("Firm"))) {
    const i = Number(String(company).replace("Firm ", ""));
    expect({ company, own: [`3/${day(i)}/2024`, serial(i)].includes(date as string | number) }).toEqual({
      company,
      own: true,
    });
  }
}

/** Converts the list in chunks of 100 rows, editing it once the first chunk is written. */
async function convertEditing(edit: (rows: Cell[][]) => Cell[][]) {
  const beforeSync = await editsBetweenSyncs(emulator);
  let edited = false;
  return convertSheet({
    sheet: "Sheet1",
    target: "Customers",
    mode: "in-place",
    language: "en-US",
    chunk: {
      maxRows: 100,
      onProgress: ({ done }) => {
        if (done === 0 || edited) return;
        edited = true;
        beforeSync(1, () => editList(edit));
      },
    },
  });
}

const sheetRowsOf = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe.each([
  {
    name: "a row deleted",
    edit: (rows: Cell[][]) => rows.filter((_, r) => r !== 150),
    remaining: count - 1,
    // List row r is sheet row r + 2; rows 150 … 199 of the second chunk moved up, the rest waited.
    written: sheetRowsOf(2, 151),
  },
  {
    name: "a row inserted",
    edit: (rows: Cell[][]) => [...rows.slice(0, 150), ["Zed", "today", "B"], ...rows.slice(150)],
    remaining: count + 1,
    written: sheetRowsOf(2, 151),
  },
  {
    name: "the rows sorted",
    edit: (rows: Cell[][]) => [...rows].reverse(),
    remaining: count,
    written: sheetRowsOf(2, 101),
  },
])("convert in place with $name while converting", ({ edit, remaining, written }) => {
  it("converts only rows still where they were read, says which were not, and makes no table", async () => {
    const { written: result } = await convertEditing(edit);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.moved?.written).toEqual(written);
    expect(result.value.moved?.notWritten).toEqual(sheetRowsOf(written.length + 2, count + 1));
    expect(emulator.book.tableModels().find((t) => t.name === "Customers")).toBeUndefined();
    expectOwnRows();
    expect(sheetRows().filter(([company]) => company !== "")).toHaveLength(remaining);
  });

  it("finishes when the list is imported again: every row converted, on its own row, and made the table", async () => {
    await convertEditing(edit);
    const again = await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "in-place", language: "en-US" });
    if (!again.written.ok) throw new Error(again.written.error.message);
    expect(again.written.value.moved).toBeUndefined();
    const rows = sheetRows().filter(([company]) => String(company).startsWith("Firm"));
    expect(rows.every(([company, date]) => date === serial(Number(String(company).slice(5))))).toBe(true);
    expect(emulator.book.tableModels().find((t) => t.name === "Customers")?.range.bottom).toBe(remaining);
  });
});
