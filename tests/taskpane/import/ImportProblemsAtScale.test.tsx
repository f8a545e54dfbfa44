/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { Cell } from "@core/cells/cell";
import type { SourceBlock } from "@excel/import/readImportSource";
import { ImportView } from "@taskpane/import/ImportView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { block, fakeImport, stubResizeObserver } from "./importFakes";

stubResizeObserver();

jest.setTimeout(180_000);

const COUNT = 100_000;

/** Source row i (sheet row i + 2): every other date unreadable, every fourth note a formula-looking text. */
function source(): SourceBlock {
  const values: Cell[][] = [["Company", "Name", "LastContact", "Notes"]];
  for (let i = 0; i < COUNT; i++) {
    values.push([`Co ${i}`, `Person ${i}`, i % 2 === 0 ? "someday" : "2024-01-05", i % 4 === 1 ? "=x" : "ok"]);
  }
  return block(values);
}

describe("import problems at 100,000 problems", () => {
  it("lists a page of them with the total, and filters them by kind", async () => {
    const service = fakeImport({ readSelection: jest.fn(async () => ({ ok: true as const, value: source() })) });
    renderWithPane(<ImportView />, fakeService({ import: service }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    fireEvent.click(await screen.findByRole("button", { name: "Check the data" }, { timeout: 60_000 }));
    const table = await screen.findByRole("table", { name: "Problems by row" }, { timeout: 90_000 });

    const dates = COUNT / 2;
    const formulas = COUNT / 4;
    expect(within(table).getAllByRole("row")).toHaveLength(51);
    expect(screen.getByText(`1–50 of ${(dates + formulas).toLocaleString("en-US")}`)).toBeInTheDocument();

    const filters = screen.getByRole("group", { name: "Filter Problems found" });
    const kind = within(filters).getByRole("combobox", { name: "Kind of problem" });
    const option = within(kind).getByRole("option", { name: "Unreadable dates (50,000)" }) as HTMLOptionElement;
    fireEvent.change(kind, { target: { value: option.value } });
    expect(screen.getByText("1–50 of 50,000")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(screen.getByText("51–100 of 50,000")).toBeInTheDocument();
    const rows = within(screen.getByRole("table", { name: "Problems by row" }))
      .getAllByRole("row")
      .slice(1);
    expect(rows).toHaveLength(50);
    // The 51st unreadable date is source row i = 100, sheet row 102.
    expect(within(rows[0]).getAllByRole("cell")[0]).toHaveTextContent("102");
    for (const row of rows) expect(row.textContent).toMatch(/"someday" is not a date/);
  });
});
