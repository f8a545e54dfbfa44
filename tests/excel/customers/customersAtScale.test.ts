import { readCustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { tableHeaders } from "@core/workbook/schema";
import { createEmulator } from "@workbench/emulator";

jest.setTimeout(120_000);

const CUSTOMERS = 100_000;
const LIMIT = 5 * 1024 * 1024;

// Excel on the web refuses responses over 5 MB: the area stopped near 8,000 customers when it read
// the whole table in one response. Rows are generated cheaply (no sample workbook) to keep the
// test within a minute on a loaded machine.
describe("the Customers read at 100,000 customers (emulator)", () => {
  it("reads in pages whose responses stay under 5 MB, syncs growing with pages", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.install();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Customers");
      await context.sync();
    });
    const headers = tableHeaders("Customers", "en-US");
    const rows = Array.from({ length: CUSTOMERS }, (_, i) => [
      `C${String(i).padStart(6, "0")}`,
      `Contact ${i}`,
      `Company ${i} Ltd`,
      "Manufacturing",
      "East",
      `Rep ${i % 40}`,
      "B",
      "Referral",
      `1380000${String(i % 10_000).padStart(4, "0")}`,
      `c${i}@example.com`,
      45000 + (i % 900),
      45500 + (i % 300),
      "",
      "Active",
      "Prefers calls in the morning",
      4,
      "",
    ]);
    emulator.book.setValues("Customers", "A1", [headers, ...rows]);
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Customers").tables.add(`A1:Q${CUSTOMERS + 1}`, true);
      table.name = "Customers";
      await context.sync();
    });

    emulator.stats.reset();
    const read = await readCustomerWorkbook();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables.Customers?.rows).toHaveLength(CUSTOMERS);
    expect(read.value.tables.Customers?.rows[CUSTOMERS - 1][2]).toBe(`Company ${CUSTOMERS - 1} Ltd`);
    expect(emulator.stats.largestResponseBytes()).toBeLessThan(LIMIT);
    expect(emulator.stats.largestResponseBytes()).toBeGreaterThan(500_000);
    // open (1) + pages + Excel.run's closing sync: a few dozen syncs at most, never one per row.
    expect(emulator.stats.syncs).toBeGreaterThan(3);
    expect(emulator.stats.syncs).toBeLessThan(40);
  });
});
