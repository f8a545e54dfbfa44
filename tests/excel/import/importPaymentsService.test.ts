/**
 * Importing a collections list (回款) and a list of service tickets (工单) through the real read →
 * plan → write path: appended to set-up's Payments and Service tables, a received payment moves
 * Deals[Collected] (a SUMIFS over Payments), Payments[Status] and Service[DueBy] compute on the new
 * rows, tickets without a number get the next T- IDs; into a workbook without set-up, a new
 * Payments table gets its Status formula and a new Service table no DueBy formula (no ServiceLevels
 * to name).
 */
import type { Cell } from "@core/cells/cell";
import { detectTarget } from "@core/import/detectTarget";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { enPaymentHeaders, jdyPaymentHeaders } from "../../fixtures/paymentsExport";
import { createSalesEmulator, sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { convertSheet } from "./importOnEmulator";

jest.setTimeout(180_000);

type Table = { columns: Record<string, number>; rows: readonly (readonly Cell[])[] };

async function table(name: "Contracts" | "Deals" | "Payments" | "Service"): Promise<Table> {
  const result = await readTables([name]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value[name]!;
}

const at = (t: Table, row: number, key: string) => t.rows[row][t.columns[key]];

/** A date as 简道云 writes it in an Excel export: yyyy-mm-dd text. */
function isoDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30 + serial));
  return date.toISOString().slice(0, 10);
}

