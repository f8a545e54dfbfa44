import fc from "fast-check";
import { DEFAULT_CADENCE } from "@core/formulas/customers/nextVisit";
import { returnVisit, returnVisitSummary } from "@core/service/returnVisit";
import { levelDays, serviceDueBy, serviceLevels } from "@core/service/serviceLevels";
import { serviceSummary } from "@core/service/serviceSummary";
import { choiceKey, isOpenTicket, serviceTickets, type ServiceTicket } from "@core/service/serviceTickets";
import { checkCloseTicket, checkNewTicket, nextTicketId } from "@core/service/ticketDrafts";
import { fixedRows } from "@core/setup/tableRows";
import { serviceTypeChoices, tableHeaders } from "@core/workbook/schema";

const levelsIn = (language: "en-US" | "zh-CN") =>
  serviceLevels(tableHeaders("ServiceLevels", language), fixedRows("ServiceLevels", language));

const ticket = (fields: Partial<ServiceTicket>): ServiceTicket => ({
  row: 0,
  id: "T-0001",
  customer: "Acme",
  dealId: "",
  openedOn: 45500,
  type: "Repair",
  owner: "Li",
  priority: "High",
  status: "Open",
  resolvedOn: null,
  satisfaction: null,
  summary: "Pump",
  ...fields,
});

describe("service tickets", () => {
  it("read the Service table in either language, skipping blank rows and odd satisfaction", () => {
    const headers = tableHeaders("Service", "zh-CN");
    const row = (id: string, satisfaction: unknown) =>
      headers.map((header) =>
        header === "工单编号"
          ? id
          : header === "客户"
            ? "华星"
            : header === "创建日期"
              ? "2024-06-01"
              : header === "工单类型"
                ? "维修"
                : header === "满意度"
                  ? satisfaction
                  : "",
      );
    const read = serviceTickets(headers, [row("T-0001", 5), headers.map(() => ""), row("T-0002", 4.5)] as never);
    expect(read.map((t) => [t.row, t.id, t.customer, t.openedOn, t.type, t.satisfaction])).toEqual([
      [0, "T-0001", "华星", 45444, "维修", 5],
      [2, "T-0002", "华星", 45444, "维修", null],
    ]);
  });

  it("are open until resolved or closed, in either language", () => {
    expect(isOpenTicket({ status: "处理中", resolvedOn: null })).toBe(true);
    expect(isOpenTicket({ status: " 已关闭 ", resolvedOn: null })).toBe(false);
    expect(isOpenTicket({ status: "Open", resolvedOn: 45500 })).toBe(false);
    expect(choiceKey(serviceTypeChoices, "投诉")).toBe("Complaint");
    expect(choiceKey(serviceTypeChoices, "Warranty")).toBe("Warranty");
  });
});

describe("service levels and DueBy", () => {
  it("read the default levels as Service[DueBy]'s formula does, in the workbook's language", () => {
    expect(levelsIn("en-US").size).toBe(15);
    expect(levelDays({ type: "Complaint", priority: "High" }, levelsIn("en-US"))).toBe(1);
    expect(levelDays({ type: "培训", priority: "低" }, levelsIn("zh-CN"))).toBe(14);
    // The formula's COUNTIFS matches the text as written: no level across languages.
    expect(levelDays({ type: "Training", priority: "Low" }, levelsIn("zh-CN"))).toBeNull();
    expect(serviceDueBy({ openedOn: 45500, type: "installation", priority: "medium" }, levelsIn("en-US"))).toBe(45505);
    expect(serviceDueBy({ openedOn: null, type: "Repair", priority: "High" }, levelsIn("en-US"))).toBeNull();
    expect(serviceDueBy({ openedOn: 45500, type: "Repair", priority: "" }, levelsIn("en-US"))).toBeNull();
  });

  it("keep the fewer days of a pair listed twice and ignore a level without days", () => {
    const levels = serviceLevels(
      ["Type", "Priority", "Days"],
      [
        ["Repair", "High", 3],
        ["Repair", "High", 2],
        ["Training", "Low", ""],
        ["Training", "Low", -1],
      ],
    );
    expect(levelDays({ type: "Repair", priority: "High" }, levels)).toBe(2);
    expect(levelDays({ type: "Training", priority: "Low" }, levels)).toBeNull();
  });
});

