/*
 * Undo of an in-place import: the list the import made the Customers table is a list again, with
 * its own header row, every converted cell as it was and the columns the import added cleared;
 * refused when the table changed since (rows added or removed, a converted cell edited).
 */
import { createEmulator, type Emulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { readLastChange, undoLastChange } from "@excel/undo/undoLastChange";
import { convertSheet } from "../import/importOnEmulator";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(60_000);

let emulator: Emulator;
let functions: Awaited<ReturnType<typeof loadSalesFunctionsFromSource>>;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
});

/** A title row, then a list with Chinese headers, a text date, a phone as a number and a formula of the user's. */
const list = [
  ["2024 客户名单", "", "", "", "", "", ""],
  ["客户名称", "联系人", "电话", "客户等级", "最近联系", "备注", "微信号"],
  ["华瑞科技有限公司", "王伟", 13800138000, "A", "2024/1/5", "老客户", "wx_wang"],
  ["Acme Inc.", "Bob", "+86 139-0013-9000", "B", "1/20/2024", "", ""],
  ["华瑞科技", "李娜", "138 0013 8000", "C", "next week", "", "wx_li"],
];
const WIDTH = 20;
const HEIGHT = 8;

/** Every cell of the sheet's top-left block as entered (formulas as formulas). */
function inputs(): unknown[][] {
  return Array.from({ length: HEIGHT }, (_, r) =>
    Array.from({ length: WIDTH }, (_, c) => emulator.book.cellInputOf(emulator.book.sheet("Sheet1")!, r, c) ?? ""),
  );
}

const tableNamed = (name: string) => emulator.book.tableModels().find((t) => t.name === name);

async function convert() {
  const { written } = await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "in-place", language: "en-US" });
  expect(written).toMatchObject({ ok: true, value: { mode: "in-place", done: 3, total: 3 } });
  expect(tableNamed("Customers")).toBeDefined();
}

describe.each(emulatorProfiles)("undo of an in-place import ($name)", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions, now: () => new Date(2024, 0, 31) });
    emulator.install();
    emulator.book.setValues("Sheet1", "A1", list);
    emulator.book.setValues("Sheet1", "G4", [['=A4&"!"']]);
  });

  it("makes the table a list again: its header row, converted cells and added columns as they were", async () => {
    const before = inputs();
    await convert();
    const converted = inputs();
    expect(converted).not.toEqual(before);
    expect(emulator.book.getCell("Sheet1", 1, 0).value).toBe("Company");
    const last = await readLastChange();
    expect(last.ok && last.value).toMatchObject({ command: "import", tables: ["Customers"], complete: true });

    const undone = await undoLastChange();
    expect(undone).toMatchObject({ ok: true, value: { kind: "undone", command: "import", notRestored: [] } });
    expect(tableNamed("Customers")).toBeUndefined();
    expect(inputs()).toEqual(before);
    expect(await readLastChange()).toEqual({ ok: true, value: null });
  });

  it("refuses, changing nothing, when a row was added to the table since", async () => {
    await convert();
    const width = tableNamed("Customers")!.columns.length;
    await Excel.run(async (context) => {
      context.workbook.tables
        .getItem("Customers")
        .rows.add(undefined, [["新客户", ...new Array<string>(width - 1).fill("")]]);
      await context.sync();
    });
    const edited = inputs();
    const undone = await undoLastChange();
    expect(undone).toEqual({ ok: true, value: { kind: "refused", command: "import", rows: ["Customers"] } });
    expect(tableNamed("Customers")).toBeDefined();
    expect(inputs()).toEqual(edited);
  });

  it("refuses when a converted cell was edited since, and names its row", async () => {
    await convert();
    // The text date the import converted to a date serial.
    const table = tableNamed("Customers")!;
    const lastContact = table.columns.findIndex((column) => column.name === "LastContact");
    expect(lastContact).toBeGreaterThanOrEqual(0);
    emulator.book.setValues("Sheet1", `${String.fromCharCode(65 + lastContact)}4`, [["2024/2/1"]]);
    const edited = inputs();
    const undone = await undoLastChange();
    expect(undone.ok && undone.value.kind).toBe("refused");
    expect(undone.ok && undone.value.kind === "refused" && undone.value.rows[0]).toMatch(/Acme Inc\./);
    expect(inputs()).toEqual(edited);
  });
});
