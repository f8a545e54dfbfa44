/**
 * Sheets that read well (issue #17): after each writer — set-up, Targets, the Scorecard, the review
 * sheet, the pipeline dashboard, an import's new table — the written columns are autofitted within
 * the add-in's limits (never narrower than the header, never wider than MAX_FITTED_WIDTH) and
 * money columns carry the workbook's money format, in every Excel the emulator models.
 */
import { columnIndex } from "@core/workbook/columnIndex";
import { MAX_FITTED_WIDTH, headerWidth } from "@core/workbook/columnWidthLimits";
import { numberFormat } from "@core/workbook/numberFormat";
import { tableSpec, type TableName } from "@core/workbook/schema";
import { performanceService } from "@excel/performance/performanceService";
import { writePipelineDashboard } from "@excel/pipeline/writePipelineDashboard";
import { parseAddress } from "@workbench/emulator/address";
import type { Emulator } from "@workbench/emulator/index";
import { textWidthPoints } from "@workbench/emulator/textWidth";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { createSalesEmulator, sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { value, writeSampleScorecard, writeSampleTargets } from "../../fixtures/sampleWrites";
import { convertSheet } from "../import/importOnEmulator";

jest.setTimeout(240_000);

const MONEY = numberFormat("money", "figures");

/** Asserts a width sits within a header's limits. */
function expectFitted(width: number, header: string, filterButton: boolean) {
  const min = headerWidth(header, filterButton);
  expect({ header, width, wide: width >= min }).toEqual({ header, width, wide: true });
  expect(width).toBeLessThanOrEqual(Math.max(MAX_FITTED_WIDTH, min));
}

/** Every column of a table fits its header; its money columns show money. */
function expectTableReadsWell(emulator: Emulator, name: TableName) {
  const info = emulator.book.tables().find((table) => table.name === name);
  if (!info) throw new Error(`no ${name} table`);
  const rect = parseAddress(info.range)!;
  const model = emulator.book.requireSheet(info.sheet);
  info.headers.forEach((header, at) => expectFitted(emulator.book.columnWidth(model, rect.left + at), header, true));
  const index = columnIndex(name, info.headers);
  const money = tableSpec(name).columns.filter((column) => column.kind === "money" && index[column.key] >= 0);
  if (rect.bottom > rect.top)
    for (const column of money)
      expect([
        column.key,
        emulator.book.getCell(info.sheet, rect.top + 1, rect.left + index[column.key]).numberFormat,
      ]).toEqual([column.key, MONEY]);
}

describe.each(emulatorProfiles)("sheets that read well ($name)", (profile) => {
  let emulator: Emulator;
  beforeAll(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "en-US", customers: 30, profile }));
  });

  it("set-up's tables: every column fits its header, money columns show money", () => {
    for (const name of ["Customers", "Deals", "Activities", "Team", "Stages", "Targets", "Scorecard"] as const)
      expectTableReadsWell(emulator, name);
  });

  it("Targets: the table and its chart blocks", async () => {
    await value(writeSampleTargets("en-US"));
    expectTableReadsWell(emulator, "Targets");
  });

  it("Scorecard, then a review sheet", async () => {
    const workbook = await value(performanceService.read());
    await value(writeSampleScorecard());
    expectTableReadsWell(emulator, "Scorecard");

    const review = await value(performanceService.writeReviewSheet(workbook.reps[0], false));
    if (review.kind !== "written") throw new Error(review.kind);
    const model = emulator.book.requireSheet(review.sheet);
    // The review table's header row is row 4; Revenue, Target and Commission are money.
    for (let col = 0; col < 9; col++) {
      const header = String(emulator.book.getCell(review.sheet, 3, col).value);
      expectFitted(emulator.book.columnWidth(model, col), header, false);
    }
    for (const col of [3, 4, 5]) expect(emulator.book.getCell(review.sheet, 4, col).numberFormat).toBe(MONEY);
  });

  it("the pipeline dashboard: every heading shows in full, within the maximum width", async () => {
    const written = await value(writePipelineDashboard({ replace: false, today: sampleToday }));
    if (written.kind !== "written") throw new Error(written.kind);
    const model = emulator.book.requireSheet(written.sheet);
    const used = emulator.book.stores.cellReads.usedRange(written.sheet, true)!;
    let headings = 0;
    for (let row = used.top; row <= used.bottom; row++)
      for (let col = used.left; col <= used.right; col++) {
        const width = emulator.book.columnWidth(model, col);
        expect(width).toBeLessThanOrEqual(MAX_FITTED_WIDTH);
        const format = emulator.book.getCellFormat(written.sheet, row, col);
        const cell = emulator.book.getCell(written.sheet, row, col);
        if (!format.bold || typeof cell.value !== "string" || cell.value === "") continue;
        headings++;
        const needed = textWidthPoints(cell.text, { bold: true, size: format.fontSize });
        // A heading in the last used column may run on into the empty cells beside it, as Excel draws it.
        if (needed <= MAX_FITTED_WIDTH && col < used.right)
          expect({ at: [row, col], fits: width >= needed }).toEqual({ at: [row, col], fits: true });
      }
    expect(headings).toBeGreaterThan(3);
  });

  it("an import's new table", async () => {
    const empty = await createSalesEmulator(sampleToday, profile);
    empty.book.addSheet("Pasted");
    empty.book.setValues("Pasted", "A1", [
      ["Company", "Contact", "Mobile", "Tier", "Last contact", "Notes"],
      [
        "New Horizon Ltd",
        "Ann Lee",
        "13311112222",
        "A",
        "2024-06-01",
        "Wants a call after the trade fair in the autumn, and a quote for the whole product line before then",
      ],
      ["Blue River Co", "Bo Chen", "13322223333", "B", "2024-05-20", "Fair"],
    ]);
    const { written } = await convertSheet({
      sheet: "Pasted",
      target: "Customers",
      mode: "new-sheet",
      language: "en-US",
    });
    await value(Promise.resolve(written));
    expectTableReadsWell(empty, "Customers");
    emulator.install();
  });
});
