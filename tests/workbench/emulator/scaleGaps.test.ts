import { createEmulator } from "@workbench/emulator/index";

describe("writes and loads at scale", () => {
  test("500,000 rows written in one range do not overflow the stack", async () => {
    const { Excel, book } = createEmulator({ platform: "desktop" });
    const rows = 500_000;
    const values = Array.from({ length: rows }, (_, i) => [i]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${rows}`).values = values;
      await context.sync();
    });
    expect(book.getCell("Sheet1", rows - 1, 0).value).toBe(rows - 1);
  }, 120_000);
});

describe("response size of collection and navigation loads", () => {
  const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

  test("worksheets.load('items/name') counts the JSON of the names returned", async () => {
    const { Excel, stats } = createEmulator();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Second sheet");
      await context.sync();
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    const load = stats.requests[stats.requests.length - 2];
    expect(load.responseBytes).toBe(utf8([{ items: [{ name: "Sheet1" }, { name: "Second sheet" }] }]));
  });

  test("a nested collection load (worksheets → tables → names) counts the tables' names", async () => {
    const { Excel, book, stats } = createEmulator();
    book.setValues("Sheet1", "A1", [["ID"], [1]]);
    book.addTable(book.requireSheet("Sheet1"), { top: 0, left: 0, bottom: 1, right: 0 }, true, "CustomersTable");
    await Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name, items/tables/items/name");
      await context.sync();
    });
    expect(stats.requests[0].responseBytes).toBe(
      utf8([{ items: [{ name: "Sheet1", tables: { items: [{ name: "CustomersTable" }] } }] }]),
    );
  });

  test("a navigation load (range.format.fill.color) counts the value returned", async () => {
    const { Excel, stats } = createEmulator();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("format/fill/color");
      await context.sync();
    });
    expect(stats.requests[0].responseBytes).toBeGreaterThan(utf8([{ format: { fill: {} } }]));
  });

  test("on the web a collection load over the response limit fails with ResponsePayloadSizeLimitExceeded", async () => {
    const { Excel, book } = createEmulator({ platform: "web", requestLimitBytes: 2_000 });
    for (let i = 0; i < 60; i++) book.addSheet(`A sheet with a long name ${i}`);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.load("items/name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("on the web a nested collection load over the response limit fails too", async () => {
    const { Excel, book } = createEmulator({ platform: "web", requestLimitBytes: 1_000 });
    const sheet = book.requireSheet("Sheet1");
    for (let i = 0; i < 40; i++) {
      book.setValues("Sheet1", `A${i * 3 + 1}`, [["ID"], [i]]);
      book.addTable(sheet, { top: i * 3, left: 0, bottom: i * 3 + 1, right: 0 }, true, `ATableWithALongName${i}`);
    }
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.load("items/tables/items/name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
