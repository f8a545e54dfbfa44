/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { PagedDealTable, type ListedDeal } from "@taskpane/shared/PagedDealTable";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

type Deal = ListedDeal & { readonly stage: string };

const deal = (n: number, amount: number): Deal => ({
  row: n - 1,
  dealId: `D${n}`,
  customer: `Customer ${n}`,
  owner: n % 2 === 0 ? "Lee" : "Zhao",
  amount,
  stage: "Proposal",
});

function renderTable(deals: readonly Deal[], onSelectDeal = jest.fn()) {
  renderWithPane(
    <PagedDealTable
      deals={deals}
      label="Stale deals"
      caption="Deals stuck"
      headers={{ deal: "Deal", owner: "Owner", amount: "Amount" }}
      detail={{ header: "Stage", render: (d) => d.stage }}
      selectLabel={(d) => `Select ${d.dealId} (${d.customer})`}
      onSelectDeal={onSelectDeal}
    />,
    fakeService({}),
  );
  return onSelectDeal;
}

describe("PagedDealTable", () => {
  it("lists a page of deals with their columns and selects one's row when clicked", () => {
    const onSelectDeal = renderTable(Array.from({ length: 60 }, (_, i) => deal(i + 1, 1000 * (i + 1))));
    const table = screen.getByRole("table", { name: "Deals stuck" });
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(["Deal", "Owner", "Stage", "Amount"]);
    expect(within(table).getAllByRole("row")).toHaveLength(51); // the header and one page of 50
    const third = within(table).getByRole("row", { name: /D3 Customer 3/ });
    expect(within(third).getByText("Zhao")).toBeInTheDocument();
    expect(within(third).getByText("3,000")).toBeInTheDocument();
    fireEvent.click(within(table).getByRole("button", { name: "Select D3 (Customer 3)" }));
    expect(onSelectDeal).toHaveBeenCalledWith(expect.objectContaining({ dealId: "D3", row: 2 }));
    const pages = screen.getByRole("navigation", { name: "Pages of Stale deals" });
    expect(within(pages).getByText("1–50 of 60")).toBeInTheDocument();
    fireEvent.click(within(pages).getByRole("button", { name: "Next page" }));
    expect(within(screen.getByRole("table", { name: "Deals stuck" })).getAllByRole("row")).toHaveLength(11);
  });

  it("shows cents on a page only where its amounts have them", () => {
    renderTable([deal(1, 1200), deal(2, 80.5)]);
    const table = screen.getByRole("table", { name: "Deals stuck" });
    expect(within(table).getByText("1,200.00")).toBeInTheDocument();
    expect(within(table).getByText("80.50")).toBeInTheDocument();
  });
});
