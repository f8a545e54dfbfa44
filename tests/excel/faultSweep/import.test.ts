/*
 * The fault sweep (see harness.ts) for the import: to a new sheet, and appended to the table a
 * first import made. Each run reads the source and
 * the workbook again and plans again, as the pane's "Finish the import" does.
 */
import type { ImportMode } from "@core/import/tableLayout";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import type { SalesFunctionsSource, WorkbookSnapshot } from "@workbench/emulator";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { convertSheet } from "../import/importOnEmulator";
import { emulatorFrom, sweep, type Writer } from "./harness";

jest.setTimeout(600_000);

let functions: SalesFunctionsSource;

/** A customer list with dates and tiers to convert, on Sheet1. */
const list = [
  ["Company", "Last Contact", "Tier"],
  ...Array.from({ length: 12 }, (_, i) => [`Firm ${i}`, `3/${i + 1}/2024`, "abc"[i % 3]]),
];

let withList: WorkbookSnapshot;
let withTable: WorkbookSnapshot;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
  const first = emulatorFrom(functions);
  first.book.setValues("Sheet1", "A1", list);
  withList = first.snapshot();
  const made = await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet", language: "en-US" });
  if (!made.written.ok) throw new Error(made.written.error.message);
  // A second list to append to the Customers table the first import made.
  first.book.setValues(
    "Sheet1",
    "A1",
    list.map((row, r) => (r === 0 ? row : [`Other ${r}`, row[1], row[2]])),
  );
  withTable = first.snapshot();
});

/** Imports Sheet1 in `mode`, in chunks of 5 rows, confirming the replacement of an unfinished import on a re-run. */
const importing = (name: string, mode: ImportMode, start: () => WorkbookSnapshot): Writer => ({
  name,
  start,
  run: async (again) => {
    try {
      // When Excel made the table but its answer was lost, the pane plans the run again against
      // the workbook as it is: the rows are appended, and those already there are not added again.
      const workbook = again ? await readImportWorkbook() : undefined;
      const made = workbook?.ok === true && workbook.value.tables.Customers !== undefined;
      const { written } = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: made ? "append" : mode,
        language: "en-US",
        replacePending: again,
        chunk: { maxRows: 5 },
      });
      return written;
    } catch (error) {
      // A failed read: the pane shows it in its failure bar, having written nothing.
      return { ok: false, error: { kind: "office", code: "GeneralException", message: String(error) } };
    }
  },
});

describe.each([
  importing("import to a new sheet", "new-sheet", () => withList),
  importing("import appended to a table", "append", () => withTable),
])("the fault sweep: $name", (writer) => {
  it("reports every failed sync, and a re-run leaves the workbook as one clean run does", async () => {
    await sweep(functions, writer);
  });
});
