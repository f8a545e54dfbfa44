/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Cell } from "@core/cells/cell";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import type { TableData } from "@excel/tables/readTables";
import { CustomersView } from "@taskpane/customers/CustomersView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";

stubResizeObserver();

jest.setTimeout(120_000);

const today = 45500;
const COUNT = 100_000;
const reps = ["Wang", "Li", "Zhao", "Chen"];
const tiers = ["A", "B", "C"];

/**
 * Customer i: every tenth in the pool, the others owned round the reps, tiers A, B, C in turn,
 * last contacted 200 to 249 days ago — every active customer is overdue for a follow-up (the
 * longest cadence is 90 days) and due back to the pool (the longest limit is 180 days).
 */
const pooled = (i: number) => i % 10 === 9;
const ownerOf = (i: number) => (pooled(i) ? "" : reps[i % 4]);
const tierOf = (i: number) => tiers[i % 3];

function table(name: TableName, rows: Cell[][]): TableData {
  const headers = tableHeaders(name, "en-US");
  return {
    name,
    sheet: name,
    address: "A1",
    headerRow: 0,
    firstColumn: 0,
    headers,
    columns: columnIndex(name, headers),
    rows,
  };
}

function bigWorkbook(): CustomerWorkbook {
  const headers = tableHeaders("Customers", "en-US");
  const rows = Array.from({ length: COUNT }, (_, i) => {
    const record: Record<string, Cell> = {
      CustomerID: `C${i}`,
      Company: `Co ${i}`,
      Owner: ownerOf(i),
      Tier: tierOf(i),
      LastContact: today - 200 - (i % 50),
      Status: pooled(i) ? "Pool" : "Active",
    };
    return headers.map((h) => record[h] ?? "");
  });
  const dealHeaders = tableHeaders("Deals", "en-US");
  const deals = Array.from({ length: 100 }, (_, i) => {
    const record: Record<string, Cell> = {
      DealID: `D${i}`,
      Customer: `Co ${i}`,
      Stage: "Won",
      Amount: 100 + i,
      ClosedOn: today - 10,
    };
    return dealHeaders.map((h) => record[h] ?? "");
  });
  return {
    language: "en-US",
    tables: {
      Customers: { ...table("Customers", []), rows },
      Deals: { ...table("Deals", []), rows: deals },
      Activities: table("Activities", []),
      Team: table(
        "Team",
        reps.map((rep) => tableHeaders("Team", "en-US").map((h) => (h === "Rep" ? rep : ""))),
      ),
    },
    cadenceRows: [
      ["A", 14],
      ["B", 30],
      ["C", 90],
    ],
  };
}

const workbook = bigWorkbook();
const count = (keep: (i: number) => boolean) => Array.from({ length: COUNT }, (_, i) => i).filter(keep).length;
const n = (value: number) => value.toLocaleString("en-US");

function service() {
  const customers = {
    read: jest.fn(async () => ({ ok: true as const, value: workbook })),
    today: () => today,
    selectedRow: jest.fn(async () => ({ ok: true as const, value: null })),
    onSelectionChanged: jest.fn(async () => ({
      ok: true as const,
      value: async () => ({ ok: true as const, value: undefined }),
    })),
    selectCustomer: jest.fn(async () => ({ ok: true as const, value: { sheet: "Customers", address: "A3:Q3" } })),
    reassign: jest.fn(async () => ({ ok: true as const, value: { changed: 1 } })),
    claim: jest.fn(async () => ({ ok: true as const, value: { claimed: 1 } })),
  };
  return { service: fakeService({ customers } as never), customers };
}

