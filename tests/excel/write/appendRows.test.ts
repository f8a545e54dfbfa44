import { createEmulator, type Emulator } from "@workbench/emulator/index";
import { appendRows, CellsBelowTableNotEmpty } from "@excel/write/appendRows";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

let emulator: Emulator;

/** A Deals-like table: Amount, Probability and Weighted (=[@Amount]*[@Probability]) on one row. */
function setUp(profile: (typeof emulatorProfiles)[number]): void {
  emulator = createEmulator(emulatorOptionsFor(profile));
  emulator.install();
  emulator.book.addSheet("Pipeline");
  emulator.book.setValues("Pipeline", "A1", [
    ["DealID", "Amount", "Probability", "Weighted"],
    ["D0", 100, 0.5, ""],
  ]);
}

async function createTable(): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Pipeline");
    const table = sheet.tables.add("A1:D2", true);
    table.name = "Deals";
    sheet.getRange("D2").formulas = [["=[@Amount]*[@Probability]"]];
    sheet.getRange("B2").numberFormat = [["#,##0.00"]];
    await context.sync();
  });
}

const weighted = "=[@Amount]*[@Probability]";
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`D${i + 1}`, 1000 * (i + 1), 0.25, null]);

async function append(n: number, maxRows = 4) {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("Deals");
    return appendRows(context, table, "Deals", rows(n), { formulas: [null, null, null, weighted], maxRows });
  });
}

describe.each(emulatorProfiles)("appendRows ($name)", (profile) => {
  beforeEach(async () => {
    setUp(profile);
    await createTable();
  });

  it("writes values below the table and resizes it over them, with the formula column written on every new row", async () => {
    const before = emulator.stats.syncs;
    const written = await append(10);
    expect(written).toEqual({ done: 10, total: 10, cancelled: false });
    // One check, one request per chunk of 4 rows (3), a fresh check of the cells below before
    // each chunk after the first (2), then Excel.run's closing sync.
    expect(emulator.stats.syncs - before).toBe(1 + 3 + 2 + 1);
    expect(emulator.book.table("Deals")?.range).toBe("A1:D12");
    for (let r = 2; r <= 11; r++) {
      expect(emulator.book.getCell("Pipeline", r, 3).formula).toBe(weighted);
      expect(emulator.book.getCell("Pipeline", r, 3).value).toBe(250 * (r - 1));
      expect(emulator.book.getCell("Pipeline", r, 1).numberFormat).toBe("#,##0.00");
    }
  });

  it("refuses, writing nothing, when a cell below the table holds a value", async () => {
    emulator.book.setValues("Pipeline", "C9", [["keep me"]]);
    await expect(append(10)).rejects.toBeInstanceOf(CellsBelowTableNotEmpty);
    expect(emulator.book.table("Deals")?.range).toBe("A1:D2");
    expect(emulator.book.getCell("Pipeline", 2, 0).value).toBe("");
    expect(emulator.book.getCell("Pipeline", 8, 2).value).toBe("keep me");
  });

  it("stops before a chunk whose cells were typed into while the rows went in, keeping what was typed", async () => {
    // Between the first chunk's request and the second's, the manager types below the new rows.
    const typeBelow = ({ done }: { done: number }) => {
      if (done === 4) emulator.book.setCellInput("Pipeline", 7, 1, "typed mid-write");
    };
    const failure = Excel.run(async (context) =>
      appendRows(context, context.workbook.tables.getItem("Deals"), "Deals", rows(10), {
        formulas: [null, null, null, weighted],
        maxRows: 4,
        onProgress: typeBelow,
      }),
    );
    await expect(failure).rejects.toMatchObject({ written: 4, address: expect.stringContaining("B8") });
    await expect(failure).rejects.toThrow(/4 rows were added before that/);
    expect(emulator.book.table("Deals")?.range).toBe("A1:D6");
    expect(emulator.book.getCell("Pipeline", 7, 1).value).toBe("typed mid-write");
    expect(emulator.book.getCell("Pipeline", 6, 0).value).toBe("");
  });

  it("without Table.resize (ExcelApi 1.13), adds each chunk with rows.add, formulas written too", async () => {
    const supported = Office.context.requirements.isSetSupported;
    const spy = jest
      .spyOn(Office.context.requirements, "isSetSupported")
      .mockImplementation((name: string, version?: string | number) =>
        name === "ExcelApi" && version === "1.13" ? false : supported(name, version as string),
      );
    try {
      await append(6);
    } finally {
      spy.mockRestore();
    }
    expect(emulator.book.table("Deals")?.range).toBe("A1:D8");
    for (let r = 2; r <= 7; r++) expect(emulator.book.getCell("Pipeline", r, 3).formula).toBe(weighted);
  });

  it("a chunk whose request fails leaves the table with the chunks before it and nothing below it", async () => {
    emulator.failSync(4); // the check, the first chunk, the second chunk's check, then its request
    await expect(append(10)).rejects.toBeDefined();
    expect(emulator.book.table("Deals")?.range).toBe("A1:D6");
    expect(emulator.book.getCell("Pipeline", 6, 0).value).toBe("");
    const rest = await Excel.run(async (context) =>
      appendRows(context, context.workbook.tables.getItem("Deals"), "Deals", rows(10).slice(4), {
        formulas: [null, null, null, weighted],
      }),
    );
    expect(rest.done).toBe(6);
    expect(emulator.book.table("Deals")?.range).toBe("A1:D12");
  });
});
