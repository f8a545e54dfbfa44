import { columnIndex } from "@core/workbook/columnIndex";
import { scorecardTable, tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { createEmulator, type Emulator, type SalesFunctionsSource } from "@workbench/emulator/index";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { data, plan } from "../../core/performance/performanceFixture";
import { deleteTableRow, editsBetweenSyncs, insertTableRow, reversed, sortTableRows } from "../rowsMoved";
import { addHandTables } from "./handTables";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

let functions: SalesFunctionsSource;
let emulator: Emulator;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
}, 120_000);

const q2 = {
  ...plan,
  periods: [
    ...plan.periods,
    {
      key: "FY2026-Q2",
      label: { en: "2026 Q2", zh: "2026年第2季度" },
      start: 46113,
      end: 46203,
      granularity: "quarter" as const,
    },
  ],
};

/** The Scorecard's rows as the sheet holds them (the table's and the one below it), keyed by column key. */
function sheetRows(sheet: string, language: WorkbookLanguage) {
  const index = columnIndex(scorecardTable, tableHeaders(scorecardTable, language));
  const table = emulator.book.tableModel("Scorecard")!;
  const cell = (r: number, key: string) => emulator.book.getCell(sheet, r, index[key]).value;
  const rows = Array.from({ length: table.range.bottom - table.range.top }, (_, r) => r + 1 + table.range.top).map(
    (r) => ({ Period: cell(r, "Period"), Rep: cell(r, "Rep"), Feedback: cell(r, "Feedback") }),
  );
  const below = tableHeaders(scorecardTable, language).map(
    (_, c) => emulator.book.getCell(sheet, table.range.bottom + 1, c).value,
  );
  return { rows, below };
}

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each<WorkbookLanguage>(["en-US", "zh-CN"])(
    "writeScorecard when the manager moves Scorecard rows between the read and the write (%s)",
    (language) => {
      const q1 = language === "zh-CN" ? "2026年第1季度" : "2026 Q1";
      const q2Label = language === "zh-CN" ? "2026年第2季度" : "2026 Q2";
      const headers = tableHeaders(scorecardTable, language);
      const header = (key: string) => headers[columnIndex(scorecardTable, headers)[key]];
      let sheet: string;
      let beforeSync: (n: number, edit: () => void) => void;

      beforeEach(async () => {
        emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
        emulator.install();
        await addHandTables(data, language);
        const first = await writeScorecard(plan);
        if (!first.ok || first.value.kind !== "written") throw new Error("first write failed");
        sheet = first.value.sheet;
        // Each rep's Feedback names them, so a row rewritten for another rep shows.
        const index = columnIndex(scorecardTable, tableHeaders(scorecardTable, language));
        ["Ann", "Bob", "Cai"].forEach((rep, r) =>
          emulator.book.setCellInput(sheet, r + 1, index.Feedback, `fb-${rep}`),
        );
        beforeSync = await editsBetweenSyncs(emulator);
      });

      /** Writes Q1 again and Q2 anew, editing just before the request that writes. */
      async function writeEditing(edit: () => void) {
        // Syncs before: the undo journal sheet's look-up and that run's close, the tables (two), the
        // language, the set-up sheet's used range, the journal's rows; the 8th locates the rows to update.
        beforeSync(8, edit);
        const written = await writeScorecard(q2);
        if (!written.ok) throw new Error(written.error.message);
        return { outcome: written.value, ...sheetRows(sheet, language) };
      }

      function expectOwnRows(rows: readonly { Period: unknown; Rep: unknown; Feedback: unknown }[]) {
        for (const row of rows.filter((r) => r.Period === q1 && r.Rep !== "Zed"))
          expect([row.Rep, row.Feedback]).toEqual([row.Rep, `fb-${String(row.Rep)}`]);
        expect(rows.filter((r) => r.Period === q2Label).map((r) => r.Rep)).toEqual(["Ann", "Bob", "Cai"]);
      }

      it("updates the rows still there and reports the deleted one; new rows go at the table's end, none below it", async () => {
        const { outcome, rows, below } = await writeEditing(() => deleteTableRow(emulator.book, "Scorecard", 0));
        expect(outcome).toEqual({ kind: "written", sheet, added: 3, updated: 2, notWritten: [`${q1} · Ann`] });
        expect(rows.map((r) => r.Rep)).toEqual(["Bob", "Cai", "Ann", "Bob", "Cai"]);
        expectOwnRows(rows);
        expect(below.every((cell) => cell === null || cell === "")).toBe(true);
      });

      it("leaves a row inserted meanwhile as the manager typed it", async () => {
        const { outcome, rows, below } = await writeEditing(() =>
          insertTableRow(emulator.book, "Scorecard", 1, { [header("Period")]: "2025 Q4", [header("Rep")]: "Zed" }),
        );
        expect(rows.map((r) => [r.Period, r.Rep])[1]).toEqual(["2025 Q4", "Zed"]);
        expect(rows.map((r) => r.Rep)).toEqual(["Ann", "Zed", "Bob", "Cai", "Ann", "Bob", "Cai"]);
        expectOwnRows(rows);
        expect(below.every((cell) => cell === null || cell === "")).toBe(true);
        expect(outcome).toEqual({ kind: "written", sheet, added: 3, updated: 3, notWritten: [] });
      });

      it("closes the gap: a row deleted between locating the rows and writing them leaves none past the table's end", async () => {
        // The 9th sync writes the located rows: deleting Ann's row just before it leaves Cai's
        // located row past the table's end, where Excel refuses [@Column] formulas.
        beforeSync(9, () => deleteTableRow(emulator.book, "Scorecard", 0));
        const written = await writeScorecard(q2);
        expect(written.ok && written.value).toEqual({
          kind: "written",
          sheet,
          added: 3,
          updated: 2,
          notWritten: [`${q1} · Ann`],
        });
        const { rows, below } = sheetRows(sheet, language);
        expect(rows.map((r) => r.Rep)).toEqual(["Bob", "Cai", "Ann", "Bob", "Cai"]);
        expectOwnRows(rows);
        expect(below.every((cell) => cell === null || cell === "")).toBe(true);
      });

      it("updates each rep's own row when the table is sorted meanwhile", async () => {
        const { outcome, rows } = await writeEditing(() => sortTableRows(emulator.book, "Scorecard", reversed));
        expect(rows.map((r) => r.Rep)).toEqual(["Cai", "Bob", "Ann", "Ann", "Bob", "Cai"]);
        expectOwnRows(rows);
        expect(outcome).toEqual({ kind: "written", sheet, added: 3, updated: 3, notWritten: [] });
      });
    },
  );
});