describe("the service summary", () => {
  const levels = levelsIn("en-US");
  const today = 45510;

  it("measures open tickets against their level and averages resolution and CSAT by hand-computed values", () => {
    const tickets = [
      // Repair High: 1 day → due 45501, overdue on 45510, open 10 days.
      ticket({ id: "T-1", owner: "Li", openedOn: 45500 }),
      // Training Low: 14 days → due 45522, not overdue, open 2 days.
      ticket({ id: "T-2", owner: "Li", type: "Training", priority: "Low", openedOn: 45508 }),
      // No level (priority blank): never overdue.
      ticket({ id: "T-3", owner: "Wang", priority: "", openedOn: 45400 }),
      // Resolved: Repair 3 and 5 days (avg 4), CSAT 4 and 5; Complaint 1 day, CSAT 2.
      ticket({ id: "T-4", owner: "Li", status: "Closed", openedOn: 45400, resolvedOn: 45403, satisfaction: 4 }),
      ticket({ id: "T-5", owner: "Wang", status: "已关闭", openedOn: 45400, resolvedOn: 45405, satisfaction: 5 }),
      ticket({
        id: "T-6",
        owner: "wang ",
        type: "投诉",
        status: "Closed",
        openedOn: 45450,
        resolvedOn: 45451,
        satisfaction: 2,
      }),
    ];
    const summary = serviceSummary(tickets, levels, today);
    expect(summary.openCount).toBe(3);
    expect(summary.overdueCount).toBe(1);
    expect(summary.byOwner.map((g) => [g.owner, g.overdue, g.tickets.map((t) => t.ticket.id)])).toEqual([
      ["Li", 1, ["T-1", "T-2"]],
      ["Wang", 0, ["T-3"]],
    ]);
    expect(summary.byOwner[0].tickets[0]).toMatchObject({ daysOpen: 10, levelDays: 1, dueBy: 45501, overdue: true });
    expect(summary.byOwner[0].tickets[1]).toMatchObject({ daysOpen: 2, levelDays: 14, dueBy: 45522, overdue: false });
    expect(summary.byOwner[1].tickets[0]).toMatchObject({ levelDays: null, dueBy: null, overdue: false });
    expect(summary.resolutionByType).toEqual([
      { name: "Repair", count: 2, average: 4 },
      { name: "Complaint", count: 1, average: 1 },
    ]);
    expect(summary.csatByType).toEqual([
      { name: "Repair", count: 2, average: 4.5 },
      { name: "Complaint", count: 1, average: 2 },
    ]);
    expect(summary.csatByOwner).toEqual([
      { name: "Li", count: 1, average: 4 },
      { name: "Wang", count: 2, average: 3.5 },
    ]);
  });

  it("counts every open ticket once and flags exactly those past DueBy (property)", () => {
    const arbitraryTicket = fc.record({
      openedOn: fc.option(fc.integer({ min: 45000, max: 45600 }), { nil: null }),
      type: fc.constantFrom("Repair", "Training", "投诉", "Other", ""),
      priority: fc.constantFrom("High", "Medium", "Low", ""),
      status: fc.constantFrom("Open", "In progress", "Closed", "已关闭", ""),
      resolved: fc.boolean(),
      owner: fc.constantFrom("Li", "Wang", " li", ""),
    });
    fc.assert(
      fc.property(fc.array(arbitraryTicket, { maxLength: 30 }), (drafts) => {
        const tickets = drafts.map((d, row) =>
          ticket({ ...d, row, id: `T-${row}`, resolvedOn: d.resolved && d.openedOn !== null ? d.openedOn + 1 : null }),
        );
        const summary = serviceSummary(tickets, levels, today);
        const open = tickets.filter(isOpenTicket);
        const listed = summary.byOwner.flatMap((g) => g.tickets.map((t) => t.ticket.id)).sort();
        expect(listed).toEqual(open.map((t) => t.id).sort());
        const late = open.filter((t) => {
          const due = serviceDueBy(t, levels);
          return due !== null && due < today;
        });
        expect(summary.overdueCount).toBe(late.length);
      }),
    );
  });
});

