import { createEmulator } from "@workbench/emulator/index";
import { emulatorOptionsFor, emulatorProfiles, platformProfiles } from "../../fixtures/emulatorProfiles";

function tableEmulator(platform: "web" | "desktop") {
  const emulator = createEmulator({ platform });
  emulator.book.setValues("Sheet1", "A1", [
    ["Name", "Score"],
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  emulator.book.addTable(emulator.book.requireSheet("Sheet1"), { top: 0, left: 0, bottom: 3, right: 1 }, true, "T");
  return emulator;
}

describe("platform profiles", () => {
  test("isSetSupported answers per platform: ExcelApiOnline only on the web, ExcelApi on both", () => {
    const web = createEmulator({ platform: "web" });
    const desktop = createEmulator({ platform: "desktop" });
    expect(web.Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(true);
    expect(desktop.Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(false);
    for (const { Office } of [web, desktop]) {
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.99")).toBe(false);
      expect(Office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    }
    expect([web.Office.context.platform, desktop.Office.context.platform]).toEqual(["OfficeOnline", "PC"]);
  });

  test("the default is the web profile, and setPlatform switches a running emulator", async () => {
    const emulator = createEmulator();
    expect(emulator.profile.name).toBe("web");
    emulator.setPlatform("desktop");
    expect(emulator.Office.context.requirements.isSetSupported("ExcelApiOnline")).toBe(false);
    await expect(emulator.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "PC" });
  });

  test("TableRowCollection.deleteRows / deleteRowsAt work on the web", async () => {
    const { Excel, book } = tableEmulator("web");
    await Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("T").rows;
      rows.deleteRows([0]);
      rows.deleteRowsAt(1, 1);
      await context.sync();
    });
    expect(book.table("T")?.range).toBe("A1:B2");
    expect(book.getCell("Sheet1", 1, 0).value).toBe("b");
  });

  test.each(["deleteRows", "deleteRowsAt"] as const)(
    "%s fails with ApiNotFound on desktop, and applies nothing from there",
    async (api) => {
      const { Excel, book } = tableEmulator("desktop");
      const failure = Excel.run(async (context) => {
        const rows = context.workbook.tables.getItem("T").rows;
        if (api === "deleteRows") rows.deleteRows([0]);
        else rows.deleteRowsAt(0, 1);
        await context.sync();
      });
      await expect(failure).rejects.toMatchObject({
        code: "ApiNotFound",
        debugInfo: { errorLocation: 'tables.getItem("T").rows' },
      });
      expect(book.table("T")?.range).toBe("A1:B4");
    },
  );

  test("the ExcelApi 1.1 way of deleting table rows works on every platform", async () => {
    for (const { platform } of platformProfiles) {
      const { Excel, book } = tableEmulator(platform);
      await Excel.run(async (context) => {
        const rows = context.workbook.tables.getItem("T").rows;
        rows.getItemAt(2).delete();
        rows.getItemAt(0).delete();
        await context.sync();
      });
      expect(book.table("T")?.range).toBe("A1:B2");
    }
  });
});

describe("payload limits", () => {
  const bigText = "x".repeat(1000);

  test("on the web a response over the limit fails with ResponsePayloadSizeLimitExceeded; the request's writes stay", async () => {
    const { Excel, book, stats } = createEmulator({ platform: "web", requestLimitBytes: 50_000 });
    book.setValues(
      "Sheet1",
      "A1",
      Array.from({ length: 100 }, () => [bigText]),
    );
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("B1").values = [[1]];
        ws.getRange("A1:A100").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(book.getCell("Sheet1", 0, 1).value).toBe(1);
    expect(stats.largestResponseBytes()).toBeGreaterThan(100_000);
  });

  test("responses are measured per sync: the same read in pages fits", async () => {
    const { Excel, book, stats } = createEmulator({ platform: "web", requestLimitBytes: 50_000 });
    book.setValues(
      "Sheet1",
      "A1",
      Array.from({ length: 100 }, () => [bigText]),
    );
    const read: unknown[] = [];
    await Excel.run(async (context) => {
      for (let start = 0; start < 100; start += 20) {
        const page = context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(start, 0, 20, 1).load("values");
        await context.sync();
        read.push(...page.values);
      }
    });
    expect(read).toHaveLength(100);
    expect(stats.largestResponseBytes()).toBeLessThan(50_000);
    expect(stats.largestResponseBytes()).toBeGreaterThan(20_000);
  });

  test("the default web limit is 5 MB for responses too", async () => {
    const { Excel, book } = createEmulator({ platform: "web" });
    book.setValues(
      "Sheet1",
      "A1",
      Array.from({ length: 6_000 }, () => [bigText]),
    );
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").load("values, formulas");
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("desktop has no payload limit on requests or responses", async () => {
    const { Excel, book } = createEmulator({ platform: "desktop" });
    book.setValues(
      "Sheet1",
      "A1",
      Array.from({ length: 6_000 }, () => [bigText]),
    );
    const big = Array.from({ length: 6_000 }, () => [bigText]);
    const length = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1:B6000").values = big;
      const range = ws.getRange("A1:A6000").load("values, formulas");
      await context.sync();
      return range.values.length;
    });
    expect(length).toBe(6_000);
  });

  test("a range read over 5,000,000 cells still fails on every platform", async () => {
    for (const { platform } of platformProfiles) {
      const { Excel } = createEmulator({ platform });
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z200000").load("values");
        }),
      ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    }
  });
});

describe("the emulatorProfiles test helper", () => {
  test("lists every platform with auto-fill on and off, web with Excel's defaults first", () => {
    expect(emulatorProfiles.map((p) => p.name)).toEqual([
      "web, auto-fill on",
      "web, auto-fill off",
      "desktop, auto-fill on",
      "desktop, auto-fill off",
    ]);
    expect(platformProfiles.map((p) => p.platform)).toEqual(["web", "desktop"]);
  });

  describe.each(emulatorProfiles)("$name", (profile) => {
    test("emulatorOptionsFor gives an emulator in that profile", () => {
      const emulator = createEmulator(emulatorOptionsFor(profile));
      expect(emulator.profile.name).toBe(profile.platform);
      expect(emulator.modes.tableAutoFill).toBe(profile.tableAutoFill);
    });
  });
});
