import { createEmulator, type Emulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { readSelectedBlock, readSheetBlock } from "@excel/import/readImportSource";
import { writeImport } from "@excel/import/writeImport";
import { newStageRows } from "@core/import/newStageRows";
import type { WriteProgress } from "@excel/write/writeInChunks";
import { convertSheet } from "./importOnEmulator";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

let emulator: Emulator;
let functions: Awaited<ReturnType<typeof loadSalesFunctionsFromSource>>;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
});

/** A messy customer list as people keep one: a title row, Chinese headers, mixed dates and phones. */
const messyList = [
  ["2024 客户名单", "", "", "", "", "", ""],
  ["客户名称", "联系人", "电话", "客户等级", "最近联系", "备注", "微信号"],
  ["华瑞科技有限公司", "王伟", 13800138000, "A", "2024/1/5", '\'=HYPERLINK("http://x","win")', "wx_wang"],
  ["Acme Inc.", "Bob", "+86 139-0013-9000", "b", "1/20/2024", "'@SUM(A1)", ""],
  ["", "", "", "", "", "", ""],
  ["华瑞科技", "李娜", "138 0013 8000", "C", "next week", "'-1 not a number", "wx_li"],
];

function row(sheet: string, r: number, width: number) {
  return Array.from({ length: width }, (_, c) => emulator.book.getCell(sheet, r, c).value);
}

function tableNamed(name: string) {
  return emulator.book.tableModels().find((t) => t.name === name);
}

