/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { serialFromDate } from "@core/cells/parseDate";
import { serviceData } from "@core/service/serviceData";
import { fixedRows } from "@core/setup/tableRows";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "@excel/excelFailure";
import type { TicketClosed } from "@excel/service/closeTicket";
import type { TicketOpened } from "@excel/service/openTicket";
import type { ServiceWorkbook } from "@excel/service/serviceWorkbook";
import { ServiceView } from "@taskpane/service/ServiceView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";

jest.setTimeout(30_000);
stubResizeObserver();

const today = serialFromDate(2026, 7, 20);

/** A Service table row in the schema's column order. */
function ticketRow(fields: Record<string, string | number>): (string | number)[] {
  return tableHeaders("Service", "en-US").map((key) => fields[key] ?? "");
}

function workbookIn(language: WorkbookLanguage, extra: (string | number)[][] = []): ServiceWorkbook {
  const zh = language === "zh-CN";
  const rows = [
    ...extra,
    // Repair, High: 1 day. Opened 10 days ago: late since 9 days.
    ticketRow({
      TicketID: "T-0001",
      Customer: "Acme",
      OpenedOn: today - 10,
      Type: zh ? "维修" : "Repair",
      Owner: "Li",
      Priority: zh ? "高" : "High",
      Status: zh ? "待处理" : "Open",
    }),
    // Training, Low: 14 days. Opened 2 days ago: on time.
    ticketRow({
      TicketID: "T-0002",
      Customer: "Birch",
      OpenedOn: today - 2,
      Type: zh ? "培训" : "Training",
      Owner: "Wang",
      Priority: zh ? "低" : "Low",
      Status: zh ? "处理中" : "In progress",
    }),
    // Closed: Repair 3 and 5 days; CSAT 4 and 5.
    ticketRow({
      TicketID: "T-0003",
      Customer: "Acme",
      OpenedOn: today - 40,
      Type: zh ? "维修" : "Repair",
      Owner: "Li",
      Priority: zh ? "中" : "Medium",
      Status: zh ? "已关闭" : "Closed",
      ResolvedOn: today - 37,
      Satisfaction: 4,
    }),
    ticketRow({
      TicketID: "T-0004",
      Customer: "Birch",
      OpenedOn: today - 30,
      Type: zh ? "维修" : "Repair",
      Owner: "Wang",
      Priority: zh ? "中" : "Medium",
      Status: zh ? "已关闭" : "Closed",
      ResolvedOn: today - 25,
      Satisfaction: 5,
    }),
  ];
  const customers = tableHeaders("Customers", "en-US");
  const customer = (id: string, company: string, owner: string, tier: string) =>
    customers.map((key) => ({ CustomerID: id, Company: company, Owner: owner, Tier: tier })[key] ?? "");
  const deals = tableHeaders("Deals", "en-US");
  const deal = (id: string, company: string) =>
    deals.map((key) => ({ DealID: id, Customer: company, Stage: "Won", Amount: 1000 })[key] ?? "");
  const table = (name: "Customers" | "Deals" | "Team", tableRows: (string | number)[][]) => ({
    headers: tableHeaders(name, "en-US"),
    columns: columnIndex(name, tableHeaders(name, "en-US")),
    rows: tableRows,
  });
  return {
    language,
    serviceTable: { sheet: zh ? "售后服务" : "Service", headerRow: 0, firstColumn: 0, lastColumn: 11 },
    data: serviceData({
      Service: { headers: tableHeaders("Service", "en-US"), rows },
      ServiceLevels: { headers: tableHeaders("ServiceLevels", language), rows: fixedRows("ServiceLevels", language) },
      Customers: table("Customers", [customer("C-1", "Acme", "Li", "A"), customer("C-2", "Birch", "Wang", "B")]),
      Deals: table("Deals", [deal("D-0007", "Birch")]),
      Team: table(
        "Team",
        [["Li"], ["Wang"]].map(([rep]) => tableHeaders("Team", "en-US").map((k) => (k === "Rep" ? rep : ""))),
      ),
    }),
  };
}

