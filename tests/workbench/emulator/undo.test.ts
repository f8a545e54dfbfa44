import { createEmulator, type RequestContext } from "@workbench/emulator/index";

type Options = Parameters<typeof createEmulator>[0];

/** Writes A1, syncs, writes A2, syncs: two editing syncs, plus a read-only one. */
async function twoEdits(options: Options, runOptions?: { mergeUndoGroup?: boolean }) {
  const emulator = createEmulator(options);
  const batch = async (context: RequestContext) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[1]];
    await context.sync();
    sheet.getRange("A2").values = [[2]];
    await context.sync();
    sheet.getRange("A1:A2").load("values");
    await context.sync();
  };
  if (runOptions) await emulator.Excel.run(runOptions, batch);
  else await emulator.Excel.run(batch);
  return emulator;
}

describe("undo records", () => {
  test("each sync that changes the workbook is one undo record; reads make none", async () => {
    const emulator = await twoEdits({ platform: "web" });
    expect(emulator.stats.undoRecords).toBe(2);
    expect(emulator.stats.syncs).toBe(4);
  });

  test.each(["web", "desktop"] as const)(
    "mergeUndoGroup makes the whole run one undo record (%s, ExcelApi 1.20)",
    async (platform) => {
      const emulator = await twoEdits({ platform }, { mergeUndoGroup: true });
      expect(emulator.stats.undoRecords).toBe(1);
      expect(emulator.book.getCell("Sheet1", 1, 0).value).toBe(2);
    },
  );

  test("without ExcelApi 1.20 the option is ignored: one record per editing sync", async () => {
    const emulator = await twoEdits(
      { platform: "desktop", requirementSets: { ExcelApi: "1.19" } },
      { mergeUndoGroup: true },
    );
    expect(emulator.stats.undoRecords).toBe(2);
  });

  test("two merged runs are two records; stats.reset clears the count", async () => {
    const emulator = await twoEdits({ platform: "web" }, { mergeUndoGroup: true });
    await emulator.Excel.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[3]];
      await context.sync();
    });
    expect(emulator.stats.undoRecords).toBe(2);
    emulator.stats.reset();
    expect(emulator.stats.undoRecords).toBe(0);
  });

  test("in a merged group, deleting a worksheet fails with UndoNotSupported; unmerged it works", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.book.addSheet("Old");
    const merged = emulator.Excel.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem("Old").delete();
      await context.sync();
    });
    await expect(merged).rejects.toMatchObject({ code: "UndoNotSupported" });
    expect(emulator.book.sheet("Old")).toBeDefined();
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Old").delete();
      await context.sync();
    });
    expect(emulator.book.sheet("Old")).toBeUndefined();
  });

  test("renaming a worksheet cannot be grouped on Windows and Mac, but can on the web", async () => {
    const rename = (platform: "web" | "desktop") =>
      createEmulator({ platform }).Excel.run({ mergeUndoGroup: true }, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").name = "Renamed";
        await context.sync();
      });
    await expect(rename("desktop")).rejects.toMatchObject({ code: "UndoNotSupported" });
    await expect(rename("web")).resolves.toBeUndefined();
  });
});
