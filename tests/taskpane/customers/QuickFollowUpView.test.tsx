/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { requestPaneRoute } from "@taskpane/paneRouting";
import type { SelectedRecord } from "@core/customers/followUpTarget";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { initI18n } from "@i18n/initI18n";
import { QuickFollowUpView } from "@taskpane/customers/QuickFollowUpView";
import { Pane } from "@taskpane/Pane";
import { fakeService, statusWith } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";
import { table } from "./tableData";

// The form renders Fluent's selects and a textarea: seconds on a loaded machine.
jest.setTimeout(30_000);

stubResizeObserver();

const today = 45500;

const workbook: CustomerWorkbook = {
  language: "en-US",
  tables: {
    Customers: table("Customers", [
      { CustomerID: "C1", Company: "Acme", Owner: "Wang", Tier: "C", LastContact: 45480, Status: "Active" },
      { CustomerID: "C2", Company: "Birch", Owner: "Li", Tier: "A", LastContact: 45400, Status: "Active" },
    ]),
    Deals: table("Deals", [
      { DealID: "D1", Customer: "Acme", Stage: "Won", Amount: 900, ClosedOn: 45450 },
      { DealID: "D2", Customer: "Birch", Stage: "Proposal", Amount: 100, Created: 45300 },
      { DealID: "D3", Customer: "Birch", Stage: "Negotiation", Amount: 300, Created: 45350 },
      { DealID: "D4", Customer: "Nobody Ltd", Stage: "Proposal", Amount: 50, Created: 45350 },
    ]),
    Activities: table("Activities", []),
    Team: table("Team", [{ Rep: "Wang" }, { Rep: "Li" }]),
  },
  cadenceRows: [
    ["A", 14],
    ["B", 30],
    ["C", 90],
  ],
};

/** A service whose selection is each given record in turn (the last one repeats). */
function serviceWith(...selections: (SelectedRecord | null)[]) {
  let call = 0;
  const customers = {
    read: jest.fn(async () => ({ ok: true as const, value: workbook })),
    today: () => today,
    selectedRecord: jest.fn(async () => ({
      ok: true as const,
      value: selections[Math.min(call++, selections.length - 1)],
    })),
    logFollowUp: jest.fn(async () => ({
      ok: true as const,
      value: { row: 1, lastContactUpdated: true, lastContact: today, nextContact: today + 14 },
    })),
  };
  return { service: fakeService({ customers } as never), customers, operations: { customers } };
}

describe("the ribbon's quick follow-up form", () => {
  it("from a Deals row: the deal's customer, that deal linked, and only method, summary, next contact and deal", async () => {
    const { service, customers } = serviceWith({ table: "Deals", row: 2 });
    renderWithPane(<QuickFollowUpView requestKey={1} onClose={() => undefined} />, service);
    expect(await screen.findByText("Customer: Birch")).toBeInTheDocument();
    const form = screen.getByRole("form", { name: "Log a follow-up" });
    expect(within(form).getByRole("combobox", { name: "About the deal (optional)" })).toHaveValue("D3");
    expect(within(form).queryByLabelText("Date")).toBeNull();
    expect(within(form).queryByRole("combobox", { name: /Who made the contact/ })).toBeNull();
    expect(within(form).queryByRole("combobox", { name: /Satisfaction/ })).toBeNull();

    fireEvent.change(within(form).getByRole("textbox", { name: "What was discussed" }), {
      target: { value: "Pricing call" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Log follow-up" }));
    await waitFor(() => expect(customers.logFollowUp).toHaveBeenCalledTimes(1));
    expect(customers.logFollowUp).toHaveBeenCalledWith(
      expect.objectContaining({
        customerName: "Birch",
        date: today,
        owner: "Li",
        method: "Call",
        summary: "Pricing call",
        dealId: "D3",
        nextContact: null,
        satisfaction: null,
      }),
    );
    expect(await within(form).findByText(/Logged/)).toBeInTheDocument();
  });

  it("from a Customers row: that customer and no deal; elsewhere it says what to select, and reads again on request", async () => {
    const { service, customers } = serviceWith(null, { table: "Customers", row: 0 });
    renderWithPane(<QuickFollowUpView requestKey={1} onClose={() => undefined} />, service);
    expect(await screen.findByText(/Select a row of the Customers or Deals table/)).toBeInTheDocument();
    expect(screen.queryByRole("form")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Use selected row" }));
    expect(await screen.findByText("Customer: Acme")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "About the deal (optional)" })).toHaveValue("");
    expect(customers.selectedRecord).toHaveBeenCalledTimes(2);
  });

  it("from a closed deal's row: its customer, no deal linked (only open deals can be)", async () => {
    const { service } = serviceWith({ table: "Deals", row: 0 });
    renderWithPane(<QuickFollowUpView requestKey={1} onClose={() => undefined} />, service);
    expect(await screen.findByText("Customer: Acme")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "About the deal (optional)" })).toHaveValue("");
    expect(screen.queryByText(/is linked/)).toBeNull();
  });

  it("names a deal whose customer is not in Customers (in Chinese)", async () => {
    const { service } = serviceWith({ table: "Deals", row: 3 });
    renderWithPane(<QuickFollowUpView requestKey={1} onClose={() => undefined} />, service, "zh-CN");
    expect(await screen.findByText("所选行的商机对应的客户不在客户表中。")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "记录跟进" })).toBeInTheDocument();
  });
});

describe("the pane follows the ribbon", () => {
  it("opens the quick form for a request left before it mounted, then an area the ribbon asks for", async () => {
    const { operations } = serviceWith({ table: "Customers", row: 1 });
    const readWorkbookStatus = jest.fn(async () => ({
      ok: true as const,
      value: statusWith({ Stages: { sheet: "Setup", rowCount: 7 } }),
    }));
    requestPaneRoute(window, { kind: "followUp" });
    render(<Pane i18n={initI18n("en-US")} service={fakeService({ ...operations, readWorkbookStatus } as never)} />);
    expect(await screen.findByText("Customer: Birch")).toBeInTheDocument();

    requestPaneRoute(window, { kind: "area", areaId: "workbook" });
    expect(await screen.findByRole("heading", { name: "Workbook status" })).toBeInTheDocument();
    expect(screen.queryByText("Customer: Birch")).toBeNull();
    expect(screen.getByRole("tab", { name: "Workbook", selected: true })).toBeInTheDocument();
  });
});
