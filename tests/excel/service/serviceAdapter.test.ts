import type { Cell } from "@core/cells/cell";
import { serviceSummary } from "@core/service/serviceSummary";
import { excelServiceService as service } from "@excel/service/serviceService";
import { ticketRowAddress, type ServiceWorkbook } from "@excel/service/serviceWorkbook";
import { setUpWorkbook } from "@excel/setup/setUpWorkbook";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { emulatorProfiles, platformProfiles } from "../../fixtures/emulatorProfiles";
import { createSalesEmulator, sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

async function read(): Promise<ServiceWorkbook> {
  const result = await service.read();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function table(name: "Service" | "Activities" | "Customers") {
  const result = await readTables([name]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value[name]!;
}

const cellOf = (t: { columns: Record<string, number>; rows: readonly (readonly Cell[])[] }, row: number, key: string) =>
  t.rows[row][t.columns[key]];

describe.each(emulatorProfiles)("the Service adapter on a sample workbook (zh-CN, $name)", (profile) => {
  let emulator: Emulator;
  beforeEach(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 40, profile }));
  });

  it("opens a ticket with a live DueBy, closes it, and schedules the 回访 in Activities", async () => {
    const workbook = await read();
    expect(workbook.language).toBe("zh-CN");
    expect(workbook.data!.levels.size).toBe(15);
    const customer = workbook.data!.customers.find((c) => c.record.tier === "B" && c.dealIds.length > 0)!.record;
    const ticketsBefore = workbook.data!.tickets.length;
    const overdueBefore = serviceSummary(workbook.data!.tickets, workbook.data!.levels, sampleToday).overdueCount;

    const opened = await service.openTicket({
      customer: customer.company,
      dealId: "",
      openedOn: sampleToday - 10,
      type: "投诉",
      priority: "中",
      owner: customer.owner,
      summary: "=交付延迟",
    });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.alreadyThere).toBe(false);
    const tickets = await table("Service");
    const row = tickets.rows.length - 1;
    expect(tickets.rows).toHaveLength(ticketsBefore + 1);
    expect(cellOf(tickets, row, "TicketID")).toBe(opened.value.ticketId);
    expect(cellOf(tickets, row, "Status")).toBe("待处理");
    // A complaint of medium priority has 2 days (ServiceLevels): due 8 days ago.
    expect(cellOf(tickets, row, "DueBy")).toBe(sampleToday - 8);
    expect(cellOf(tickets, row, "Summary")).toBe("=交付延迟");
    const model = emulator.book.tableModels().find((t) => t.name === "Service")!;
    expect(
      emulator.book.getCell("售后服务", model.range.top + 1 + row, model.range.left + tickets.columns.DueBy).formula,
    ).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(\[@创建日期\]\)\)/);
    // The sheet's red rule for late open tickets is on the Service table.
    expect(emulator.book.conditionalFormats("售后服务").map((f) => f.rule.formula)).toEqual([
      '=AND(ISNUMBER($L2),$L2<TODAY(),$I2="",$H2<>"Closed",$H2<>"已关闭")',
    ]);

    // The pane counts it overdue, as the sheet does.
    const afterOpen = await read();
    const summary = serviceSummary(afterOpen.data!.tickets, afterOpen.data!.levels, sampleToday);
    expect(summary.overdueCount).toBe(overdueBefore + 1);
    const mine = summary.byOwner.flatMap((group) => group.tickets).find((t) => t.ticket.id === opened.value.ticketId);
    expect(mine).toMatchObject({ daysOpen: 10, levelDays: 2, overdue: true });
    expect(ticketRowAddress(afterOpen.serviceTable!, row)).toBe(`A${row + 2}:L${row + 2}`);

    // Opening the same ticket again (an answer lost) adds nothing.
    const again = await service.openTicket({
      customer: customer.company,
      dealId: "",
      openedOn: sampleToday - 10,
      type: "投诉",
      priority: "中",
      owner: customer.owner,
      summary: "=交付延迟",
    });
    expect(again).toEqual({ ok: true, value: { ticketId: opened.value.ticketId, alreadyThere: true } });

    const activitiesBefore = (await table("Activities")).rows.length;
    const closed = await service.closeTicket({
      ticketId: opened.value.ticketId,
      row,
      resolvedOn: sampleToday,
      satisfaction: 4,
    });
    if (!closed.ok) throw new Error(closed.error.message);
    // A complaint: within 7 days, whatever the tier (B: 30).
    expect(closed.value).toMatchObject({
      customer: customer.company,
      returnVisit: { due: sampleToday + 7, days: 7, reason: "complaint" },
      visitAdded: true,
      lastContactMoved: true,
    });
    const after = await table("Service");
    expect(cellOf(after, row, "Status")).toBe("已关闭");
    expect(cellOf(after, row, "ResolvedOn")).toBe(sampleToday);
    expect(cellOf(after, row, "Satisfaction")).toBe(4);
    const activities = await table("Activities");
    expect(activities.rows).toHaveLength(activitiesBefore + 1);
    const visit = activities.rows[activities.rows.length - 1];
    const at = (key: string) => visit[activities.columns[key]];
    expect([at("Date"), at("Customer"), at("Owner"), at("Method"), at("NextContact"), at("Satisfaction")]).toEqual([
      sampleToday,
      customer.company,
      customer.owner,
      "其他",
      sampleToday + 7,
      4,
    ]);
    expect(at("Summary")).toBe(`回访：工单${opened.value.ticketId}（投诉）已关闭`);
    const customers = await table("Customers");
    expect(cellOf(customers, customer.row, "LastContact")).toBe(sampleToday);

    // Closing again on the same day finishes nothing twice; on another day it is refused.
    const retry = await service.closeTicket({
      ticketId: opened.value.ticketId,
      row,
      resolvedOn: sampleToday,
      satisfaction: 4,
    });
    expect(retry.ok && retry.value.visitAdded).toBe(false);
    expect((await table("Activities")).rows).toHaveLength(activitiesBefore + 1);
    const late = await service.closeTicket({
      ticketId: opened.value.ticketId,
      row,
      resolvedOn: sampleToday + 1,
      satisfaction: null,
    });
    expect(late).toMatchObject({ ok: false, error: { kind: "invalid", code: "TicketClosed" } });
  });
});

