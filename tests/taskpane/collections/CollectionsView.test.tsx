/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { PaymentRecord } from "@core/receivables/paymentRecords";
import type { CollectionsWorkbook } from "@excel/collections/collectionsWorkbook";
import type { SelectedDeal } from "@excel/collections/readSelectedDeal";
import type { ExcelResult } from "@excel/excelFailure";
import type { PaneLanguage } from "@i18n/paneLanguage";
import { CollectionsView } from "@taskpane/collections/CollectionsView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { d, paymentRecord } from "../../core/receivables/paymentFixture";

jest.setTimeout(30_000);

const today = d(4, 15);

/** An installment due on 2026-04-01 (a fortnight before `today`) unless told otherwise. */
const record = (over: Partial<PaymentRecord>): PaymentRecord => paymentRecord({ dueDate: d(4, 1), ...over });

// Hand-computed on 2026-04-15: Acme owes 600 (1–30 days) and 900 (not due, this week);
// Beta 400 (61–90 days). Due to date 1000 + 400, received 400: rate 400 / 1400 = 28.6 %.
const workbook: CollectionsWorkbook = {
  language: "en-US",
  payments: [
    record({ row: 0, amountDue: 1000, received: 400, receivedOn: d(4, 2) }),
    record({ row: 1, installment: 2, dueDate: d(4, 17), amountDue: 900 }),
    record({
      row: 2,
      contractId: "HT-0002",
      dealId: "D-0002",
      customer: "Beta",
      owner: "Wang",
      dueDate: d(2, 1),
      amountDue: 400,
    }),
  ],
  paymentsPlace: { sheet: "Collections", headerRow: 0, firstColumn: 0, width: 12 },
  contractIds: ["HT-0001", "HT-0002"],
  wonDeals: [
    { dealId: "D-0001", customer: "Acme", owner: "Li", amount: 1900, closedOn: d(3, 1), hasContract: true },
    { dealId: "D-0009", customer: "Cody", owner: "Li", amount: 9000, closedOn: d(4, 10), hasContract: false },
  ],
  teams: [
    ["Li", "North"],
    ["Wang", "North"],
  ],
  missing: [],
};

function renderView(language: PaneLanguage = "en-US", selected: SelectedDeal | null = null) {
  const selection: { handler?: () => void } = {};
  const collections = {
    selectedDeal: jest.fn(async (): Promise<ExcelResult<SelectedDeal | null>> => ({ ok: true, value: selected })),
    onSelectionChanged: jest.fn(async (handler: () => void) => {
      selection.handler = handler;
      return { ok: true as const, value: async () => ({ ok: true as const, value: undefined }) };
    }),
    /** The user selecting another range in the grid: the view reads the selected deal again. */
    select: (deal: SelectedDeal | null) => {
      collections.selectedDeal.mockResolvedValue({ ok: true, value: deal });
      act(() => selection.handler?.());
    },
    read: jest.fn(async () => ({ ok: true as const, value: workbook })),
    writeContract: jest.fn(async () => ({
      ok: true as const,
      value: { kind: "written" as const, contractId: "HT-0003", installments: 3 },
    })),
    recordPayment: jest.fn(async () => ({ ok: true as const, value: { kind: "written" as const, split: true } })),
    recordSpreadPayment: jest.fn(async () => ({
      ok: true as const,
      value: { kind: "written" as const, installments: 2, split: true },
    })),
    selectPayment: jest.fn(async () => ({ ok: true as const, value: { sheet: "Collections", address: "A3:L3" } })),
    today: () => today,
  };
  renderWithPane(<CollectionsView />, fakeService({ collections } as never), language);
  return collections;
}

