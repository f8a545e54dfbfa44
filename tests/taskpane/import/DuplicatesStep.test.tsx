/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import type { Cell } from "@core/cells/cell";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";
import type { ImportWrite } from "@excel/import/writeImport";
import { ImportView } from "@taskpane/import/ImportView";
import { renderWithPane } from "../renderWithPane";
import { fakeService } from "../fakeWorkbookService";
import { block, emptyWorkbook, fakeImport, stubResizeObserver } from "./importFakes";

Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
stubResizeObserver();
jest.setTimeout(30_000);

const headers = tableHeaders("Customers", "en-US");
const columns = columnIndex("Customers", headers);
function customer(fields: Record<string, Cell>): Cell[] {
  const row: Cell[] = headers.map(() => "");
  for (const [key, value] of Object.entries(fields)) row[columns[key]] = value;
  return row;
}

const workbook = {
  ...emptyWorkbook,
  language: "en-US" as const,
  tables: {
    Customers: {
      name: "Customers" as const,
      sheet: "Customers",
      address: "A1:Q3",
      headerRow: 0,
      firstColumn: 0,
      headers,
      columns,
      rows: [
        customer({ CustomerID: "C-0007", Name: "Wang", Company: "Huarui Tech", Region: "East", Tier: "A" }),
        customer({ CustomerID: "C-0008", Name: "Li", Company: "Acme", Region: "West" }),
      ],
    },
  },
};

const list = [
  ["Company", "Contact", "Region", "Tier"],
  ["Huarui Tech Ltd", "Wang", "North", ""],
  ["Acme", "Li", "West", ""],
  ["Northwind", "Zhao", "South", "B"],
];

function setup() {
  const write = jest.fn(async (request: ImportWrite) => ({
    ok: true as const,
    value: {
      mode: "append" as const,
      sheet: "Customers",
      table: "Customers" as const,
      done: request.layout.rows.length,
      total: request.layout.rows.length,
      resumedFrom: 0,
      cancelled: false,
      updated: { rows: request.updates?.length ?? 0, cells: 1 },
    },
  }));
  const writeRejected = jest.fn(async () => ({ ok: true as const, value: { sheet: "Rejected rows", rows: 2 } }));
  const service = fakeImport({
    readWorkbook: jest.fn(async () => ({ ok: true as const, value: workbook })),
    readSelection: jest.fn(async () => ({ ok: true as const, value: block(list) })),
    write,
    writeRejected,
  });
  renderWithPane(<ImportView />, fakeService({ import: service }));
  return { write, writeRejected };
}

async function toDuplicates() {
  fireEvent.click(await screen.findByRole("button", { name: "Read" }));
  fireEvent.click(await screen.findByRole("button", { name: "Check the data" }));
  await screen.findByText(/The Customers table already has rows/);
}

describe("the duplicates step of an append", () => {
  it("skips matching rows by company by default, then lists them and copies them out with the reason", async () => {
    const { write, writeRejected } = setup();
    await toDuplicates();
    expect(screen.getByRole("radio", { name: /Skip them/ })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Match rows by" })).toHaveValue("company");
    expect(screen.getByText("2 of 3 rows match an existing row; 1 rows will be added.")).toBeInTheDocument();
    expect(
      screen.getByText("2 rows will be left out; copy them to a sheet to see the reason for each."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy the 2 rows left out to a new sheet" })).toBeEnabled();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: /Add 1 rows/ }));
    fireEvent.click(screen.getByRole("button", { name: /Write/ }));
    expect(await screen.findByText(/Wrote 1 rows/)).toBeInTheDocument();
    const request = write.mock.calls[0][0];
    expect(request.updates).toBeUndefined();
    expect(request.layout.rows.map((row) => [row[columns.CustomerID], row[columns.Company]])).toEqual([
      ["C-0009", "Northwind"],
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Copy the 2 rows left out to a new sheet" }));
    expect(
      await screen.findByText("The rows left out are on sheet Rejected rows, with the reason for each."),
    ).toBeInTheDocument();
    const [name, cells] = writeRejected.mock.calls[0] as unknown as [string, Cell[][]];
    expect(name).toBe("Rejected rows");
    expect(cells[0]).toEqual(["Company", "Contact", "Region", "Tier", "Reason"]);
    expect(cells[1][4]).toMatch(/row 2: "Huarui Tech Ltd" matches row 2 of the Customers table and is skipped/);
  });

  it("Update previews each changed field (old → new), never blanking, and writes only those", async () => {
    const { write } = setup();
    await toDuplicates();
    fireEvent.click(screen.getByRole("radio", { name: /Update the existing rows/ }));
    expect(await screen.findByText("What Update changes (1 rows)")).toBeInTheDocument();
    const changes = screen.getByRole("list", { name: "Fields that change, old → new" });
    expect(within(changes).getByText("Row 2: Huarui Tech Ltd")).toBeInTheDocument();
    expect(within(changes).getByText("Region: East → North")).toBeInTheDocument();
    expect(within(changes).queryByText(/Tier/)).toBeNull();
    expect(screen.getByText("1 matching rows already hold the same values.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(await screen.findByText("1 existing rows will be updated.")).toBeInTheDocument();
    // Back returns to the duplicates step with the choice kept.
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("radio", { name: /Update the existing rows/ })).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: /Add 1 rows/ }));
    fireEvent.click(screen.getByRole("button", { name: /Write/ }));
    expect(await screen.findByText(/Updated 1 existing rows/)).toBeInTheDocument();
    const request = write.mock.calls[0][0];
    expect(request.updates?.map((u) => [u.tableRow, u.changes.map((c) => [c.key, c.write])])).toEqual([
      [0, [["Region", "North"]]],
    ]);
    expect(request.compareColumns).toContain(columns.Region);
  });

  it("Add anyway appends the matching rows too (an exact repeat still is not), each with the next ID", async () => {
    const { write } = setup();
    await toDuplicates();
    fireEvent.click(screen.getByRole("radio", { name: /Add them anyway/ }));
    expect(screen.queryByRole("combobox", { name: "Match rows by" })).toBeNull();
    expect(screen.getByText("2 rows will be added, matching or not.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: /Add 2 rows/ }));
    fireEvent.click(screen.getByRole("button", { name: /Write/ }));
    await screen.findByText(/Wrote 2 rows/);
    expect(write.mock.calls[0][0].layout.rows.map((row) => row[columns.CustomerID])).toEqual(["C-0009", "C-0010"]);
  });
});