describe("the return visit of a closed ticket", () => {
  it("is due after the tier's cadence, within 7 days for a complaint, 30 days without a tier", () => {
    expect(returnVisit("Repair", 45500, "A", DEFAULT_CADENCE)).toEqual({ due: 45514, days: 14, reason: "tier" });
    expect(returnVisit("投诉", 45500, "c", DEFAULT_CADENCE)).toEqual({ due: 45507, days: 7, reason: "complaint" });
    expect(returnVisit("Complaint", 45500, "X", new Map([["x", 3]]))).toEqual({
      due: 45503,
      days: 3,
      reason: "complaint",
    });
    expect(returnVisit("Training", 45500, "", DEFAULT_CADENCE)).toEqual({ due: 45530, days: 30, reason: "untiered" });
  });

  it("is named in the workbook's language", () => {
    expect(returnVisitSummary("T-0003", "Repair", "zh-CN")).toBe("回访：工单T-0003（维修）已关闭");
    expect(returnVisitSummary("T-0003", "维修", "en-US")).toBe("Return visit (回访): ticket T-0003 (Repair) closed");
    expect(returnVisitSummary("T-0003", "", "en-US")).toBe("Return visit (回访): ticket T-0003 closed");
  });
});

describe("ticket drafts", () => {
  const choices = {
    customers: ["Acme", "华星"],
    owners: ["Li", "Wang"],
    types: serviceTypeChoices.map((c) => c["en-US"]),
    priorities: ["High", "Medium", "Low"],
  };
  const draft = {
    customer: "Acme",
    dealId: "",
    openedOn: 45500,
    type: "Repair",
    priority: "High",
    owner: "Li",
    summary: "Pump",
  };

  it("are checked before anything is written", () => {
    expect(checkNewTicket(draft, choices)).toBeNull();
    expect(checkNewTicket({ ...draft, customer: "Nobody" }, choices)).toBe("needCustomer");
    expect(checkNewTicket({ ...draft, openedOn: undefined }, choices)).toBe("badDate");
    expect(checkNewTicket({ ...draft, type: "Warranty" }, choices)).toBe("badType");
    expect(checkNewTicket({ ...draft, priority: "" }, choices)).toBe("badPriority");
    expect(checkNewTicket({ ...draft, owner: "Zhao" }, choices)).toBe("unknownOwner");
    expect(checkNewTicket({ ...draft, owner: "Zhao" }, { ...choices, owners: [] })).toBeNull();
    expect(checkNewTicket({ ...draft, summary: " " }, choices)).toBe("needSummary");
    expect(checkCloseTicket({ resolvedOn: 45500, satisfaction: 5 }, 45500)).toBeNull();
    expect(checkCloseTicket({ resolvedOn: 45499, satisfaction: null }, 45500)).toBe("beforeOpened");
    expect(checkCloseTicket({ resolvedOn: undefined, satisfaction: null }, 45500)).toBe("badDate");
    expect(checkCloseTicket({ resolvedOn: 45500, satisfaction: 6 }, 45500)).toBe("badSatisfaction");
  });

  it("continue the table's TicketID pattern", () => {
    expect(nextTicketId([])).toBe("T-0001");
    expect(nextTicketId(["T-0007", "", "T-0002"])).toBe("T-0008");
    expect(nextTicketId(["GD-12"])).toBe("GD-13");
  });
});
