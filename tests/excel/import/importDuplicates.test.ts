/**
 * Each duplicates policy (skip / update / add) on a workbook set-up built, through the real read →
 * plan → write path: a re-import of an updated customer list changes only the fields that differ
 * and duplicates nothing, new IDs continue the workbook's sequence, an update over rows changed
 * since they were read is refused with nothing written, and rejected rows go out as a sheet.
 */
import type { Cell } from "@core/cells/cell";
import { normalizeCompany } from "@core/import/normalizeCompany";
import { rejectedRowsSheet } from "@core/import/rejectedRows";
import { idPattern, formatId } from "@core/workbook/recordIds";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { readLastChange, undoLastChange } from "@excel/undo/undoLastChange";
import { writeRejectedRows } from "@excel/import/writeRejectedRows";
import type { Emulator } from "@workbench/emulator";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { convertSheet } from "./importOnEmulator";

jest.setTimeout(120_000);

let emulator: Emulator;

async function tables() {
  const workbook = await readImportWorkbook();
  if (!workbook.ok) throw new Error(workbook.error.message);
  return workbook.value.tables;
}

function cellOf(
  table: { columns: Record<string, number>; rows: readonly (readonly Cell[])[] },
  row: number,
  key: string,
) {
  return table.rows[row][table.columns[key]];
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "en-US", customers: 30, profile }));
  });

  it("re-importing an updated customer list with Update changes only differing fields; nothing duplicated; IDs continue", async () => {
    const before = (await tables()).Customers!;
    const a = 0;
    const b = 1;
    const companyA = String(cellOf(before, a, "Company"));
    const companyB = String(cellOf(before, b, "Company"));
    const tierA = cellOf(before, a, "Tier");
    const ids = before.rows.map((row) => row[before.columns.CustomerID]);
    const pattern = idPattern(ids, "C-");

    emulator.book.addSheet("Export");
    const exported: Cell[][] = [
      ["Company", "Contact", "Region", "Tier", "Notes"],
      // Region changes, Tier left empty (never blanked), a formula-like note stays text.
      [companyA, cellOf(before, a, "Name"), "Far North", "", "'=1+1"],
      // As the table has it: unchanged.
      [
        companyB,
        cellOf(before, b, "Name"),
        cellOf(before, b, "Region"),
        cellOf(before, b, "Tier"),
        cellOf(before, b, "Notes"),
      ],
      ["Brand New Trading", "Ann Lee", "West", "B", ""],
    ];
    emulator.book.setValues("Export", "A1", exported);
    const { plan, written } = await convertSheet({
      sheet: "Export",
      target: "Customers",
      mode: "append",
      match: { policy: "update", key: "company" },
    });
    expect(written).toMatchObject({ ok: true, value: { done: 1, total: 1, updated: { rows: 1, cells: 2 } } });
    expect(plan.matches?.updates.map((u) => u.changes.map((c) => [c.key, c.new]))).toEqual([
      [
        ["Region", "Far North"],
        ["Notes", "=1+1"],
      ],
    ]);
    expect(plan.matches?.unchanged).toBe(1);

    const after = (await tables()).Customers!;
    expect(after.rows).toHaveLength(before.rows.length + 1);
    expect(cellOf(after, a, "Region")).toBe("Far North");
    expect(cellOf(after, a, "Tier")).toBe(tierA);
    expect(cellOf(after, a, "Notes")).toBe("=1+1");
    // Every other cell of the table is as it was.
    before.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (r === a && (c === before.columns.Region || c === before.columns.Notes)) return;
        if (c === before.columns.NextContact) return;
        expect([r, c, after.rows[r][c]]).toEqual([r, c, cell]);
      }),
    );
    const last = after.rows.length - 1;
    expect(cellOf(after, last, "Company")).toBe("Brand New Trading");
    expect(cellOf(after, last, "CustomerID")).toBe(formatId(pattern, pattern.next));
    const companies = after.rows.map((row) => normalizeCompany(row[after.columns.Company]));
    expect(new Set(companies).size).toBe(companies.length);

    // The same list again, with Skip: nothing is added or changed, each row left out with its reason.
    const again = await convertSheet({
      sheet: "Export",
      target: "Customers",
      mode: "append",
      match: { policy: "skip", key: "company" },
    });
    expect(again.written).toMatchObject({ ok: true, value: { done: 0, total: 0 } });
    expect(again.plan.matches?.rejected).toHaveLength(3);
    expect((await tables()).Customers!.rows).toHaveLength(after.rows.length);
    const sheetCells = rejectedRowsSheet(
      { values: exported.map((row) => row.map((cell) => (cell === "'=1+1" ? "=1+1" : cell))), top: 0 },
      0,
      again.plan.matches!.rejected,
      again.plan.result.problems,
      "en",
      "Reason",
    );
    const out = await writeRejectedRows("Rejected rows", sheetCells);
    expect(out).toMatchObject({ ok: true, value: { sheet: "Rejected rows", rows: 3 } });
    expect(emulator.book.getCell("Rejected rows", 0, 5).value).toBe("Reason");
    expect(emulator.book.getCell("Rejected rows", 1, 4).value).toBe("=1+1");
    expect(emulator.book.getCell("Rejected rows", 1, 4).formula).toBeUndefined();
    expect(String(emulator.book.getCell("Rejected rows", 3, 5).value)).toMatch(/Brand New Trading.*skipped/);
  });

  it("an Update is one undoable change: Undo puts the old fields back, and refuses after a manager's edit", async () => {
    const before = (await tables()).Customers!;
    const company = String(cellOf(before, 2, "Company"));
    const id = cellOf(before, 2, "CustomerID");
    const region = cellOf(before, 2, "Region");
    const notes = cellOf(before, 2, "Notes");
    emulator.book.addSheet("Update");
    emulator.book.setValues("Update", "A1", [
      ["Company", "Region", "Notes"],
      [company, "Far North", "Moved to the new site"],
    ]);
    const { written } = await convertSheet({
      sheet: "Update",
      target: "Customers",
      mode: "append",
      match: { policy: "update", key: "company" },
    });
    expect(written).toMatchObject({ ok: true, value: { updated: { rows: 1, cells: 2 } } });
    expect(await readLastChange()).toMatchObject({
      ok: true,
      value: { command: "update", rows: 1, tables: ["Customers"], complete: true },
    });

    // A manager edits the updated field: the undo refuses, naming the row, and writes nothing.
    const table = emulator.book.tableModel("Customers")!;
    const sheet = emulator.book.tableSheet(table).name;
    const regionAt = table.range.left + before.columns.Region;
    emulator.book.setCellInput(sheet, table.range.top + 1 + 2, regionAt, "Typed by the manager");
    expect(await undoLastChange()).toEqual({ ok: true, value: { kind: "refused", command: "update", rows: [id] } });
    expect(cellOf((await tables()).Customers!, 2, "Region")).toBe("Typed by the manager");

    // Put back as the import left it, the undo restores both fields and nothing else.
    emulator.book.setCellInput(sheet, table.range.top + 1 + 2, regionAt, "Far North");
    expect(await undoLastChange()).toMatchObject({ ok: true, value: { kind: "undone", command: "update", rows: 1 } });
    const after = (await tables()).Customers!;
    expect(cellOf(after, 2, "Region")).toBe(region);
    expect(cellOf(after, 2, "Notes")).toBe(notes);
    expect(after.rows).toHaveLength(before.rows.length);
  });

  it("Add appends matching rows anyway, each new one with the next ID", async () => {
    const before = (await tables()).Customers!;
    const pattern = idPattern(
      before.rows.map((row) => row[before.columns.CustomerID]),
      "C-",
    );
    emulator.book.addSheet("Again");
    emulator.book.setValues("Again", "A1", [
      ["Company", "Contact"],
      [String(cellOf(before, 0, "Company")), "Another Contact"],
      ["Second New Co", "Bo"],
    ]);
    const { written } = await convertSheet({
      sheet: "Again",
      target: "Customers",
      mode: "append",
      match: { policy: "add", key: "company" },
    });
    expect(written).toMatchObject({ ok: true, value: { done: 2 } });
    const after = (await tables()).Customers!;
    expect(after.rows.slice(-2).map((row) => row[after.columns.CustomerID])).toEqual([
      formatId(pattern, pattern.next),
      formatId(pattern, pattern.next + 1),
    ]);
  });

  it("deals without an ID get the next DealIDs; an ID already there is skipped", async () => {
    const before = (await tables()).Deals!;
    const pattern = idPattern(
      before.rows.map((row) => row[before.columns.DealID]),
      "D-",
    );
    const existingId = String(cellOf(before, 0, "DealID"));
    emulator.book.addSheet("Deals in");
    emulator.book.setValues("Deals in", "A1", [
      ["Deal ID", "Customer", "Amount"],
      [existingId, "Whoever", 5],
      ["", "Gamma Co", 1200],
    ]);
    const { plan, written } = await convertSheet({
      sheet: "Deals in",
      target: "Deals",
      mode: "append",
      match: { policy: "skip", key: "id" },
    });
    expect(plan.matches?.rejected.map((r) => r.sourceRow)).toEqual([2]);
    expect(written).toMatchObject({ ok: true, value: { done: 1 } });
    const after = (await tables()).Deals!;
    expect(after.rows).toHaveLength(before.rows.length + 1);
    expect(cellOf(after, after.rows.length - 1, "DealID")).toBe(formatId(pattern, pattern.next));
  });

  it("refuses an update, writing nothing, when the target rows changed since they were read", async () => {
    const before = (await tables()).Customers!;
    const company = String(cellOf(before, 2, "Company"));
    emulator.book.addSheet("Late");
    emulator.book.setValues("Late", "A1", [
      ["Company", "Region", "Notes"],
      [company, "Changed Region", "new note"],
      ["Late New Co", "East", ""],
    ]);
    const { written } = await convertSheet({
      sheet: "Late",
      target: "Customers",
      mode: "append",
      match: { policy: "update", key: "company" },
      // The pane read the table; someone edits the row before the write.
      beforeWrite: () =>
        emulator.book.setCellInput(
          before.sheet,
          before.headerRow + 1 + 2,
          before.firstColumn + before.columns.Region,
          "Typed meanwhile",
        ),
    });
    expect(written.ok).toBe(false);
    if (!written.ok)
      expect(written.error.message).toMatch(/Rows 3 of the Customers table changed since they were read/);
    const after = (await tables()).Customers!;
    expect(after.rows).toHaveLength(before.rows.length);
    expect(cellOf(after, 2, "Region")).toBe("Typed meanwhile");
    expect(cellOf(after, 2, "Notes")).toBe(cellOf(before, 2, "Notes"));
  });
});