describe("the Collections area", () => {
  it("shows the aging, the collection rate and what falls due, as computed by hand", async () => {
    renderView();
    const total = await screen.findByRole("table", { name: "Outstanding" });
    expect(within(total).getAllByRole("row")[1].textContent).toBe("—1,90090060004000");
    const owners = screen.getByRole("table", { name: "By owner" });
    expect(
      within(owners)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual([
      "NameOutstandingNot yet due1–30 days31–60 days61–90 days90+ days",
      "Li1,500900600000",
      "Wang4000004000",
    ]);
    const rate = screen.getByRole("group", { name: "Collection rate to date" });
    expect(rate.textContent).toContain("Whole team: 28.6% (400 of 1,400 due)");
    expect(rate.textContent).toContain("North: 28.6% (400 of 1,400 due)");
    expect(rate.textContent).toContain("Li: 40% (400 of 1,000 due)");
    expect(screen.getByText("Beta: 400")).toBeInTheDocument();
    // Due this week and this month: the same installment, as a link in each list.
    expect(
      screen.getAllByRole("button", { name: "Acme · HT-0001 #2 · due 2026-04-17 · 900.00 outstanding" }),
    ).toHaveLength(2);
  });

  it("selects an installment's row when it is clicked", async () => {
    const collections = renderView();
    fireEvent.click(
      (await screen.findAllByRole("button", { name: "Acme · HT-0001 #2 · due 2026-04-17 · 900.00 outstanding" }))[0],
    );
    await waitFor(() => expect(collections.selectPayment).toHaveBeenCalledWith(1));
  });

  it("keeps a failed selected-deal read and a failed installment selection apart, each until its own retry works", async () => {
    const collections = renderView();
    const dealFailed = { kind: "office" as const, code: "GeneralException", message: "Could not read the selection." };
    const selectFailed = { kind: "not-found" as const, code: "ItemNotFound", message: "Payments is gone." };
    collections.selectedDeal.mockResolvedValue({ ok: false, error: dealFailed });
    act(() => void collections.onSelectionChanged.mock.calls[0]?.[0]());
    expect(await screen.findByText("Could not read the selection.")).toBeInTheDocument();

    collections.selectPayment.mockResolvedValueOnce({ ok: false, error: selectFailed } as never);
    fireEvent.click(
      (await screen.findAllByRole("button", { name: "Acme · HT-0001 #2 · due 2026-04-17 · 900.00 outstanding" }))[0],
    );
    expect(await screen.findByText("Payments is gone.")).toBeInTheDocument();
    expect(screen.getByText("Could not read the selection.")).toBeInTheDocument();

    // The grid's selection moves and the deal reads again: only its own failure goes.
    collections.select(null);
    await waitFor(() => expect(screen.queryByText("Could not read the selection.")).not.toBeInTheDocument());
    expect(screen.getByText("Payments is gone.")).toBeInTheDocument();
  });

  it("records a partial payment on the installment picked", async () => {
    const collections = renderView();
    const form = await screen.findByRole("region", { name: "Record a payment" });
    fireEvent.change(within(form).getByRole("combobox", { name: "Installment" }), { target: { value: "0" } });
    const amount = within(form).getByRole("textbox", { name: "Amount received" });
    expect((amount as HTMLInputElement).value).toBe("600");
    fireEvent.change(amount, { target: { value: "250" } });
    fireEvent.click(within(form).getByRole("button", { name: "Record payment" }));
    await waitFor(() =>
      expect(collections.recordPayment).toHaveBeenCalledWith(workbook.payments[0], 250, today, "Bank transfer"),
    );
    expect(
      await screen.findByText("Payment recorded; the rest of the installment stays due on the same date."),
    ).toBeInTheDocument();
  });

  it("spreads a customer's payment over its installments, oldest due first, showing the allocation before writing", async () => {
    const collections = renderView();
    const form = await screen.findByRole("region", { name: "Record a payment" });
    fireEvent.click(within(form).getByRole("radio", { name: "A customer, oldest due first" }));
    const customer = within(form).getByRole("combobox", { name: "Customer" });
    expect(
      within(customer)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual([
      "Choose a customer with something outstanding",
      "Acme · 1,500.00 outstanding",
      "Beta · 400.00 outstanding",
    ]);
    fireEvent.change(customer, { target: { value: "Acme" } });
    const amount = within(form).getByRole("textbox", { name: "Amount received" });
    expect((amount as HTMLInputElement).value).toBe("1500");

    // More than Acme owes in all: said, and nothing can be recorded.
    fireEvent.change(amount, { target: { value: "1500.01" } });
    expect(within(form).getByRole("alert").textContent).toBe(
      "Only 1,500.00 is outstanding in all. Record what is owed; for more, add the contract or installment first.",
    );
    expect(within(form).getByRole("button", { name: "Record payment" })).toBeDisabled();

    // 800: the 600 left on #1 (due 04-01) first, then 200 of #2's 900.
    fireEvent.change(amount, { target: { value: "800" } });
    const allocation = within(form).getByRole("region", { name: "How it is applied" });
    expect(
      within(allocation)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["HT-0001 #1 · due 2026-04-01 · 600.00, paid", "HT-0001 #2 · due 2026-04-17 · 200.00, 700.00 stays due"]);
    fireEvent.click(within(form).getByRole("button", { name: "Record payment" }));
    await waitFor(() =>
      expect(collections.recordSpreadPayment).toHaveBeenCalledWith(
        { kind: "customer", key: "Acme" },
        [workbook.payments[0], workbook.payments[1]],
        800,
        today,
        "Bank transfer",
      ),
    );
    expect(
      await screen.findByText(
        "Payment recorded on 2 installments, oldest due first; the rest of the last one stays due on its date.",
      ),
    ).toBeInTheDocument();
    expect(collections.recordPayment).not.toHaveBeenCalled();
  });

  it("says so when a deal's installments changed in the workbook since they were read", async () => {
    const collections = renderView();
    collections.recordSpreadPayment.mockResolvedValueOnce({ ok: true, value: { kind: "rows-changed" } } as never);
    const form = await screen.findByRole("region", { name: "Record a payment" });
    fireEvent.click(within(form).getByRole("radio", { name: "A deal, oldest due first" }));
    fireEvent.change(within(form).getByRole("combobox", { name: "Deal" }), { target: { value: "D-0002" } });
    fireEvent.click(within(form).getByRole("button", { name: "Record payment" }));
    expect(
      await screen.findByText(
        "These installments changed in the workbook. Refresh and try again; nothing was written.",
      ),
    ).toBeInTheDocument();
    expect(collections.recordSpreadPayment).toHaveBeenCalledWith(
      { kind: "deal", key: "D-0002" },
      [workbook.payments[2]],
      400,
      today,
      "Bank transfer",
    );
  });

  it("writes a three-installment contract for a won deal without one, amounts exact to the cent", async () => {
    const collections = renderView();
    const form = await screen.findByRole("region", { name: "New contract" });
    fireEvent.change(within(form).getByRole("combobox", { name: "Won deal" }), { target: { value: "D-0009" } });
    expect((within(form).getByRole("textbox", { name: "Contract number" }) as HTMLInputElement).value).toBe("HT-0003");
    expect((within(form).getByRole("textbox", { name: "Amount" }) as HTMLInputElement).value).toBe("9000");
    fireEvent.click(within(form).getByRole("radio", { name: "Equal monthly installments" }));
    fireEvent.change(within(form).getByRole("textbox", { name: "Amount" }), { target: { value: "1000" } });
    expect(within(form).getByText("#1: 333.34; #2: 333.33; #3: 333.33")).toBeInTheDocument();
    fireEvent.click(within(form).getByRole("button", { name: "Write contract" }));
    await waitFor(() => expect(collections.writeContract).toHaveBeenCalledTimes(1));
    const draft = (collections.writeContract.mock.calls as unknown as [{ lines: { dueDate: number }[] }][])[0][0];
    expect(draft).toMatchObject({ contractId: "HT-0003", dealId: "D-0009", customer: "Cody", amount: 1000 });
    expect(draft.lines.map((line) => line.dueDate)).toEqual([d(5, 15), d(6, 15), d(7, 15)]);
    expect(await screen.findByText("Contract HT-0003 written with 3 installments in Payments.")).toBeInTheDocument();
  });

  it("starts the contract form from the won deal selected in the grid", async () => {
    renderView("en-US", { row: 8, dealId: "d-0009" });
    const form = await screen.findByRole("region", { name: "New contract" });
    await waitFor(() => expect(within(form).getByRole("combobox", { name: "Won deal" })).toHaveValue("D-0009"));
    expect(within(form).getByRole("textbox", { name: "Amount" })).toHaveValue("9000");
    expect(within(form).getByText("Started from the selected row: D-0009.")).toBeInTheDocument();
    expect(within(form).queryByRole("status")).not.toBeInTheDocument();
  });

  it("says why a selected deal gets no contract, the picker staying, and follows the selection", async () => {
    const collections = renderView("en-US", { row: 3, dealId: "D-0005" });
    const form = await screen.findByRole("region", { name: "New contract" });
    expect(await within(form).findByRole("status")).toHaveTextContent(
      "The selected deal D-0005 is not won: a contract is for a won deal. Choose one below, or select a won deal's row.",
    );
    const picker = within(form).getByRole("combobox", { name: "Won deal" });
    expect(picker).toHaveValue("");

    collections.select({ row: 0, dealId: "D-0001" });
    await waitFor(() =>
      expect(within(form).getByRole("status")).toHaveTextContent(
        "The selected deal D-0001 already has a contract in Contracts.",
      ),
    );
    expect(picker).toHaveValue("");
    // The manager picks from the list meanwhile; a selection outside Deals leaves the pick alone.
    fireEvent.change(picker, { target: { value: "D-0009" } });
    collections.select(null);
    await waitFor(() => expect(within(form).queryByRole("status")).not.toBeInTheDocument());
    expect(picker).toHaveValue("D-0009");

    collections.select({ row: 8, dealId: "D-0009" });
    expect(await within(form).findByText("Started from the selected row: D-0009.")).toBeInTheDocument();
    expect(collections.selectedDeal).toHaveBeenCalledTimes(4);
  });

  it("picks the selected deal once it is won in the grid, its row still selected", async () => {
    const collections = renderView("en-US", { row: 3, dealId: "D-0005" });
    const form = await screen.findByRole("region", { name: "New contract" });
    expect(await within(form).findByRole("status")).toHaveTextContent("The selected deal D-0005 is not won");
    // Deals changed (the Stage typed Won): the area reads the workbook again.
    const won = { dealId: "D-0005", customer: "Dune", owner: "Wang", amount: 500, closedOn: today, hasContract: false };
    collections.read.mockResolvedValue({ ok: true, value: { ...workbook, wonDeals: [...workbook.wonDeals, won] } });
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(within(form).getByRole("combobox", { name: "Won deal" })).toHaveValue("D-0005"));
    expect(within(form).getByRole("textbox", { name: "Amount" })).toHaveValue("500");
    expect(within(form).queryByRole("status")).not.toBeInTheDocument();
  });

  it("speaks Chinese", async () => {
    renderView("zh-CN");
    expect(await screen.findByRole("table", { name: "按负责人" })).toBeInTheDocument();
    expect(
      screen.getAllByRole("button", { name: "Acme · HT-0001 第2期 · 2026-04-17 到期 · 未回 900.00" }),
    ).toHaveLength(2);
    expect(screen.getByRole("group", { name: "截至今日回款率" }).textContent).toContain(
      "28.6%（应收 1,400，已回 400）",
    );
  });

  it("says in Chinese why the selected deal gets no contract", async () => {
    renderView("zh-CN", { row: 0, dealId: "D-0001" });
    const form = await screen.findByRole("region", { name: "新建合同" });
    expect(await within(form).findByRole("status")).toHaveTextContent("所选商机D-0001在合同表中已有合同。");
  });
});