describe.each(platformProfiles)("the Service adapter in English ($name)", (profile) => {
  beforeEach(async () => {
    await setUpSampleWorkbook({ language: "en-US", customers: 40, profile });
  });

  it("schedules a repair's 回访 after the customer's tier cadence and finds a ticket that moved", async () => {
    const workbook = await read();
    const customer = workbook.data!.customers.find((c) => c.record.tier === "A")!.record;
    const open = (summary: string) =>
      service.openTicket({
        customer: customer.company,
        dealId: "",
        openedOn: sampleToday - 1,
        type: "Repair",
        priority: "Low",
        owner: customer.owner,
        summary,
      });
    const first = await open("Pump");
    const second = await open("Valve");
    if (!first.ok || !second.ok) throw new Error("not opened");
    expect(Number(second.value.ticketId.slice(2))).toBe(Number(first.value.ticketId.slice(2)) + 1);
    const tickets = await table("Service");
    expect(cellOf(tickets, tickets.rows.length - 1, "DueBy")).toBe(sampleToday - 1 + 7);
    // The pane read the ticket at another row: it is found again by its TicketID.
    const closed = await service.closeTicket({
      ticketId: second.value.ticketId,
      row: 0,
      resolvedOn: sampleToday,
      satisfaction: null,
    });
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.value.returnVisit).toEqual({ due: sampleToday + 14, days: 14, reason: "tier" });
    const after = await table("Service");
    expect(cellOf(after, after.rows.length - 1, "Status")).toBe("Closed");
    expect(cellOf(after, after.rows.length - 2, "Status")).toBe("Open");
    const activities = await table("Activities");
    const last = activities.rows[activities.rows.length - 1];
    expect(last[activities.columns.Summary]).toBe(
      `Return visit (回访): ticket ${second.value.ticketId} (Repair) closed`,
    );
    expect(last[activities.columns.Satisfaction]).toBe("");
    const missing = await service.closeTicket({
      ticketId: "T-9999",
      row: 0,
      resolvedOn: sampleToday,
      satisfaction: null,
    });
    expect(missing).toMatchObject({ ok: false, error: { kind: "not-found", code: "TicketNotFound" } });
  });
});

describe.each(platformProfiles)("the Service adapter on a workbook set up without sample data ($name)", (profile) => {
  it("puts the first ticket into the blank row an empty table keeps, not below it", async () => {
    await createSalesEmulator(sampleToday, profile);
    const setup = await setUpWorkbook({ language: "en-US", sample: false, today: sampleToday });
    if (!setup.ok) throw new Error(setup.error.message);
    const opened = await service.openTicket({
      customer: "Acme",
      dealId: "",
      openedOn: sampleToday,
      type: "Installation",
      priority: "High",
      owner: "",
      summary: "Install",
    });
    expect(opened).toEqual({ ok: true, value: { ticketId: "T-0001", alreadyThere: false } });
    const tickets = await table("Service");
    expect(tickets.rows).toHaveLength(1);
    expect(cellOf(tickets, 0, "DueBy")).toBe(sampleToday + 2);
  });
});
