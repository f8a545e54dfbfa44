/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { CustomersView } from "@taskpane/customers/CustomersView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";
import { table } from "./tableData";

// Rendering the profile card with its follow-up form takes seconds on a loaded machine.
jest.setTimeout(30_000);

stubResizeObserver();

const today = 45500;

const workbook: CustomerWorkbook = {
  language: "en-US",
  tables: {
    Customers: table("Customers", [
      {
        CustomerID: "C1",
        Company: "Acme",
        Name: "Ann",
        Owner: "Wang",
        Tier: "C",
        LastContact: 45480,
        Status: "Active",
      },
      { CustomerID: "C2", Company: "Birch", Name: "Bo", Owner: "Li", Tier: "A", LastContact: 45400, Status: "Active" },
      { CustomerID: "C3", Company: "Cedar", Name: "Cy", Owner: "", Tier: "B", Status: "Pool" },
    ]),
    Deals: table("Deals", [
      { DealID: "D1", Customer: "Acme", Stage: "Won", Amount: 900, ClosedOn: 45450 },
      { DealID: "D2", Customer: "Birch", Stage: "Won", Amount: 100, ClosedOn: 45300 },
    ]),
    Activities: table("Activities", [
      { Date: 45480, Customer: "Acme", Owner: "Wang", Method: "Call", Summary: "renewal", Satisfaction: 5 },
      { Date: 45400, Customer: "Birch", Owner: "Li", Method: "Visit", Summary: "visit", Satisfaction: 3 },
    ]),
    Team: table("Team", [{ Rep: "Wang" }, { Rep: "Li" }]),
  },
  cadenceRows: [
    ["A", 14],
    ["B", 30],
    ["C", 90],
  ],
};

function serviceWith(overrides: Record<string, unknown> = {}) {
  const customers = {
    read: jest.fn(async () => ({ ok: true as const, value: workbook })),
    today: () => today,
    selectedRow: jest.fn(async () => ({ ok: true as const, value: 0 })),
    onSelectionChanged: jest.fn(async () => ({
      ok: true as const,
      value: async () => ({ ok: true as const, value: undefined }),
    })),
    selectCustomer: jest.fn(async () => ({ ok: true as const, value: { sheet: "Customers", address: "A3:Q3" } })),
    logFollowUp: jest.fn(async () => ({
      ok: true as const,
      value: { row: 0, lastContactUpdated: true, lastContact: today, nextContact: today + 14 },
    })),
    writeTiers: jest.fn(async () => ({
      ok: true as const,
      value: { done: 3, total: 3, cancelled: false, addedRfmColumn: true, notWritten: [] },
    })),
    claim: jest.fn(async () => ({
      ok: true as const,
      value: { refused: { kind: "claim-limit" as const, rep: "Li", limit: 5, claimedToday: 5, allowed: 0 } },
    })),
    ...overrides,
  };
  return { service: fakeService({ customers } as never), customers };
}