function serviceWith(language: WorkbookLanguage = "en-US", extra: (string | number)[][] = []) {
  const workbook = workbookIn(language, extra);
  const read = jest.fn(async (): Promise<ExcelResult<ServiceWorkbook>> => ({ ok: true, value: workbook }));
  const select = jest.fn(async (): Promise<ExcelResult<void>> => ({ ok: true, value: undefined }));
  const openTicket = jest.fn(async (): Promise<ExcelResult<TicketOpened>> => ({
    ok: true,
    value: { ticketId: "T-0005", alreadyThere: false },
  }));
  const closeTicket = jest.fn(async (): Promise<ExcelResult<TicketClosed>> => ({
    ok: true,
    value: {
      ticketId: "T-0001",
      customer: "Acme",
      returnVisit: { due: today + 14, days: 14, reason: "tier" },
      visitAdded: true,
      lastContactMoved: true,
    },
  }));
  return {
    read,
    select,
    openTicket,
    closeTicket,
    service: fakeService({ service: { read, select, openTicket, closeTicket, today: () => today } }),
  };
}

describe("ServiceView", () => {
  it("lists open tickets by owner against their service level, the late one marked, and averages by type and owner", async () => {
    const { service } = serviceWith();
    renderWithPane(<ServiceView />, service);
    expect(await screen.findByText("2 open tickets, 1 past their service level")).toBeInTheDocument();
    const li = screen.getByRole("region", { name: "Li" });
    expect(within(li).getByText("Li: 1 open, 1 late")).toBeInTheDocument();
    expect(within(li).getByText("Late")).toBeInTheDocument();
    expect(within(li).getByText("Repair, High · open 10 d of 1 d · due 2026-07-11")).toBeInTheDocument();
    const wang = screen.getByRole("region", { name: "Wang" });
    expect(within(wang).queryByText("Late")).not.toBeInTheDocument();
    expect(within(wang).getByText("Training, Low · open 2 d of 14 d · due 2026-08-01")).toBeInTheDocument();

    const resolution = screen.getByRole("table", { name: "Average days from opened to resolved, by ticket type" });
    expect(within(resolution).getByRole("row", { name: /Repair 2 4\.0/ })).toBeInTheDocument();
    const byOwner = screen.getByRole("table", { name: "Average satisfaction of closed tickets by owner" });
    expect(within(byOwner).getByRole("row", { name: /Li 1 4\.0/ })).toBeInTheDocument();
    expect(within(byOwner).getByRole("row", { name: /Wang 1 5\.0/ })).toBeInTheDocument();
  });

  it("shows the open tickets a page at a time, an owner's heading counting all of the owner's tickets", async () => {
    // 58 more open training tickets of Zhao, each opened a day apart (none late: 14 days, the
    // oldest 13 days): with Li's and Wang's, 60 open tickets over two pages of 50.
    const extra = Array.from({ length: 58 }, (_, i) =>
      ticketRow({
        TicketID: `T-${String(100 + i)}`,
        Customer: `Customer ${String(i)}`,
        OpenedOn: today - (i % 14),
        Type: "Training",
        Owner: "Zhao",
        Priority: "Low",
        Status: "Open",
      }),
    );
    const { service } = serviceWith("en-US", extra);
    renderWithPane(<ServiceView />, service);
    expect(await screen.findByText("60 open tickets, 1 past their service level")).toBeInTheDocument();
    const pages = screen.getByRole("navigation", { name: "Pages of Open tickets by owner" });
    expect(within(pages).getByText("1–50 of 60")).toBeInTheDocument();
    const shownOn = () => screen.getAllByRole("button", { name: /^Select T-/ }).length;
    expect(shownOn()).toBe(50);
    expect(screen.getByRole("region", { name: "Li" })).toBeInTheDocument();
    const zhao = screen.getByRole("region", { name: "Zhao" });
    expect(within(zhao).getByText("Zhao: 58 open, 0 late")).toBeInTheDocument();

    fireEvent.click(within(pages).getByRole("button", { name: "Next page" }));
    expect(await within(pages).findByText("51–60 of 60")).toBeInTheDocument();
    expect(shownOn()).toBe(10);
    expect(screen.queryByRole("region", { name: "Li" })).not.toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "Zhao" })).getByText("Zhao: 58 open, 0 late")).toBeInTheDocument();
  });

  it("selects a ticket's row in the Service table when clicked", async () => {
    const { service, select } = serviceWith();
    renderWithPane(<ServiceView />, service);
    fireEvent.click(await screen.findByRole("button", { name: "Select T-0002 in the Service table" }));
    await waitFor(() => expect(select).toHaveBeenCalledWith("Service", "A3:L3"));
  });

  it("closes a ticket after checking it, says when the 回访 is due, and reads the workbook again", async () => {
    const { service, closeTicket, read } = serviceWith();
    renderWithPane(<ServiceView />, service);
    fireEvent.click(await screen.findByRole("button", { name: "Close T-0001" }));
    const form = screen.getByRole("form", { name: "Close T-0001" });
    fireEvent.change(within(form).getByLabelText("Resolved on"), { target: { value: "2026-07-01" } });
    fireEvent.click(within(form).getByRole("button", { name: "Close ticket" }));
    expect(
      await within(form).findByText("It cannot be resolved before it was opened (2026-07-10)."),
    ).toBeInTheDocument();
    expect(closeTicket).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByLabelText("Resolved on"), { target: { value: "2026-07-20" } });
    fireEvent.change(within(form).getByRole("combobox", { name: "Satisfaction (1–5)" }), { target: { value: "4" } });
    fireEvent.click(within(form).getByRole("button", { name: "Close ticket" }));
    expect(
      await screen.findByText(
        "T-0001 closed. Return visit (回访) planned for 2026-08-03 in Follow-ups: after the tier's cadence of 14 days.",
      ),
    ).toBeInTheDocument();
    expect(closeTicket).toHaveBeenCalledWith({ ticketId: "T-0001", row: 0, resolvedOn: today, satisfaction: 4 });
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
  });

  it("opens a ticket for a customer picked from Customers, its owner by default, refusing one without a summary", async () => {
    const { service, openTicket } = serviceWith();
    renderWithPane(<ServiceView />, service);
    const form = await screen.findByRole("form", { name: "Open a ticket" });
    fireEvent.click(within(form).getByRole("button", { name: "Open ticket" }));
    expect(await within(form).findByText("Choose a customer from the Customers table.")).toBeInTheDocument();

    fireEvent.change(within(form).getByRole("combobox", { name: "Customer" }), { target: { value: "1" } });
    expect(within(form).getByRole("combobox", { name: "Owner" })).toHaveValue("Wang");
    fireEvent.change(within(form).getByRole("combobox", { name: "Deal" }), { target: { value: "D-0007" } });
    fireEvent.change(within(form).getByRole("combobox", { name: "Type" }), { target: { value: "Complaint" } });
    fireEvent.click(within(form).getByRole("button", { name: "Open ticket" }));
    expect(await within(form).findByText("Say what the ticket is about.")).toBeInTheDocument();
    expect(openTicket).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByRole("textbox", { name: "Summary" }), { target: { value: "Late delivery" } });
    fireEvent.click(within(form).getByRole("button", { name: "Open ticket" }));
    expect(await screen.findByText("T-0005 opened for Birch.")).toBeInTheDocument();
    expect(openTicket).toHaveBeenCalledWith({
      customer: "Birch",
      dealId: "D-0007",
      openedOn: today,
      type: "Complaint",
      priority: "Medium",
      owner: "Wang",
      summary: "Late delivery",
    });
  });

  it("speaks Chinese, with the workbook's types and priorities", async () => {
    const { service } = serviceWith("zh-CN");
    renderWithPane(<ServiceView />, service, "zh-CN");
    expect(await screen.findByRole("heading", { name: "售后服务" })).toBeInTheDocument();
    expect(await screen.findByText("未结工单2个，其中1个已超期")).toBeInTheDocument();
    expect(screen.getByText("维修，高 · 已处理10天/时限1天 · 期限2026-07-11")).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "新建工单" });
    expect(
      within(within(form).getByRole("combobox", { name: "工单类型" }))
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["安装", "培训", "维修", "投诉", "咨询"]);
    const resolution = screen.getByRole("table", { name: "按工单类型统计从创建到解决的平均天数" });
    expect(within(resolution).getByRole("row", { name: /维修 2 4\.0/ })).toBeInTheDocument();
  });
});
