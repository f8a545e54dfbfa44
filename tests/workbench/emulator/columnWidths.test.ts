import { createEmulator } from "@workbench/emulator/index";
import { MAX_COLUMN_WIDTH, textWidthPoints } from "@workbench/emulator/textWidth";

describe("column widths (RangeFormat.columnWidth, autofitColumns)", () => {
  it("autofit measures the whole column, not only the range's rows (office-js #1017, #5999)", async () => {
    const { Excel, book } = createEmulator({ platform: "web" });
    book.setValues("Sheet1", "A1", [["a long heading in the first row"], ["ab"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").format.autofitColumns();
      await context.sync();
    });
    expect(book.columnWidth(book.requireSheet("Sheet1"), 0)).toBe(textWidthPoints("a long heading in the first row"));
  });

  it("counts bold and larger fonts, caps at 255 characters, and gives an empty column the standard width", async () => {
    const { Excel, book } = createEmulator({ platform: "desktop" });
    book.setValues("Sheet1", "A1", [["Title", "x".repeat(400)]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1").format.font.size = 16;
      sheet.getRange("C:C").format.columnWidth = 200;
      sheet.getRange("A1:C1").format.autofitColumns();
      await context.sync();
    });
    const model = book.requireSheet("Sheet1");
    expect(book.columnWidth(model, 0)).toBe(textWidthPoints("Title", { size: 16, bold: true }));
    expect(book.columnWidth(model, 0)).toBeGreaterThan(textWidthPoints("Title"));
    expect(book.columnWidth(model, 1)).toBe(MAX_COLUMN_WIDTH);
    expect(book.columnWidth(model, 2)).toBe(48);
  });

  it("reads null for columns of different widths and refuses a width Excel cannot have", async () => {
    const { Excel } = createEmulator({ platform: "web" });
    const widths = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A:A").format.columnWidth = 100;
      const mixed = sheet.getRange("A1:B1").format.load("columnWidth");
      const one = sheet.getRange("A1").format.load("columnWidth");
      await context.sync();
      return [mixed.columnWidth, one.columnWidth];
    });
    expect(widths).toEqual([null, 100]);
    for (const width of [-1, MAX_COLUMN_WIDTH + 1]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.columnWidth = width;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("columnWidth and autofitColumns need ExcelApi 1.2", async () => {
    const { Excel } = createEmulator({ platform: "desktop", requirementSets: { ExcelApi: "1.1" } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.autofitColumns();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