describe("CustomersView", () => {
  it("shows the selected row's profile and logs a follow-up through the service", async () => {
    const { service, customers } = serviceWith();
    renderWithPane(<CustomersView />, service);
    fireEvent.click(await screen.findByRole("button", { name: "Use the selected row" }));
    const card = await screen.findByRole("region", { name: "Acme" });
    // The owner among the card's facts (the follow-up form offers the name too, as who made the contact).
    expect(within(card).getByText("Wang", { selector: "dd" })).toBeInTheDocument();
    // Tier C, last contact 45480 + 90 = 45570: 70 days ahead.
    expect(within(card).getByText(/in 70 days/)).toBeInTheDocument();

    fireEvent.click(within(card).getByRole("button", { name: "Log follow-up" }));
    expect(await screen.findByText("Write what was discussed.")).toBeInTheDocument();
    expect(customers.logFollowUp).not.toHaveBeenCalled();

    fireEvent.change(within(card).getByRole("textbox", { name: "What was discussed" }), { target: { value: "=sum" } });
    fireEvent.click(within(card).getByRole("button", { name: "Log follow-up" }));
    expect(await screen.findByText(/Logged\. Next contact in the sheet/)).toBeInTheDocument();
    expect(customers.logFollowUp).toHaveBeenCalledWith(
      expect.objectContaining({
        customer: { key: "CustomerID", value: "C1", row: 0, label: "Acme" },
        customerName: "Acme",
        date: today,
        summary: "=sum",
        method: "Call",
      }),
    );
    expect(customers.read).toHaveBeenCalledTimes(2);
  });

  it("lists the customer's service tickets on the profile, newest first", async () => {
    const tickets = table("Service", [
      {
        TicketID: "T-0001",
        Customer: "Acme",
        OpenedOn: 45400,
        Type: "Repair",
        Status: "Closed",
        ResolvedOn: 45403,
        Satisfaction: 4,
      },
      { TicketID: "T-0002", Customer: "Birch", OpenedOn: 45450, Type: "Training", Status: "Open" },
      {
        TicketID: "T-0003",
        Customer: "C1",
        OpenedOn: 45490,
        Type: "Complaint",
        Status: "Open",
        Summary: "Late delivery",
      },
    ]);
    const { service } = serviceWith({
      read: jest.fn(async () => ({
        ok: true as const,
        value: { ...workbook, service: { headers: tickets.headers, rows: tickets.rows } },
      })),
    });
    renderWithPane(<CustomersView />, service);
    fireEvent.click(await screen.findByRole("button", { name: "Use the selected row" }));
    const card = await screen.findByRole("region", { name: "Acme" });
    const list = within(card).getByRole("list", { name: "Service tickets" });
    // By CustomerID (C1) or company (Acme); Birch's ticket is not Acme's.
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "T-0003 · Complaint · Open · opened 2024-07-17 · Late delivery",
      "T-0001 · Repair · Closed · opened 2024-04-18 · resolved 2024-04-21 · satisfaction 4",
    ]);
  });

  it("previews tier moves and writes them only after confirmation", async () => {
    const { service, customers } = serviceWith();
    renderWithPane(<CustomersView />, service, "zh-CN");
    fireEvent.click(await screen.findByRole("tab", { name: "客户分级" }));
    // Revenue 900 and 100 of 1000: Acme A (C→A), Birch B (A→B), Cedar C (B→C).
    // RFM over the two buyers: Acme is more recent (3 = 1 + ⌊5·1/2⌋), same frequency (1), more money (3).
    expect(screen.getByText("3 位客户等级变化：升级 1，降级 2。")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "将等级写入工作表" }));
    expect(customers.writeTiers).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole("button", { name: "写入" }));
    expect(await screen.findByText("已为 3 位客户写入等级，并新增了 RFM 列。")).toBeInTheDocument();
    expect(customers.writeTiers).toHaveBeenCalledWith(
      { key: "CustomerID", identities: ["C1", "C2", "C3"], tiers: ["A", "B", "C"], rfm: ["313", "111", ""] },
      expect.anything(),
    );
  });

  it("warns, beside the success, of customers whose rows were gone when the tiers were written", async () => {
    const { service } = serviceWith({
      writeTiers: jest.fn(async () => ({
        ok: true as const,
        value: { done: 2, total: 3, cancelled: false, addedRfmColumn: false, notWritten: ["C3"] },
      })),
    });
    renderWithPane(<CustomersView />, service);
    fireEvent.click(await screen.findByRole("tab", { name: "Tiering" }));
    fireEvent.click(screen.getByRole("button", { name: "Write tiers to the sheet" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write" }));
    expect(await screen.findByText("Tiers written for 2 customers.")).toBeInTheDocument();
    expect(screen.getByText(/1 customers were not written: .*\(C3\)\. Refresh and tier again\./)).toBeInTheDocument();
  });

  it("lists overdue follow-ups by owner and selects the row on click", async () => {
    const { service, customers } = serviceWith();
    renderWithPane(<CustomersView />, service);
    fireEvent.click(await screen.findByRole("tab", { name: "Follow-ups" }));
    // Birch: tier A, 45400 + 14 = 45414 → 86 days overdue.
    const li = screen.getByRole("region", { name: "Li" });
    fireEvent.click(within(li).getByRole("button", { name: /Birch · A · 86 days overdue/ }));
    await waitFor(() =>
      expect(customers.selectCustomer).toHaveBeenCalledWith(expect.objectContaining({ value: "C2" })),
    );
  });

  it("says how long an overdue recycle candidate is past its date", async () => {
    const { service } = serviceWith();
    renderWithPane(<CustomersView />, service);
    fireEvent.click(await screen.findByRole("tab", { name: "Pool" }));
    const list = screen.getByRole("list", { name: "Recycle candidates" });
    const birch = within(list).getByRole("checkbox", { name: /^Birch/ });
    // Tier A, last contact 100 days ago against 45 days: 55 days overdue.
    expect(birch).toHaveAccessibleName("Birch · Li · A · Due · 55 days overdue · No follow-up");
  });

  it("shows the claim limit when the workbook refuses a claim", async () => {
    const { service, customers } = serviceWith();
    renderWithPane(<CustomersView />, service);
    fireEvent.click(await screen.findByRole("tab", { name: "Pool" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Cedar" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Claim as" }), { target: { value: "Li" } });
    fireEvent.click(screen.getByRole("button", { name: "Claim" }));
    expect(
      await screen.findByText("Li has claimed 5 today; the limit is 5 a day, so 0 more can be claimed."),
    ).toBeInTheDocument();
    expect(customers.claim).toHaveBeenCalledTimes(1);
  });

  it("shows CSAT and NPS by owner", async () => {
    const { service } = serviceWith();
    renderWithPane(<CustomersView />, service);
    fireEvent.click(await screen.findByRole("tab", { name: "Satisfaction" }));
    expect(screen.getByText("Overall: CSAT 50% · NPS 0.0 · 2 responses")).toBeInTheDocument();
    const byOwner = screen.getByRole("table", { name: "By owner" });
    expect(within(byOwner).getAllByRole("row")).toHaveLength(3);
  });

  it("shows a failed read in a MessageBar", async () => {
    const { service } = serviceWith({
      read: jest.fn(async () => ({
        ok: false as const,
        error: { kind: "office", code: "GeneralException", message: "Boom." },
      })),
    });
    renderWithPane(<CustomersView />, service);
    expect(await screen.findByRole("group", { name: "Excel reported an error" })).toBeInTheDocument();
  });

  it("names a required column the workbook lacks instead of showing the customers, in English and Chinese", async () => {
    const missingColumns = [{ table: "Customers" as const, key: "Owner", header: "Owner" }];
    const read = jest.fn(async () => ({ ok: true as const, value: { ...workbook, missingColumns } }));
    const english = renderWithPane(<CustomersView />, serviceWith({ read }).service);
    expect(await screen.findByText("Customers has no Owner column")).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    english.unmount();
    renderWithPane(<CustomersView />, serviceWith({ read }).service, "zh-CN");
    expect(await screen.findByText("客户档案表缺少 Owner 列")).toBeInTheDocument();
  });
});
