/*
 * The fault sweep (see harness.ts) for the import: to a new sheet, appended to the table a first
 * import made, and in place. Each run reads the workbook again and plans again: the pane's "Finish
 * the import" keeps the source it read, a new import reads it again.
 */
import { detectHeaderRow } from "@core/import/detectHeaderRow";
import { chosenMode, importModes } from "@core/import/importModes";
import { importPlanInput } from "@core/import/importPlanInput";
import { sheetSource, type ImportSource } from "@core/import/importSource";
import { planImport } from "@core/import/planImport";
import { plannedWrite } from "@core/import/plannedWrite";
import { proposeMapping } from "@core/import/proposeMapping";
import type { ImportMode } from "@core/import/tableLayout";
import { readSheetBlock } from "@excel/import/readImportSource";
import { writeImport } from "@excel/import/writeImport";
import type { ExcelResult } from "@excel/excelFailure";
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

/**
 * Imports Sheet1 in place as the pane does: the source is read once, and "Finish the import" after
 * a failure plans it again against the workbook as it now is (append once the table exists, where
 * the rows already there are left out; nothing to finish when none is left) and writes that.
 */
const inPlaceFromPane = (): Writer => {
  let source: ImportSource | undefined;
  return {
    name: "import in place, finished from the pane",
    start: () => withList,
    run: async (again): Promise<ExcelResult<unknown>> => {
      if (!again || !source) {
        const block = await readSheetBlock("Sheet1");
        if (!block.ok) return block;
        source = sheetSource("sheet", block.value);
      }
      const workbook = await readImportWorkbook();
      if (!workbook.ok) return workbook;
      const { headerRow } = detectHeaderRow(source.values);
      const mapping = proposeMapping(source.values[headerRow] ?? [], "Customers");
      const mode = chosenMode(importModes(workbook.value.tables.Customers !== undefined, "sheet"), "in-place");
      const choices = { headerRow, target: "Customers" as const, mapping, mode, stageMapping: {} };
      const plan = planImport(importPlanInput(source, choices, workbook.value, "en-US"));
      // The pane offers nothing to finish when the table already holds every row.
      if (again && plan.layout.rows.length === 0) return { ok: true, value: undefined };
      const request = plannedWrite({
        target: "Customers",
        layout: plan.layout,
        language: "en-US",
        sourceSheet: source.sheet,
        tables: workbook.value.tables,
        stageChoices: {},
      });
      return writeImport({ ...request, pending: workbook.value.pending, replacePending: again }, { maxRows: 5 });
    },
  };
};

describe.each([
  importing("import to a new sheet", "new-sheet", () => withList),
  importing("import appended to a table", "append", () => withTable),
  importing("import in place, imported again", "in-place", () => withList),
  inPlaceFromPane(),
])("the fault sweep: $name", (writer) => {
  it("reports every failed sync, and a re-run leaves the workbook as one clean run does", async () => {
    await sweep(functions, writer);
  });
});