describe.each(emulatorProfiles)("import into Payments and Service of a set-up workbook (zh-CN, $name)", (profile) => {
  let emulator: Emulator;
  beforeAll(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 40, profile }));
  });

  it("appends a 简道云-style 回款 list: Deals[Collected] moves by what was received, Status computes", async () => {
    const deals = await table("Deals");
    const row = deals.rows.findIndex(
      (r) => typeof r[deals.columns.DealID] === "string" && r[deals.columns.Stage] === "赢单",
    );
    expect(row).toBeGreaterThanOrEqual(0);
    const dealId = at(deals, row, "DealID") as string;
    const customer = at(deals, row, "Customer") as string;
    const owner = at(deals, row, "Owner") as string;
    const collectedBefore = Number(at(deals, row, "Collected") || 0);
    const paymentsBefore = (await table("Payments")).rows.length;

    const headers = jdyPaymentHeaders;
    expect(detectTarget(headers).target).toBe("Payments");
    emulator.book.addSheet("回款导出");
    emulator.book.setValues("回款导出", "A1", [
      headers,
      [
        "HT-0901",
        dealId,
        customer,
        owner,
        "1",
        isoDate(sampleToday - 40),
        "¥30,000.00",
        "¥30,000.00",
        isoDate(sampleToday - 38),
        "Bank transfer",
        "'=首付款",
      ],
      [
        "HT-0901",
        dealId,
        customer,
        owner,
        "2",
        isoDate(sampleToday - 10),
        "20,000",
        "5,000",
        isoDate(sampleToday - 5),
        "微信",
        "",
      ],
      ["HT-0901", dealId, customer, owner, "3", isoDate(sampleToday + 20), "10000", "", "", "", ""],
    ]);
    const { plan, written } = await convertSheet({ sheet: "回款导出", target: "Payments", mode: "append" });
    expect(written).toMatchObject({ ok: true, value: { mode: "append", done: 3, total: 3 } });
    expect(plan.result.problems.filter((p) => p.severity === "error")).toEqual([]);

    const payments = await table("Payments");
    expect(payments.rows).toHaveLength(paymentsBefore + 3);
    const first = paymentsBefore;
    expect(at(payments, first, "AmountDue")).toBe(30000);
    expect(at(payments, first, "Received")).toBe(30000);
    expect(at(payments, first, "DueDate")).toBe(sampleToday - 40);
    expect(at(payments, first, "ReceivedOn")).toBe(sampleToday - 38);
    expect(at(payments, first, "Installment")).toBe(1);
    // Choice values in the workbook's language; formula-like text stays text.
    expect(at(payments, first, "Method")).toBe("对公转账");
    expect(at(payments, first + 1, "Method")).toBe("微信");
    expect(at(payments, first, "Notes")).toBe("=首付款");
    // Status is the table's formula, never a value from the list: paid, overdue with 15,000 open, due.
    expect([0, 1, 2].map((i) => at(payments, first + i, "Status"))).toEqual(["已回款", "逾期", "待回款"]);
    const model = emulator.book.tableModels().find((t) => t.name === "Payments")!;
    const sheet = "回款计划"; // the Payments sheet of a Chinese workbook
    expect(
      emulator.book.getCell(sheet, model.range.top + 1 + first, model.range.left + payments.columns.Status).formula,
    ).toMatch(/^=IF\(\[@应收金额\]=""/);
    expect(
      emulator.book.getCell(sheet, model.range.top + 1 + first, model.range.left + payments.columns.Notes).formula,
    ).toBeUndefined();

    // Deals[Collected] is the live sum of the deal's received payments.
    const after = await table("Deals");
    expect(at(after, row, "Collected")).toBe(collectedBefore + 35000);

    // The same list imported again adds nothing.
    const again = await convertSheet({ sheet: "回款导出", target: "Payments", mode: "append" });
    expect(again.plan.result.rows).toHaveLength(0);
    expect(again.plan.result.problems.filter((p) => p.kind === "already-imported")).toHaveLength(3);
    expect((await table("Deals")).rows[row][after.columns.Collected]).toBe(collectedBefore + 35000);
  });

  it("appends a 工单 list: tickets without a number continue T-…, DueBy computes from ServiceLevels", async () => {
    const before = await table("Service");
    const ids = before.rows.map((r) => String(r[before.columns.TicketID]));
    const highest = Math.max(...ids.map((id) => Number(/(\d+)$/.exec(id)?.[1] ?? 0)));
    const customer = at(before, 0, "Customer") as string;
    const headers = [
      "工单号",
      "客户名称",
      "工单类型",
      "优先级",
      "工单状态",
      "受理日期",
      "解决日期",
      "满意度",
      "工单内容",
    ];
    expect(detectTarget(headers).target).toBe("Service");
    emulator.book.addSheet("工单导出");
    emulator.book.setValues("工单导出", "A1", [
      headers,
      ["", customer, "维修", "高", "处理中", isoDate(sampleToday - 3), "", "", "@设备报警"],
      [
        "",
        customer,
        "Training",
        "Low",
        "Closed",
        isoDate(sampleToday - 30),
        isoDate(sampleToday - 20),
        "4",
        "上线培训",
      ],
    ]);
    const { plan, written } = await convertSheet({ sheet: "工单导出", target: "Service", mode: "append" });
    expect(written).toMatchObject({ ok: true, value: { mode: "append", done: 2, total: 2 } });
    expect(plan.result.rows.map((r) => r.values.TicketID)).toEqual([
      `T-${String(highest + 1).padStart(4, "0")}`,
      `T-${String(highest + 2).padStart(4, "0")}`,
    ]);
    const service = await table("Service");
    const first = before.rows.length;
    expect(at(service, first, "TicketID")).toBe(`T-${String(highest + 1).padStart(4, "0")}`);
    expect(at(service, first, "Type")).toBe("维修");
    expect(at(service, first + 1, "Type")).toBe("培训");
    expect(at(service, first + 1, "Status")).toBe("已关闭");
    expect(at(service, first + 1, "Satisfaction")).toBe(4);
    expect(at(service, first, "Summary")).toBe("@设备报警");
    // ServiceLevels: a high-priority repair and a low-priority training have their days to resolve.
    expect(typeof at(service, first, "DueBy")).toBe("number");
    expect(at(service, first, "DueBy") as number).toBeGreaterThan(sampleToday - 3);
    expect(typeof at(service, first + 1, "DueBy")).toBe("number");
  });

  it('writes a 回款 row\'s IDs trimmed (" HT-0001 ", U+00A0/U+3000), so Contracts[Received] and Deals[Collected] count it', async () => {
    const contracts = await table("Contracts");
    const contract = contracts.rows.findIndex((r) => r[contracts.columns.ContractID] === "HT-0001");
    expect(contract).toBeGreaterThanOrEqual(0);
    const dealId = at(contracts, contract, "DealID") as string;
    const receivedBefore = Number(at(contracts, contract, "Received") || 0);
    const deals = await table("Deals");
    const deal = deals.rows.findIndex((r) => r[deals.columns.DealID] === dealId);
    expect(deal).toBeGreaterThanOrEqual(0);
    const collectedBefore = Number(at(deals, deal, "Collected") || 0);
    const paymentsBefore = (await table("Payments")).rows.length;

    emulator.book.addSheet("回款带空格");
    emulator.book.setValues("回款带空格", "A1", [
      jdyPaymentHeaders,
      [
        " HT-0001 ",
        `\u00a0${dealId}\u3000`,
        at(contracts, contract, "Customer") as string,
        at(contracts, contract, "Owner") as string,
        "9",
        isoDate(sampleToday - 2),
        "1,234",
        "1,234",
        isoDate(sampleToday - 1),
        "微信",
        "  尾款 ",
      ],
    ]);
    const { plan, written } = await convertSheet({ sheet: "回款带空格", target: "Payments", mode: "append" });
    expect(written).toMatchObject({ ok: true, value: { mode: "append", done: 1, total: 1 } });
    // The IDs the reference check compared are the ones written: both known, nothing to warn of.
    expect(plan.result.problems.filter((p) => p.kind === "unknown-reference")).toEqual([]);

    const payments = await table("Payments");
    expect(payments.rows).toHaveLength(paymentsBefore + 1);
    expect(at(payments, paymentsBefore, "ContractID")).toBe("HT-0001");
    expect(at(payments, paymentsBefore, "DealID")).toBe(dealId);
    expect(at(payments, paymentsBefore, "Notes")).toBe("  尾款 "); // free text is written as typed
    // SUMIFS matches exactly what is in the cell: the trimmed IDs count toward the contract and the deal.
    expect(at(await table("Contracts"), contract, "Received")).toBe(receivedBefore + 1234);
    expect(at(await table("Deals"), deal, "Collected")).toBe(collectedBefore + 1234);

    // The same list again is already imported, spaces or not.
    const again = await convertSheet({ sheet: "回款带空格", target: "Payments", mode: "append" });
    expect(again.plan.result.rows).toHaveLength(0);
    expect(again.plan.result.problems.filter((p) => p.kind === "already-imported")).toHaveLength(1);
  });
});

