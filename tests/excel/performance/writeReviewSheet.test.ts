import { columnIndex } from "@core/workbook/columnIndex";
import { scorecardTable, tableHeaders } from "@core/workbook/schema";
import { createEmulator, type Emulator, type SalesFunctionsSource } from "@workbench/emulator/index";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { writeReviewSheet } from "@excel/performance/writeReviewSheet";
import { reviewSheetName } from "@excel/performance/reviewSheetName";
import { data, plan } from "../../core/performance/performanceFixture";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { addHandTables } from "./handTables";

let functions: SalesFunctionsSource;
let emulator: Emulator;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
}, 120_000);

const cell = (sheet: string, a1Row: number, column: number) => emulator.book.getCell(sheet, a1Row - 1, column).value;

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
    emulator.install();
  });

  describe("writeReviewSheet (emulator)", () => {
    it("writes the rep's periods with live figures, rating history, notes and a line chart", async () => {
      await addHandTables(data, "en-US");
      // Q2 first, then Q1: the sheet still lists them oldest first.
      const q2 = { ...plan, periods: scorecardPeriods({ kind: "quarter", year: 2026, quarter: 2 }) };
      for (const step of [q2, plan]) {
        const written = await writeScorecard(step);
        if (!written.ok) throw new Error(written.error.message);
      }
      const index = columnIndex(scorecardTable, tableHeaders(scorecardTable, "en-US"));
      emulator.book.setCellInput("Scorecard", 4, index.Feedback, "Strong close to the quarter");

      const result = await writeReviewSheet("ann", false);
      expect(result).toEqual({ ok: true, value: { kind: "written", sheet: "Review ann", periods: 2 } });
      const sheet = "Review ann";
      expect(cell(sheet, 4, 0)).toBe("Period");
      expect([cell(sheet, 5, 0), cell(sheet, 6, 0)]).toEqual(["2026 Q1", "2026 Q2"]);
      expect(cell(sheet, 5, 1)).toBeCloseTo(1.25, 9);
      expect(cell(sheet, 5, 2)).toBeCloseTo(1.1895833333, 9);
      expect(cell(sheet, 5, 3)).toBe(150000);
      expect(cell(sheet, 5, 5)).toBeCloseTo(7900, 9);
      // The collection rate: 40 % of Ann's installments due in Q1, all of Q2's (capped).
      expect(cell(sheet, 4, 6)).toBe("CollectionRate");
      expect([cell(sheet, 5, 6), cell(sheet, 6, 6)]).toEqual([0.4, 1]);
      expect(cell(sheet, 5, 7)).toBe("A");
      expect(cell(sheet, 5, 8)).toBe("Strong close to the quarter");
      expect(cell(sheet, 6, 3)).toBe(40000);
      expect(cell(sheet, 6, 8)).toBe("");
      expect(emulator.book.charts(sheet)).toMatchObject([
        { type: "Line", title: "Attainment and score", seriesBy: "Columns" },
      ]);
      expect(String(emulator.book.charts(sheet)[0].sourceAddress)).toContain("A4:C6");

      // Notes edited in the Scorecard show on the review sheet: the lookups are live.
      emulator.book.setCellInput("Scorecard", 4, index.Training, "Negotiation course");
      expect(cell(sheet, 5, 9)).toBe("Negotiation course");
    });

    it("asks before replacing an existing review sheet, and says when the rep has no scorecard row", async () => {
      await addHandTables(data, "en-US");
      const written = await writeScorecard(plan);
      if (!written.ok) throw new Error(written.error.message);
      expect(await writeReviewSheet("Bob", false)).toMatchObject({ ok: true, value: { kind: "written" } });
      expect(await writeReviewSheet("Bob", false)).toEqual({
        ok: true,
        value: { kind: "exists", sheet: "Review Bob" },
      });
      expect(await writeReviewSheet("Bob", true)).toMatchObject({
        ok: true,
        value: { kind: "written", sheet: "Review Bob" },
      });
      expect(await writeReviewSheet("Nobody", false)).toEqual({ ok: true, value: { kind: "no-rows" } });
    });

    it("names the sheet without the characters Excel refuses", () => {
      expect(reviewSheetName("A/B [East]", "en-US")).toBe("Review AB East");
      expect(reviewSheetName("王芳", "zh-CN")).toBe("绩效面谈 王芳");
      expect(reviewSheetName("x".repeat(40), "en-US")).toHaveLength(31);
    });
  });
});
