import { readSelectedBlock, readSheetBlock } from "@excel/import/readImportSource";
import { createEmulator, type Emulator } from "@workbench/emulator";
import { measureRead } from "../../fixtures/areaReads";
import { addCustomerList } from "../../fixtures/largeWorkbook";

jest.setTimeout(600_000);

const ROWS = 100_000;
const LIMIT = 5 * 1024 * 1024;

// The Import area's source is the user's own sheet: its values, formulas and number formats, read
// in pages sized by bytes. In the web profile a response over 5 MB fails the sync, as in Excel on
// the web (a 100,000-row list once came back in one 14 MB response).
describe(`the Import source: a ${ROWS}-row list (web)`, () => {
  let emulator: Emulator;
  beforeAll(() => {
    emulator = createEmulator({ platform: "web" });
    emulator.install();
    addCustomerList(emulator, "List", ROWS);
  });

  it("reads the whole sheet in pages under 5 MB each", async () => {
    const { value, figures } = await measureRead(emulator, () => readSheetBlock("List"));
    console.log(
      `Import source, ${ROWS} rows: ${figures.ms.toFixed(0)} ms, ${figures.syncs} syncs, ` +
        `largest response ${(figures.largestResponseBytes / 1024).toFixed(0)} KiB`,
    );
    expect(value.address).toBe(`A1:G${ROWS + 1}`);
    expect(value.values).toHaveLength(ROWS + 1);
    expect(value.values[ROWS][0]).toBe(`Company ${ROWS} Ltd`);
    expect(figures.largestResponseBytes).toBeLessThan(LIMIT);
    expect(figures.largestResponseBytes).toBeGreaterThan(1_000_000);
  });

  it("takes syncs in proportion to the rows' bytes, not their number: twice the rows, twice the pages", async () => {
    emulator.book.select("List", `A1:G${ROWS / 2 + 1}`);
    const half = await measureRead(emulator, readSelectedBlock);
    emulator.book.select("List", `A1:G${ROWS + 1}`);
    const whole = await measureRead(emulator, readSelectedBlock);
    expect(half.value.values).toHaveLength(ROWS / 2 + 1);
    expect(whole.value.values).toHaveLength(ROWS + 1);
    // One sync finds the selection and Excel.run closes with one; the rest are pages.
    const pages = (figures: { syncs: number }) => figures.syncs - 2;
    expect(pages(half.figures)).toBeGreaterThan(1);
    expect(pages(whole.figures)).toBeGreaterThanOrEqual(2 * pages(half.figures) - 1);
    expect(pages(whole.figures)).toBeLessThanOrEqual(2 * pages(half.figures) + 1);
    expect(pages(whole.figures)).toBeLessThanOrEqual(Math.ceil(whole.figures.totalResponseBytes / 500_000) + 1);
    expect(whole.figures.largestResponseBytes).toBeLessThan(LIMIT);
  });
});
