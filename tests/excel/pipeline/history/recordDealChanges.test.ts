import type { Cell } from "@core/cells/cell";
import { reconcileDeals, recordDealChanges, type RecordOptions } from "@excel/pipeline/history/recordDealChanges";
import { readTables, type TableData } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { platformProfiles } from "../../../fixtures/emulatorProfiles";
import { sampleToday, setUpSampleWorkbook } from "../../../fixtures/sampleWorkbook";

jest.setTimeout(300_000);

const today = sampleToday;

async function tables() {
  const read = await readTables(["Deals", "DealHistory", "DealSnapshot"]);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const cell = (table: TableData, row: number, key: string): Cell => table.rows[row][table.columns[key]];

async function record(options: RecordOptions) {
  return Excel.run((context) => recordDealChanges(context, { today, ...options }));
}

/** Writes cells of Deals data rows through Office, as the grid would. */
async function setDeals(key: string, rows: readonly number[], value: (row: number) => Cell) {
  const { Deals } = await tables();
  await Excel.run(async (context) => {
    const body = context.workbook.tables.getItem("Deals").getDataBodyRange();
    for (const row of rows) body.getCell(row, Deals!.columns[key]).values = [[value(row) as string]];
    await context.sync();
  });
}

describe.each(platformProfiles)("recording deal changes ($name)", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("%s", (language) => {
    let emulator: Emulator;
    let openRow: number;

    beforeAll(async () => {
      ({ emulator } = await setUpSampleWorkbook({ language, customers: 40, profile }));
      const { Deals } = await tables();
      openRow = Deals!.rows.findIndex((row) => /Proposal|方案报价/.test(String(row[Deals!.columns.Stage])));
    });

    it("seeds the snapshot on the first run, on a very hidden sheet, with no history", async () => {
      const result = await Excel.run((context) => reconcileDeals(context, { today }));
      expect(result.seeded).toBe(true);
      expect(result.recorded).toBe(0);
      const { Deals, DealSnapshot, DealHistory } = await tables();
      expect(DealSnapshot!.rows.length).toBe(Deals!.rows.length);
      expect(DealHistory?.rows.filter((row) => row.some((c) => c !== "")) ?? []).toEqual([]);
      const visibility = await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(DealSnapshot!.sheet).load("visibility");
        await context.sync();
        return sheet.visibility;
      });
      expect(visibility).toBe("VeryHidden");
      expect(DealSnapshot!.headers[0]).toBe(language === "zh-CN" ? "商机编号" : "DealID");
    });

    it("records a move to Won: one exact row, StageSince and ClosedOn stamped; again, nothing", async () => {
      await setDeals("ClosedOn", [openRow], () => "");
      await setDeals("Stage", [openRow], () => (language === "zh-CN" ? "赢单" : "Won"));
      const result = await record({ rows: { first: openRow, count: 1 } });
      expect(result).toMatchObject({ recorded: 1, stamped: 1 });
      const { Deals, DealHistory } = await tables();
      const id = cell(Deals!, openRow, "DealID");
      const rows = DealHistory!.rows.filter((row) => row[DealHistory!.columns.DealID] === id);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row[DealHistory!.columns.Field]).toBe(language === "zh-CN" ? "阶段" : "Stage");
      expect(row[DealHistory!.columns.To]).toBe(language === "zh-CN" ? "赢单" : "Won");
      expect(row[DealHistory!.columns.ChangedOn]).toBe(today);
      expect(row[DealHistory!.columns.Exact]).toBe(true);
      expect(cell(Deals!, openRow, "StageSince")).toBe(today);
      expect(cell(Deals!, openRow, "ClosedOn")).toBe(today);
      expect(DealHistory!.headers).toContain(language === "zh-CN" ? "变更日期" : "ChangedOn");

      const again = await record({ rows: { first: openRow, count: 1 } });
      expect(again).toMatchObject({ recorded: 0, stamped: 0 });
    });

    it("formats From and To as money for an Amount row and as dates for an ExpectedClose row", async () => {
      await setDeals("Amount", [openRow], () => 4321.5);
      await setDeals("ExpectedClose", [openRow], () => today + 30);
      await record({ rows: { first: openRow, count: 1 } });
      const { DealHistory } = await tables();
      const last = DealHistory!.rows.length;
      const formats = await Excel.run(async (context) => {
        const range = context.workbook.tables
          .getItem("DealHistory")
          .getDataBodyRange()
          .getLastRow()
          .getOffsetRange(-1, 0)
          .getResizedRange(1, 0);
        range.load("numberFormat");
        await context.sync();
        return range.numberFormat;
      });
      expect(DealHistory!.rows[last - 2][DealHistory!.columns.Field]).toBe(language === "zh-CN" ? "金额" : "Amount");
      expect(formats[0][DealHistory!.columns.From]).toBe("#,##0.00");
      expect(formats[1][DealHistory!.columns.To]).toBe("yyyy-mm-dd");
    });

    it("records a paste over many rows in pages under the web's limits, each row once", async () => {
      const { Deals, DealHistory } = await tables();
      const rows = Deals!.rows.map((_, i) => i).filter((i) => i !== openRow);
      const before = DealHistory!.rows.length;
      await setDeals("Amount", rows, (row) => 1000 + row);
      const result = await record({ rows: { first: 0, count: Deals!.rows.length }, maxRows: 40 });
      const changed = rows.filter((row) => Math.abs(Number(cell(Deals!, row, "Amount")) - (1000 + row)) >= 0.005);
      expect(result.recorded).toBe(changed.length);
      expect((await tables()).DealHistory!.rows.length).toBe(before + changed.length);
      expect(emulator.stats.largestResponseBytes()).toBeLessThan(5_000_000);
      expect(await record({})).toMatchObject({ recorded: 0 });
    });

    it("reconciles changes made while it was not running: dated today, not exact; rows without an ID counted", async () => {
      await setDeals("Stage", [openRow], () => (language === "zh-CN" ? "输单" : "Lost"));
      await setDeals("DealID", [openRow + 1], () => "");
      const result = await Excel.run((context) => reconcileDeals(context, { today: today + 1 }));
      expect(result).toMatchObject({ recorded: 1, withoutId: 1 });
      const { DealHistory } = await tables();
      const last = DealHistory!.rows[DealHistory!.rows.length - 1];
      expect(last[DealHistory!.columns.Exact]).toBe(false);
      expect(last[DealHistory!.columns.ChangedOn]).toBe(today + 1);
    });
  });
});
