import { tableHeaders } from "@core/workbook/schema";
import { setUpWorkbook } from "@excel/setup/setUpWorkbook";
import type { Emulator } from "@workbench/emulator";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { createSalesEmulator, sampleToday } from "../../fixtures/sampleWorkbook";

/** Excel on the web with its defaults: the stricter profile for payloads. */
const webProfile = emulatorProfiles[0]!;

jest.setTimeout(300_000);

const ROWS = 100_000;

/** A customer list of `ROWS` rows, as a manager's own Customers table holds it (no formulas). */
function customerRows(headers: readonly string[]): (string | number)[][] {
  return Array.from({ length: ROWS }, (_, i) =>
    headers.map((header) => {
      switch (header) {
        case "CustomerID":
          return `C${String(i + 1).padStart(6, "0")}`;
        case "Company":
          return `Company ${i + 1}`;
        case "Tier":
          return "ABC"[i % 3];
        case "LastContact":
          return 45000 + (i % 300);
        default:
          return "";
      }
    }),
  );
}

describe("set-up on a workbook that already holds a 100,000-row Customers table", () => {
  let emulator: Emulator;
  let emptySyncs: number;
  beforeAll(async () => {
    // The same set-up on an empty workbook, for comparison.
    const empty = await createSalesEmulator(sampleToday, webProfile);
    const plain = await setUpWorkbook({ language: "en-US", sample: false, today: sampleToday });
    if (!plain.ok) throw new Error(plain.error.message);
    emptySyncs = empty.stats.syncs;

    emulator = await createSalesEmulator(sampleToday, webProfile);
    const headers = tableHeaders("Customers", "en-US");
    emulator.book.setValues("Sheet1", "A1", [headers, ...customerRows(headers)]);
    await Excel.run(async (context) => {
      const last = String.fromCharCode(64 + headers.length);
      context.workbook.tables.add(`Sheet1!A1:${last}${ROWS + 1}`, true).name = "Customers";
      await context.sync();
    });
  });

  it("keeps the table as it is and creates the rest with as many syncs as an empty workbook", async () => {
    emulator.stats.reset();
    const result = await setUpWorkbook({ language: "en-US", sample: false, today: sampleToday });
    if (!result.ok) throw new Error(result.error.message);

    const actions = Object.fromEntries(result.value.tables.map((t) => [t.table, t.action]));
    expect(actions.Customers).toBe("kept");
    expect(
      Object.entries(actions)
        .filter(([table]) => table !== "Customers")
        .map(([, action]) => action),
    ).toEqual(Array(Object.keys(actions).length - 1).fill("created"));
    // Set-up reads headers, counts and one row of a table it keeps, never its 100,000 rows: its
    // requests stay small and few, whatever the size of the user's data.
    expect(emulator.stats.syncs).toBeLessThanOrEqual(emptySyncs);
    expect(emulator.stats.largestRequestBytes()).toBeLessThan(200_000);
    // The user's rows are untouched, to the last.
    const headers = tableHeaders("Customers", "en-US");
    const cellOf = (header: string) => emulator.book.getCell("Sheet1", ROWS, headers.indexOf(header)).value;
    expect(cellOf("CustomerID")).toBe(`C${String(ROWS).padStart(6, "0")}`);
    expect(cellOf("Company")).toBe(`Company ${ROWS}`);
    expect(cellOf("Tier")).toBe("ABC"[(ROWS - 1) % 3]);
  });
});