/** Picks an option of a list filter by its text. */
function choose(label: string, text: string, scope: HTMLElement = document.body) {
  const select = within(scope).getByRole("combobox", { name: label });
  const option = within(select).getByRole("option", { name: text }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

/** The customer number in a row's text ("Co 1234 · …"). */
const numberIn = (text: string | null) => Number(/Co (\d+)/.exec(text ?? "")![1]);

async function openView(tab: string) {
  const { service: fake, customers } = service();
  renderWithPane(<CustomersView />, fake);
  fireEvent.click(await screen.findByRole("tab", { name: tab }, { timeout: 60_000 }));
  return customers;
}

describe("the Customers area's lists at 100,000 customers", () => {
  it("pages the follow-ups due, with totals that follow the owner, tier and overdue filters", async () => {
    const customers = await openView("Follow-ups");
    const active = count((i) => !pooled(i));
    expect(screen.getByText(`1–50 of ${n(active)}`)).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(50);

    choose("Owner", "Li");
    const li = count((i) => ownerOf(i) === "Li");
    expect(screen.getByText(`1–50 of ${n(li)}`)).toBeInTheDocument();
    choose("Tier", "B");
    const liB = count((i) => ownerOf(i) === "Li" && tierOf(i) === "B");
    expect(screen.getByText(`1–50 of ${n(liB)}`)).toBeInTheDocument();
    choose("Due", "Today");
    expect(screen.getByText("Nothing matches these filters.")).toBeInTheDocument();
    choose("Due", "Overdue");

    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(screen.getByText(`51–100 of ${n(liB)}`)).toBeInTheDocument();
    const rows = within(screen.getByRole("list", { name: "Li · Overdue" })).getAllByRole("button");
    expect(rows).toHaveLength(50);
    const row = rows[7];
    const at = numberIn(row.textContent);
    expect([ownerOf(at), tierOf(at)]).toEqual(["Li", "B"]);
    fireEvent.click(row);
    await waitFor(() =>
      expect(customers.selectCustomer).toHaveBeenCalledWith(expect.objectContaining({ value: `C${at}` })),
    );
  });

  it("pages the recycle candidates and the pool, and reassigns and claims the customers ticked on later pages", async () => {
    const customers = await openView("Pool");
    const candidates = screen.getByRole("list", { name: "Recycle candidates" });
    expect(within(candidates).getAllByRole("checkbox")).toHaveLength(50);
    expect(screen.getByText(`1–50 of ${n(count((i) => !pooled(i)))}`)).toBeInTheDocument();
    expect(screen.getByText(`1–50 of ${n(count(pooled))}`)).toBeInTheDocument();
    // At most a page of each list in the DOM.
    expect(screen.getAllByRole("checkbox").length).toBeLessThanOrEqual(100);

    const candidateFilters = screen.getByRole("group", { name: "Filter Recycle candidates" });
    choose("Owner", "Zhao", candidateFilters);
    const zhao = count((i) => ownerOf(i) === "Zhao");
    expect(screen.getByText(`1–50 of ${n(zhao)}`)).toBeInTheDocument();
    const candidatePages = screen.getByRole("navigation", { name: "Pages of Recycle candidates" });
    fireEvent.click(within(candidatePages).getByRole("button", { name: "Next page" }));
    fireEvent.click(within(candidatePages).getByRole("button", { name: "Next page" }));
    expect(screen.getByText(`101–150 of ${n(zhao)}`)).toBeInTheDocument();
    const candidate = within(screen.getByRole("list", { name: "Recycle candidates" })).getAllByRole("checkbox")[3];
    const picked = numberIn(candidate.getAttribute("aria-label") ?? candidate.closest("li")!.textContent);
    fireEvent.click(candidate);
    expect(screen.getByText("1 ticked")).toBeInTheDocument();
    // Ticked stays ticked on another page.
    fireEvent.click(within(candidatePages).getByRole("button", { name: "Previous page" }));
    fireEvent.click(within(candidatePages).getByRole("button", { name: "Next page" }));
    expect(within(screen.getByRole("list", { name: "Recycle candidates" })).getAllByRole("checkbox")[3]).toBeChecked();

    fireEvent.change(screen.getByRole("combobox", { name: "Reassign to" }), { target: { value: "Li" } });
    fireEvent.click(screen.getByRole("button", { name: "Reassign" }));
    await waitFor(() => expect(customers.reassign).toHaveBeenCalled());
    expect(customers.reassign.mock.calls[0]).toEqual([
      [{ identity: expect.objectContaining({ value: `C${picked}` }), name: `Co ${picked}`, owner: "Zhao" }],
      "Li",
      "en-US",
      today,
    ]);
    expect(ownerOf(picked)).toBe("Zhao");
  });

  it("claims a customer ticked on a later page of the pool", async () => {
    const customers = await openView("Pool");
    const poolPages = screen.getByRole("navigation", { name: "Pages of In the pool" });
    fireEvent.click(within(poolPages).getByRole("button", { name: "Next page" }));
    fireEvent.click(within(poolPages).getByRole("button", { name: "Next page" }));
    expect(screen.getByText(`101–150 of ${n(count(pooled))}`)).toBeInTheDocument();
    const inPool = within(screen.getByRole("list", { name: "In the pool" })).getAllByRole("checkbox");
    expect(inPool).toHaveLength(50);
    const picked = numberIn(inPool[10].closest("li")!.textContent);
    fireEvent.click(inPool[10]);
    fireEvent.change(screen.getByRole("combobox", { name: "Claim as" }), { target: { value: "Wang" } });
    fireEvent.click(screen.getByRole("button", { name: "Claim" }));
    await waitFor(() => expect(customers.claim).toHaveBeenCalled());
    expect(pooled(picked)).toBe(true);
    expect(customers.claim.mock.calls[0]).toEqual([
      [{ identity: expect.objectContaining({ value: `C${picked}` }), name: `Co ${picked}`, owner: "" }],
      "Wang",
      today,
    ]);
  });

  it("pages the tiering preview and filters it by owner and new tier", async () => {
    await openView("Tiering");
    const preview = screen.getByRole("list", { name: "Customers changing tier" });
    expect(within(preview).getAllByRole("listitem")).toHaveLength(50);
    expect(screen.getByText(/^1–50 of \d{2},\d{3}$/)).toBeInTheDocument();
    choose("New tier", "A");
    // Customers 0–99 bought; the biggest buyers become A, and those already A stay out of the list.
    const rows = within(screen.getByRole("list", { name: "Customers changing tier" })).getAllByRole("listitem");
    expect(rows.length).toBeLessThan(50);
    for (const row of rows) expect(row.textContent).toMatch(/→ A ·/);
    expect(screen.getByText(`1–${rows.length} of ${rows.length}`)).toBeInTheDocument();
  });

  it("says before writing the tiers of 100,000 customers that they cannot be undone from the pane", async () => {
    await openView("Tiering");
    fireEvent.click(screen.getByRole("button", { name: "Write tiers to the sheet" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain(
      "It changes more than 5000 rows, too many for SalesGrid to keep: it cannot be undone from the pane afterwards.",
    );
  });
});
