import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";
import { applyEdit } from "@core/goals/breakdown/applyEdit";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import type { Plan } from "@core/goals/breakdown/plan";
import { MAX_FITTED_WIDTH, headerWidth } from "@core/workbook/columnWidthLimits";
import { writePreviewSheet } from "@excel/goals/writePreviewSheet";
import { createEmulator, type Emulator } from "@workbench/emulator/index";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(120_000);

function quarterPlan(): Plan {
  const built = buildPlan({
    fiscalYear: 2027,
    startMonth: 1,
    annualTarget: 3_000_000,
    scope: { kind: "quarter", quarter: 1 },
    decimals: 2,
    timeSplit: { method: "equal" },
    peopleSplit: { method: "capacity" },
    reps: [
      { name: '=HYPERLINK("x")', team: "North", capacity: 2 },
      { name: "Wang", team: "North", capacity: 1 },
      { name: "Zhao", team: "South", capacity: 1, startDate: serialFromDate(2027, 2, 10) },
    ],
  });
  if (isSalesError(built)) throw new Error(built.message);
  const edited = applyEdit(built, { period: "FY2027-M01", rep: "Wang", value: 100_000, lock: true });
  if (isSalesError(edited)) throw new Error(edited.message);
  return edited;
}

describe.each(emulatorProfiles)("writePreviewSheet (emulator, $name)", (profile) => {
  let emulator: Emulator;
  beforeEach(() => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
  });
  const cell = (sheet: string, row: number, col: number) => emulator.book.getCell(sheet, row, col);

  it("writes every month × rep, team and total as plain formatted values, names as text", async () => {
    const plan = quarterPlan();
    const written = await writePreviewSheet({ plans: [{ plan, metric: "signed" }], language: "en-US", replace: false });
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value).toEqual({ kind: "written", sheet: "Targets preview" });
    const sheet = "Targets preview";
    expect(cell(sheet, 0, 0).value).toBe("Signed · Jan 2027 – Mar 2027");
    const header = [0, 1, 2, 3, 4, 5, 6].map((c) => cell(sheet, 1, c).value);
    expect(header).toEqual([
      "Period",
      '=HYPERLINK("x") (North)',
      "Wang (North)",
      "Zhao (South)",
      "North",
      "South",
      "Total",
    ]);
    // A name that looks like a formula stays text, never a formula.
    expect(cell(sheet, 1, 1).formula ?? "").not.toMatch(/^=HYPERLINK/i);
    const rows = [2, 3, 4, 5].map((r) => [0, 1, 2, 3, 4, 5, 6].map((c) => cell(sheet, r, c).value));
    expect(rows.map((r) => r[0])).toEqual(["Jan 2027", "Feb 2027", "Mar 2027", "Total"]);
    // January: Wang's lock kept; Zhao, not started, 0; each month adds up to 1,000,000.
    expect(rows[0][2]).toBe(100_000);
    expect(rows[0][3]).toBe(0);
    for (const row of rows.slice(0, 3)) {
      const figures = row.slice(1).map(Number);
      expect(Math.round((figures[0] + figures[1] + figures[2]) * 100)).toBe(Math.round(figures[5] * 100));
      expect(Math.round((figures[3] + figures[4]) * 100)).toBe(Math.round(figures[5] * 100));
    }
    expect(rows[3][6]).toBe(3_000_000);
    expect(cell(sheet, 2, 1).numberFormat).toBe("#,##0.00");
    expect(cell(sheet, 5, 6).text).toBe("3,000,000.00");
    // Autofitted within the add-in's limits: never narrower than a header, never a screen wide.
    const model = emulator.book.requireSheet(sheet);
    const widths = header.map((text, col) => {
      const width = emulator.book.columnWidth(model, col);
      return { text, fits: width >= headerWidth(String(text), false) && width <= MAX_FITTED_WIDTH };
    });
    expect(widths).toEqual(header.map((text) => ({ text, fits: true })));
  });

  it("asks before replacing an existing preview sheet, then replaces it (Chinese headers)", async () => {
    const plan = quarterPlan();
    const request = { plans: [{ plan, metric: "collected" as const }], language: "zh-CN" as const };
    const first = await writePreviewSheet({ ...request, replace: false });
    if (!first.ok) throw new Error(first.error.message);
    emulator.book.setCellInput("目标预览", 0, 0, "my note");
    const again = await writePreviewSheet({ ...request, replace: false });
    expect(again.ok && again.value).toEqual({ kind: "exists", sheet: "目标预览" });
    expect(cell("目标预览", 0, 0).value).toBe("my note");
    const replaced = await writePreviewSheet({ ...request, replace: true });
    expect(replaced.ok && replaced.value).toEqual({ kind: "written", sheet: "目标预览" });
    expect(cell("目标预览", 0, 0).value).toBe("回款额 · 2027年1月 – 2027年3月");
    expect(cell("目标预览", 1, 0).value).toBe("周期");
    expect(cell("目标预览", 5, 0).value).toBe("合计");
  });
});