/** A Stages table as set-up makes it, with two stages (deals' formulas look them up). */
async function setUpStages() {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Setup");
    sheet.getRange("A1:E3").values = [
      ["Stage", "Order", "Probability", "ForecastCategory", "StaleDays"],
      ["Proposal", 3, 0.5, "Best case", 21],
      ["Won", 6, 1, "Closed", ""],
    ];
    sheet.tables.add("A1:E3", true).name = "Stages";
    await context.sync();
  });
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions, now: () => new Date(2024, 0, 31) });
    emulator.install();
  });

  describe("reading the source", () => {
    it("reads a sheet's used range and the selection (a single cell means the list around it) in pages", async () => {
      emulator.book.setValues("Sheet1", "B3", [
        ["Company", "Phone"],
        ["Acme", "123"],
      ]);
      const before = emulator.stats.syncs;
      const sheet = await readSheetBlock("Sheet1");
      // where the used range is, one page of its cells, and Excel.run's closing sync
      expect(emulator.stats.syncs - before).toBe(3);
      expect(sheet).toMatchObject({ ok: true, value: { sheet: "Sheet1", address: "B3:C4", top: 2, left: 1 } });
      expect(sheet.ok && sheet.value.values).toEqual([
        ["Company", "Phone"],
        ["Acme", 123],
      ]);
      emulator.book.select("Sheet1", "C4");
      const selected = await readSelectedBlock();
      expect(selected.ok && selected.value.address).toBe("B3:C4");
      emulator.book.select("Sheet1", "B3:B4");
      const part = await readSelectedBlock();
      expect(part.ok && part.value.values).toEqual([["Company"], ["Acme"]]);
    });

    it("reports a missing sheet as not-found", async () => {
      const result = await readSheetBlock("Nope");
      expect(result).toMatchObject({ ok: false, error: { kind: "not-found" } });
    });
  });

  describe("convert to a new sheet (the default)", () => {
    it("writes a Customers table with every original column and value, live NextContact, and leaves the source untouched", async () => {
      emulator.book.setValues("Sheet1", "A1", messyList);
      const source = emulator.snapshot().sheets;
      const { plan, written } = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "new-sheet",
        language: "zh-CN",
      });
      expect(written).toEqual({
        ok: true,
        value: {
          mode: "new-sheet",
          sheet: "客户档案",
          table: "Customers",
          done: 3,
          total: 3,
          resumedFrom: 0,
          cancelled: false,
        },
      });
      expect(emulator.snapshot().sheets.find((s) => s.name === "Sheet1")).toEqual(
        source.find((s) => s.name === "Sheet1"),
      );

      const table = tableNamed("Customers");
      expect(table?.columns.map((c) => c.name)).toEqual([
        "客户编号",
        "联系人",
        "公司名称",
        "行业",
        "区域",
        "负责人",
        "客户等级",
        "来源",
        "电话",
        "邮箱",
        "首次购买",
        "最近联系",
        "下次联系",
        "状态",
        "偏好",
        "满意度",
        "备注",
        "微信号",
      ]);
      const first = row("客户档案", 1, 18);
      expect(first.slice(1, 3)).toEqual(["王伟", "华瑞科技有限公司"]);
      expect(first[8]).toBe("13800138000"); // a phone stays digits, as text
      expect(first[11]).toBe(45296); // 2024/1/5 as a serial
      expect(emulator.book.getCell("客户档案", 1, 11).text).toBe("2024-01-05");
      expect(first[12]).toBe(45296 + 14); // NextContact computes: tier A, 14 days
      expect(first[17]).toBe("wx_wang");
      expect(row("客户档案", 2, 18)[12]).toBe(45311 + 30);
      // Formula-looking text is stored as text, never evaluated.
      expect(emulator.book.getCell("客户档案", 1, 16)).toMatchObject({ value: '=HYPERLINK("http://x","win")' });
      expect(emulator.book.getCell("客户档案", 1, 16).formula).toBeUndefined();
      expect(emulator.book.getCell("客户档案", 2, 16).value).toBe("@SUM(A1)");
      expect(emulator.book.getCell("客户档案", 3, 16).value).toBe("-1 not a number");
      // What could not be converted is kept and reported; duplicates are reported (查重).
      expect(row("客户档案", 3, 18)[11]).toBe("next week");
      expect(plan.result.problems.map((p) => [p.row, p.kind])).toEqual(
        expect.arrayContaining([
          [6, "bad-date"],
          [6, "duplicate-name"],
          [6, "duplicate-phone"],
          [3, "formula-text"],
        ]),
      );
      // Nothing of the import's housekeeping is left behind.
      const after = await readImportWorkbook();
      expect(after.ok && after.value.pending).toBeNull();
    });

    it("refuses a new sheet when the table exists (the pane offers append instead)", async () => {
      emulator.book.setValues("Sheet1", "A1", messyList);
      await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet", language: "en-US" });
      const again = await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet", language: "en-US" });
      expect(again.written).toMatchObject({
        ok: false,
        error: { kind: "invalid", message: expect.stringMatching(/append/) },
      });
    });
  });

  describe("convert in place", () => {
    it("turns the list into the table, changing only what conversion changes", async () => {
      emulator.book.setValues("Sheet1", "A1", messyList);
      emulator.book.setValues("Sheet1", "G3", [['=A3&"!"']]); // a formula the user keeps in an unmapped column
      const { written } = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "in-place",
        language: "en-US",
      });
      expect(written).toMatchObject({ ok: true, value: { mode: "in-place", sheet: "Sheet1", done: 4, total: 4 } });

      const table = tableNamed("Customers");
      expect(table?.range).toEqual({ top: 1, left: 0, bottom: 5, right: 6 + 11 });
      expect(emulator.book.getCell("Sheet1", 0, 0).value).toBe("2024 客户名单"); // the title row stays outside
      expect(row("Sheet1", 1, 8)).toEqual([
        "Company",
        "Name",
        "Phone",
        "Tier",
        "LastContact",
        "Notes",
        "微信号",
        "CustomerID",
      ]);
      expect(row("Sheet1", 2, 7)).toEqual([
        "华瑞科技有限公司",
        "王伟",
        "13800138000",
        "A",
        45296,
        '=HYPERLINK("http://x","win")',
        "华瑞科技有限公司!",
      ]);
      expect(emulator.book.getCell("Sheet1", 2, 6).formula).toBe('=A3&"!"');
      expect(emulator.book.getCell("Sheet1", 2, 5).formula).toBeUndefined();
      expect(row("Sheet1", 3, 5)).toEqual(["Acme Inc.", "Bob", "+86 139-0013-9000", "B", 45311]);
      expect(row("Sheet1", 4, 7)).toEqual(["", "", "", "", "", "", ""]); // the blank row stays blank
      expect(row("Sheet1", 5, 5)[4]).toBe("next week");
      // The columns the list lacked are added at the right, NextContact with its live formula.
      const nextContact = table!.columns.findIndex((c) => c.name === "NextContact");
      expect(emulator.book.getCell("Sheet1", 2, nextContact).value).toBe(45296 + 14);
      expect(emulator.book.getCell("Sheet1", 3, nextContact).value).toBe(45311 + 30);
    });

    it("refuses, changing nothing, when the cells its added columns need are not empty", async () => {
      emulator.book.setValues("Sheet1", "A1", messyList);
      emulator.book.setValues("Sheet1", "K4", [["keep me"]]);
      emulator.book.select("Sheet1", "A1:G6");
      const before = emulator.snapshot();
      const { written } = await convertSheet({
        sheet: "Sheet1",
        selection: true,
        target: "Customers",
        mode: "in-place",
      });
      expect(written).toMatchObject({
        ok: false,
        error: { kind: "invalid", message: expect.stringMatching(/not empty/) },
      });
      expect(emulator.snapshot()).toEqual(before);
    });
    it("refuses, changing nothing, when the list overlaps a table already on the sheet", async () => {
      emulator.book.setValues("Sheet1", "A1", messyList);
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("A2:G4", true).name = "MyList";
        await context.sync();
      });
      emulator.book.select("Sheet1", "A1:G6");
      const before = emulator.snapshot();
      const { written } = await convertSheet({
        sheet: "Sheet1",
        selection: true,
        target: "Customers",
        mode: "in-place",
      });
      expect(written).toMatchObject({
        ok: false,
        error: { kind: "invalid", message: expect.stringMatching(/MyList/) },
      });
      expect(emulator.snapshot()).toEqual(before);
    });
  });

  describe("append to the existing table", () => {
    // Calculation really is suspended while chunks go in: the closing request must recalculate, or
    // NextContact of the new rows stays empty.
    it("adds rows at the end after validation, never touching existing rows; new columns are added", async () => {
      emulator.book.setValues("Sheet1", "A1", messyList);
      await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet", language: "en-US" });
      emulator.book.addSheet("More");
      emulator.book.setValues("More", "A1", [
        ["Account Name", "Phone", "Tier", "Last Contact", "Budget"],
        ["Northwind", "13700137000", "A", "2024-01-10", "1,000"],
        ["ACME", "139 0013 9000", "C", "2024-01-02", ""],
      ]);
      const before = row("Customers", 1, 18);
      const { plan, written } = await convertSheet({ sheet: "More", target: "Customers", mode: "append" });
      expect(written).toMatchObject({ ok: true, value: { mode: "append", sheet: "Customers", done: 2, total: 2 } });
      expect(row("Customers", 1, 18)).toEqual(before);
      const table = tableNamed("Customers");
      expect(table?.columns.map((c) => c.name).slice(-2)).toEqual(["微信号", "Budget"]);
      expect(table?.range.bottom).toBe(5);
      expect(row("Customers", 4, 19).slice(2, 3)).toEqual(["Northwind"]);
      expect(emulator.book.getCell("Customers", 4, 12).value).toBe(45301 + 14); // the calculated column fills new rows
      expect(emulator.book.getCell("Customers", 4, 18).value).toBe(1000);
      expect(plan.result.problems.filter((p) => p.kind.startsWith("duplicate")).map((p) => [p.row, p.kind])).toEqual([
        [3, "duplicate-name"],
        [3, "duplicate-phone"],
      ]);
    });
  });

  describe("append: formula columns written explicitly", () => {
    it("writes the column's one formula into every appended row, whether Excel auto-fills or not", async () => {
      emulator.book.setValues("Sheet1", "A1", messyList);
      await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet", language: "en-US" });
      emulator.book.addSheet("More");
      emulator.book.setValues("More", "A1", [
        ["Account Name", "Phone", "Tier", "Last Contact"],
        ["Northwind", "13700137000", "A", "2024-01-10"],
        ["ACME", "139 0013 9000", "C", "2024-01-02"],
      ]);
      const { written } = await convertSheet({ sheet: "More", target: "Customers", mode: "append" });
      expect(written).toMatchObject({ ok: true, value: { done: 2 } });
      const nextContact = tableNamed("Customers")!.columns.findIndex((c) => c.name === "NextContact");
      const formula = emulator.book.getCell("Customers", 1, nextContact).formula;
      expect(formula).toMatch(/^=/);
      expect(emulator.book.getCell("Customers", 4, nextContact).formula).toBe(formula);
      expect(emulator.book.getCell("Customers", 5, nextContact).formula).toBe(formula);
      expect(emulator.book.getCell("Customers", 4, nextContact).value).toBe(45301 + 14);
    });
  });

  describe("deals and stages", () => {
    it("adds unknown stages to Stages or maps them, and Probability / Weighted compute", async () => {
      await setUpStages();
      emulator.book.setValues("Sheet1", "A1", [
        ["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"],
        ["Big one", "Acme", "Closed Won", "12,000", "3/31/2024"],
        ["Pilot", "Northwind", "Pilot", "5000", "4/30/2024"],
        ["Offer", "Contoso", "Proposal", 8000, "4/1/2024"],
      ]);
      const workbook = await readImportWorkbook();
      const stages = workbook.ok ? workbook.value.tables.Stages : undefined;
      const { plan, written } = await convertSheet({
        sheet: "Sheet1",
        target: "Deals",
        mode: "new-sheet",
        language: "en-US",
        stageMapping: { "Closed Won": "Won" },
        newStages: newStageRows(["Pilot"], stages!, "en-US"),
      });
      expect(plan.result.unknownStages).toEqual(["Pilot"]);
      expect(written.ok).toBe(true);
      expect(row("Setup", 3, 5)).toEqual(["Pilot", 7, "", "Pipeline", ""]);
      const deals = tableNamed("Deals")!;
      const col = (name: string) => deals.columns.findIndex((c) => c.name === name);
      expect(emulator.book.getCell("Pipeline", 1, col("Stage")).value).toBe("Won");
      expect(emulator.book.getCell("Pipeline", 1, col("Probability")).value).toBe(1);
      expect(emulator.book.getCell("Pipeline", 1, col("Weighted")).value).toBe(12000);
      expect(emulator.book.getCell("Pipeline", 3, col("Weighted")).value).toBe(4000);
      expect(emulator.book.getCell("Pipeline", 2, col("Stage")).value).toBe("Pilot");
    });
  });

  describe("failures, cancel and finishing the job", () => {
    /**
     * The sync that writes chunk k in convertSheet: reading the list (where it is, then its cells
     * in pages: one here), the tables and the settings take 7 (each Excel.run closes with one
     * more), the writer's check 1, then one per chunk.
     */
    const syncsBeforeChunk = (k: number) => 8 + k;
    const bigList = (n: number) => [
      ["Company", "Phone", "Last Contact", "Tier"],
      ...Array.from({ length: n }, (_, i) => [`Firm ${i}`, `1380000${String(i).padStart(4, "0")}`, "2024-01-10", "B"]),
    ];

    it("a sync failing halfway leaves the source intact and records what was written; running again finishes", async () => {
      emulator.book.setValues("Sheet1", "A1", bigList(1_000));
      const source = emulator.snapshot().sheets.find((s) => s.name === "Sheet1");
      const progress: number[] = [];
      emulator.failSync(syncsBeforeChunk(3));
      const first = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "new-sheet",
        chunk: { maxRows: 200, onProgress: (p) => progress.push(p.done) },
      });
      expect(first.written).toMatchObject({ ok: false, error: { kind: "office" } });
      expect(progress).toEqual([0, 200, 400]);
      expect(emulator.snapshot().sheets.find((s) => s.name === "Sheet1")).toEqual(source);
      expect(tableNamed("Customers")).toBeUndefined();
      const pending = await readImportWorkbook();
      expect(pending.ok && pending.value.pending).toMatchObject({
        mode: "new-sheet",
        sheet: "Customers",
        done: 400,
        total: 1_000,
      });

      const second = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "new-sheet",
        chunk: { maxRows: 200 },
      });
      expect(second.written).toMatchObject({ ok: true, value: { done: 1_000, total: 1_000, resumedFrom: 400 } });
      expect(tableNamed("Customers")?.range).toEqual({ top: 0, left: 0, bottom: 1_000, right: 16 });
      expect(emulator.book.getCell("Customers", 1_000, 2).value).toBe("Firm 999");
      expect(emulator.book.getCell("Customers", 401, 2).value).toBe("Firm 400");
      expect(emulator.book.getCell("Customers", 401, 12).value).toBe(45301 + 30);
      const done = await readImportWorkbook();
      expect(done.ok && done.value.pending).toBeNull();
    });

    /** A 3-row Customers table, then an append of `rows` more ("New 1" …) from sheet More, cancelled after `cancelAt`. */
    async function cancelledAppend(rows: number, cancelAt: number) {
      emulator.book.setValues("Sheet1", "A1", bigList(3));
      await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet" });
      emulator.book.addSheet("More");
      emulator.book.setValues(
        "More",
        "A1",
        bigList(rows).map((r, i) => (i === 0 ? r : [`New ${i}`, ...r.slice(1)])),
      );
      const controller = new AbortController();
      return convertSheet({
        sheet: "More",
        target: "Customers",
        mode: "append",
        chunk: {
          maxRows: 100,
          signal: controller.signal,
          onProgress: (p) => p.done === cancelAt && controller.abort(),
        },
      });
    }

    it("a cancelled append is finished by running it again, adding every row exactly once", async () => {
      const first = await cancelledAppend(500, 200);
      expect(first.written).toMatchObject({ ok: true, value: { cancelled: true, done: 200, total: 500 } });
      expect(tableNamed("Customers")?.range.bottom).toBe(3 + 200);
      const second = await convertSheet({
        sheet: "More",
        target: "Customers",
        mode: "append",
        chunk: { maxRows: 100 },
      });
      expect(second.written).toMatchObject({ ok: true, value: { cancelled: false, done: 500, resumedFrom: 200 } });
      expect(tableNamed("Customers")?.range.bottom).toBe(3 + 500);
      expect(emulator.book.getCell("Customers", 4 + 499, 2).value).toBe("New 500");
    });

    it("removes an unfinished append's rows on confirmation with the APIs the platform has (deleteRows is web only)", async () => {
      const first = await cancelledAppend(300, 100);
      expect(first.written).toMatchObject({ ok: true, value: { cancelled: true, done: 100 } });
      // Another list into the same table: the unfinished append's 100 rows go, on confirmation.
      emulator.book.addSheet("Other");
      emulator.book.setValues(
        "Other",
        "A1",
        bigList(5).map((r, i) => (i === 0 ? r : [`Other ${i}`, ...r.slice(1)])),
      );
      const second = await convertSheet({ sheet: "Other", target: "Customers", mode: "append", replacePending: true });
      expect(second.written).toMatchObject({ ok: true, value: { cancelled: false, done: 5 } });
      expect(tableNamed("Customers")?.range.bottom).toBe(3 + 5);
      expect(emulator.book.getCell("Customers", 4, 2).value).toBe("Other 1");
    });

    it("replaces an unfinished sheet of another job only when the user confirms", async () => {
      emulator.book.setValues("Sheet1", "A1", bigList(300));
      emulator.failSync(syncsBeforeChunk(2));
      await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet", chunk: { maxRows: 100 } });
      emulator.book.setValues("Sheet1", "A2", [["Changed firm"]]);
      const refused = await convertSheet({ sheet: "Sheet1", target: "Customers", mode: "new-sheet" });
      expect(refused.written).toMatchObject({ ok: false, error: { message: expect.stringMatching(/unfinished/) } });
      const replaced = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "new-sheet",
        replacePending: true,
      });
      expect(replaced.written).toMatchObject({ ok: true, value: { sheet: "Customers", done: 300, resumedFrom: 0 } });
      expect(emulator.book.getCell("Customers", 1, 2).value).toBe("Changed firm");
      expect(emulator.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", "Customers"]);
    });

    it("an in-place conversion that failed halfway is finished by converting again", async () => {
      emulator.book.setValues("Sheet1", "A1", [
        ["Company", "Last Contact", "Tier"],
        ...Array.from({ length: 300 }, (_, i) => [`Firm ${i}`, "3/1/2024", "A"]),
      ]);
      // In place, 6 more before the chunks: the checks' own batch (its read, its close), the undo
      // journal sheet's batch (look, add, close) and the journal's read.
      emulator.failSync(syncsBeforeChunk(2) + 6);
      const first = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "in-place",
        chunk: { maxRows: 100 },
      });
      expect(first.written.ok).toBe(false);
      expect(emulator.book.getCell("Sheet1", 100, 1).value).toBe(45352); // converted before the failure
      expect(emulator.book.getCell("Sheet1", 101, 1).value).toBe("3/1/2024"); // not yet: still as typed
      expect(tableNamed("Customers")).toBeUndefined();
      const second = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "in-place",
        chunk: { maxRows: 100 },
      });
      expect(second.written.ok).toBe(true);
      expect(emulator.book.getCell("Sheet1", 300, 1).value).toBe(45352);
      expect(emulator.book.getCell("Sheet1", 0, 1).value).toBe("LastContact");
    });
  });

  describe("100,000 rows", () => {
    it("converts in chunks: syncs grow with chunks, not rows, and every request stays far below 5 MB", async () => {
      const n = 100_000;
      emulator.book.setValues("Sheet1", "A1", [
        ["日期", "客户", "跟进方式", "跟进内容"],
        ...Array.from({ length: n }, (_, i) => [
          `2024-01-${(i % 28) + 1}`,
          `客户${i % 5000}`,
          i % 2 ? "电话" : "visit",
          `第${i}次跟进`,
        ]),
      ]);
      const before = emulator.stats.syncs;
      const { written } = await convertSheet({
        sheet: "Sheet1",
        target: "Activities",
        mode: "new-sheet",
        language: "zh-CN",
      });
      expect(written).toMatchObject({ ok: true, value: { done: n, total: n } });
      const syncs = emulator.stats.syncs - before;
      expect(syncs).toBeLessThan(40);
      expect(emulator.stats.largestRequestBytes()).toBeLessThan(2_000_000);
      expect(emulator.book.getCell("跟进记录", n, 4).value).toBe("电话"); // row 100,000 is odd: 电话
      // The last row is i = n - 1: 2024-01-((n - 1) % 28 + 1), the 12th.
      expect(emulator.book.getCell("跟进记录", n, 0).text).toBe("2024-01-12");
    }, 600_000);
  });

  describe("an import run again after any failure never duplicates", () => {
    const deals = (n: number) => [
      ["DealID", "Customer", "Amount"],
      ...Array.from({ length: n }, (_, i) => [`D-${i}`, `Firm ${i}`, 100 + i]),
    ];

    beforeEach(() => setUpStages());

    it("an in-place conversion whose answer was lost: writing the same plan again finds its table and changes nothing", async () => {
      emulator.book.setValues("Sheet1", "A1", [
        ["Company", "Last Contact", "Tier"],
        ...Array.from({ length: 12 }, (_, i) => [`Firm ${i}`, "3/1/2024", "a"]),
      ]);
      // The closing request (headers, the table, formulas) lands; the sync after it, Excel.run's own, fails.
      const loseAnswer = (p: WriteProgress) => p.done === p.total && p.done > 0 && emulator.failSync(2);
      const first = await convertSheet({
        sheet: "Sheet1",
        target: "Customers",
        mode: "in-place",
        chunk: { maxRows: 5, onProgress: loseAnswer },
      });
      expect(first.written.ok).toBe(false);
      expect(tableNamed("Customers")?.range).toMatchObject({ top: 0, bottom: 12, left: 0 });
      const made = emulator.snapshot();
      const again = await writeImport({ target: "Customers", layout: first.plan.layout, sourceSheet: "Sheet1" });
      expect(again).toMatchObject({ ok: true, value: { mode: "in-place", done: 12, total: 12, cancelled: false } });
      expect(emulator.snapshot()).toEqual(made);
    });

    it("a new sheet whose answer was lost: the run again appends to the table it made, and adds nothing", async () => {
      emulator.book.setValues("Sheet1", "A1", deals(250));
      const first = await convertSheet({
        sheet: "Sheet1",
        target: "Deals",
        mode: "new-sheet",
        chunk: { maxRows: 100 },
      });
      // Excel wrote everything; the pane never heard (the answer was lost), so the user runs it again.
      expect(first.written.ok).toBe(true);
      const again = await convertSheet({ sheet: "Sheet1", target: "Deals", mode: "append", chunk: { maxRows: 100 } });
      expect(again.plan.layout.rows).toEqual([]);
      expect(again.plan.result.problems.filter((p) => p.kind === "already-imported")).toHaveLength(250);
      expect(again.written).toMatchObject({ ok: true, value: { done: 0, total: 0 } });
      expect(tableNamed("Deals")?.range.bottom).toBe(250);
      const workbook = await readImportWorkbook();
      expect(workbook.ok && workbook.value.pending).toBeNull();
    });

    it("an append whose closing sync failed is finished by the run again, every row exactly once", async () => {
      emulator.book.setValues("Sheet1", "A1", deals(3));
      await convertSheet({ sheet: "Sheet1", target: "Deals", mode: "new-sheet" });
      emulator.book.addSheet("More");
      emulator.book.setValues(
        "More",
        "A1",
        deals(300).map((r, i) => (i === 0 ? [...r, "Budget"] : [`N-${i}`, r[1], r[2], i])),
      );
      // The sync after the last chunk's closes the import (table formats, the record removed): it fails.
      const failClose = (p: WriteProgress) => p.done === p.total && p.done > 0 && emulator.failSync(1);
      const first = await convertSheet({
        sheet: "More",
        target: "Deals",
        mode: "append",
        chunk: { maxRows: 100, onProgress: failClose },
      });
      expect(first.written.ok).toBe(false);
      expect(tableNamed("Deals")?.range.bottom).toBe(3 + 300); // every row went in before the close failed
      const again = await convertSheet({ sheet: "More", target: "Deals", mode: "append", chunk: { maxRows: 100 } });
      expect(again.written).toMatchObject({ ok: true, value: { done: 300, total: 300, resumedFrom: 300 } });
      expect(tableNamed("Deals")?.range.bottom).toBe(3 + 300);
      const workbook = await readImportWorkbook();
      expect(workbook.ok && workbook.value.pending).toBeNull();
      // And once more, by mistake: nothing is added.
      const third = await convertSheet({ sheet: "More", target: "Deals", mode: "append" });
      expect(third.written).toMatchObject({ ok: true, value: { done: 0 } });
      expect(tableNamed("Deals")?.range.bottom).toBe(3 + 300);
    });

    it("follow-ups, which have no ID, are told apart by date, customer and summary", async () => {
      const list = [
        ["Date", "Customer", "Summary"],
        ["2024-01-05", "Acme", "Call"],
        ["2024-01-06", "Acme", "Visit"],
      ];
      emulator.book.setValues("Sheet1", "A1", list);
      await convertSheet({ sheet: "Sheet1", target: "Activities", mode: "new-sheet" });
      emulator.book.addSheet("More");
      emulator.book.setValues("More", "A1", [...list, ["2024-01-07", "Beta", "Call"]]);
      const again = await convertSheet({ sheet: "More", target: "Activities", mode: "append" });
      expect(again.written).toMatchObject({ ok: true, value: { done: 1, total: 1 } });
      expect(tableNamed("Activities")?.range.bottom).toBe(3);
    });
  });
});
