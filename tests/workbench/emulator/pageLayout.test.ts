import { createEmulator } from "@workbench/emulator/index";

describe("worksheet.pageLayout (ExcelApi 1.9)", () => {
  test("orientation, zoom, print title rows and the header and footer are kept on the sheet and read back", async () => {
    const { Excel, book } = createEmulator();
    await Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      page.orientation = "Landscape";
      page.zoom = { horizontalFitToPages: 1 };
      page.setPrintTitleRows("$1:$2");
      page.headersFooters.defaultForAllPages.centerHeader = "Weekly 2026-W49";
      page.headersFooters.defaultForAllPages.leftFooter = "Written on 2026-12-07";
      await context.sync();
      page.load("orientation, zoom");
      const footer = page.headersFooters.defaultForAllPages.load("centerHeader, leftFooter, rightFooter");
      const titles = page.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      expect(page.orientation).toBe("Landscape");
      expect(page.zoom).toEqual({ horizontalFitToPages: 1 });
      expect([footer.centerHeader, footer.leftFooter, footer.rightFooter]).toEqual([
        "Weekly 2026-W49",
        "Written on 2026-12-07",
        "",
      ]);
      expect(titles.address).toBe("Sheet1!1:2");
    });
    expect(book.requireSheet("Sheet1").pageLayout.printTitleRows).toEqual({ top: 0, bottom: 1 });
  });

  test("a sheet starts in portrait at 100 % with no print titles", async () => {
    const { Excel } = createEmulator();
    await Excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Sheet1").pageLayout.load("orientation, zoom");
      const titles = page.getPrintTitleRowsOrNullObject();
      await context.sync();
      expect(page.orientation).toBe("Portrait");
      expect(page.zoom).toEqual({ scale: 100 });
      expect(titles.isNullObject).toBe(true);
    });
  });

  test.each([
    ["a scale below 10", { scale: 5 }],
    ["a scale with pages to fit", { scale: 100, horizontalFitToPages: 1 }],
    ["pages that are not whole", { horizontalFitToPages: 1.5 }],
  ])("refuses %s, as PageLayoutZoomOptions documents", async (_, zoom) => {
    const { Excel } = createEmulator();
    const failure = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = zoom;
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("refuses an orientation Excel does not have", async () => {
    const { Excel } = createEmulator();
    const failure = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Sideways" as Excel.PageOrientation;
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("an Excel without ExcelApi 1.9 fails the sync with ApiNotFound", async () => {
    const { Excel } = createEmulator({ platform: "desktop", requirementSets: { ExcelApi: "1.8" } });
    const failure = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({
      code: "ApiNotFound",
      message: expect.stringContaining("PageLayout.orientation is in the ExcelApi 1.9 requirement set"),
    });
  });
});
