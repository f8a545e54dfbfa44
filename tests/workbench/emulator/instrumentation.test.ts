import { createEmulator } from "@workbench/emulator/index";

describe("sync instrumentation", () => {
  test("counts syncs (Excel.run's final one included) and the request bytes of each", async () => {
    const { Excel, stats } = createEmulator();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B2").values = [
        ["héllo", "销售"],
        [1, 2],
      ];
      await context.sync();
      ws.getRange("A1").load("values");
      await context.sync();
    });
    expect(stats.syncs).toBe(3);
    expect(stats.requests.map((r) => r.commands)).toEqual([3, 2, 0]);
    // "é" is 2 bytes and each CJK character 3 bytes in UTF-8.
    expect(stats.requests[0].bytes).toBe(
      new TextEncoder().encode(
        JSON.stringify([
          { op: "getItem", target: 'worksheets.getItem("Sheet1")', args: { key: "Sheet1" } },
          { op: "getRange", target: 'worksheets.getItem("Sheet1").getRange("A1:B2")', args: { address: "A1:B2" } },
          {
            op: "set",
            target: 'worksheets.getItem("Sheet1").getRange("A1:B2")',
            args: {
              values: [
                ["héllo", "销售"],
                [1, 2],
              ],
            },
          },
        ]),
      ).length,
    );
    expect(stats.largestRequestBytes()).toBe(stats.requests[0].bytes);
    stats.reset();
    expect([stats.syncs, stats.requests.length]).toEqual([0, 0]);
  });

  test("a request over the limit fails with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const { Excel, book } = createEmulator({ requestLimitBytes: 10_000 });
    const rows = Array.from({ length: 500 }, (_, i) => [`row ${i} with some text`]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A500").values = rows;
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.getCell("Sheet1", 0, 0).value).toBe("");
  });

  test("the default limit is Excel on the web's 5 MB", async () => {
    const { Excel, stats } = createEmulator();
    const big = Array.from({ length: 100_000 }, (_, i) => [
      `customer name number ${i} in a rather long row of text`,
      i,
    ]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(`A1:B${big.length}`).values = big;
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(stats.requests[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("100,000 rows × 10 columns written in chunks take seconds, and read back", async () => {
    const { Excel, stats } = createEmulator();
    const rows = 100_000;
    const chunk = 10_000;
    const started = Date.now();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < rows; start += chunk) {
        const values = Array.from({ length: chunk }, (_, i) =>
          Array.from({ length: 10 }, (_, c) => (c % 2 === 0 ? `'r${start + i}c${c}` : (start + i) * c)),
        );
        ws.getRangeByIndexes(start, 0, chunk, 10).values = values;
        await context.sync();
      }
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(90_000);
    expect(stats.largestRequestBytes()).toBeLessThan(5 * 1024 * 1024);
    const tail = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A99999:J100000").load("values");
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1:J100000");
      return range.values;
    });
    expect(tail[1]).toEqual([
      "r99999c0",
      99999,
      "r99999c2",
      299997,
      "r99999c4",
      499995,
      "r99999c6",
      699993,
      "r99999c8",
      899991,
    ]);
  }, 180_000);
});