describe("import into a workbook without set-up (en-US)", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await createSalesEmulator(sampleToday);
  });

  it("writes a new Payments table with its Status formula, and a new Service table without DueBy's", async () => {
    emulator.book.addSheet("Receivables");
    emulator.book.setValues("Receivables", "A1", [
      enPaymentHeaders,
      ["C-17", "Acme", 1, sampleToday - 5, "$1,000.00", "$1,000.00", sampleToday - 6, "Wire transfer"],
      ["C-17", "Acme", 2, sampleToday - 1, "$1,000.00", "", "", ""],
    ]);
    const payments = await convertSheet({ sheet: "Receivables", target: "Payments", mode: "new-sheet" });
    expect(payments.written.ok).toBe(true);
    const read = await readImportWorkbook();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.tables.Payments?.rows).toHaveLength(2);
    const p = (await table("Payments")) as Table;
    expect([at(p, 0, "Status"), at(p, 1, "Status")]).toEqual(["Paid", "Overdue"]);
    // "Wire transfer" is not in the list: kept, reported, for the review to map or leave.
    expect(payments.plan.result.rows[0].values.Method).toBe("Wire transfer");

    emulator.book.addSheet("Tickets");
    emulator.book.setValues("Tickets", "A1", [
      ["Customer", "Type", "Priority", "Opened On", "Satisfaction", "Summary"],
      ["Acme", "Repair", "High", sampleToday - 2, 9, "Printer jams"],
      ["Beta", "Consultation", "Low", sampleToday - 1, "", "+ how to export"],
    ]);
    const tickets = await convertSheet({ sheet: "Tickets", target: "Service", mode: "new-sheet" });
    expect(tickets.written.ok).toBe(true);
    expect(tickets.plan.result.problems.filter((q) => q.kind === "out-of-range").map((q) => q.value)).toEqual([9]);
    const s = await table("Service");
    expect(s.rows.map((r) => r[s.columns.TicketID])).toEqual(["T-0001", "T-0002"]);
    expect(s.rows.map((r) => r[s.columns.DueBy])).toEqual(["", ""]);
    expect(tickets.plan.layout.formulas[s.columns.DueBy]).toBeNull();
    expect(s.rows[1][s.columns.Summary]).toBe("+ how to export");
  });
});
