/**
 * Import end to end: in the workbench, a manager sets up a workbook with sample data, pastes (types)
 * a messy customer list into a sheet, and converts it into the Customers table through the pane's
 * Import area; the new rows are in the table and its NextContact formula computes for them.
 */
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { setUpSampleInWorkbench } from "./setupSteps";
import { cellText, eventually, goToCell, openWorkbench, paneRoot, typeInCell, type WorkbenchPage } from "./workbench";

jest.setTimeout(300_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A list as people keep one: a title row, their own headers, tiers in any case, mixed date styles. */
const messyList: Record<string, string> = {
  A1: "Our key accounts",
  A2: "Account Name",
  B2: "Contact",
  C2: "Mobile",
  D2: "Tier",
  E2: "Last contact",
  F2: "WeChat",
  A3: "Northwind Traders",
  B3: "Ann Lee",
  C3: "138 0013 8000",
  D3: "a",
  E3: "2024/6/1",
  F3: "ann_nw",
  A4: "Contoso Ltd",
  B4: "Bob Chen",
  C4: "13900001111",
  D4: "B",
  E4: "6/15/2024",
  A5: "Fabrikam",
  B5: "Cy Wu",
  D5: "c",
  E5: "20.6.2024",
  F5: "cy_fab",
};

describe("import in the workbench", () => {
  let workbench: WorkbenchPage;

  beforeEach(async () => {
    workbench = await openWorkbench(browser);
  });

  afterEach(async () => {
    await workbench.page.context().close();
    expect(workbench.errors).toEqual([]);
  });

  it("converts a pasted customer list into the Customers table, whose NextContact computes", async () => {
    const { page } = workbench;
    const pane = paneRoot(page);
    await setUpSampleInWorkbench(page, "en-US");
    // The table's data rows before the import, from the workbook the pane works on.
    const rowsBefore = await page.evaluate(() =>
      Excel.run(async (context) => {
        const rows = context.workbook.tables.getItem("Customers").rows;
        rows.load("count");
        await context.sync();
        return rows.count;
      }),
    );

    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Sheet1", exact: true }).click();
    for (const [address, text] of Object.entries(messyList)) await typeInCell(page, address, text);
    await goToCell(page, "B3"); // one cell of the list stands for the whole list

    await pane.getByRole("tab", { name: "Import" }).click();
    await pane.getByRole("button", { name: "Read" }).click();
    await eventually(() => pane.getByRole("combobox", { name: "Turn it into" }).inputValue(), "Customers");
    await eventually(() => pane.getByRole("combobox", { name: "Account Name" }).inputValue(), "Company");
    await eventually(() => pane.getByRole("combobox", { name: "Mobile" }).inputValue(), "Phone");
    await pane.getByRole("button", { name: "Check the data" }).click();

    await pane.getByRole("table", { name: "Preview" }).waitFor();
    await eventually(() => pane.getByRole("radio", { name: /Add the rows to the end/ }).isChecked(), true);
    await pane.getByRole("checkbox", { name: "Add 3 rows to the existing Customers table" }).check();
    await pane.getByRole("button", { name: "Write 3 rows" }).click();
    await pane.getByText("Wrote 3 rows to the Customers table on sheet Customers.").waitFor({ timeout: 60_000 });

    // The new rows at the end of the Customers table, as the grid shows them.
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Customers", exact: true }).click();
    const first = rowsBefore + 2; // header in row 1, then the rows before
    expect(await cellText(page, `C${first}`)).toBe("Northwind Traders");
    expect(await cellText(page, `I${first}`)).toBe("138 0013 8000");
    expect(await cellText(page, `G${first}`)).toBe("A");
    expect(await cellText(page, `L${first}`)).toBe("2024-06-01");
    expect(await cellText(page, `M${first}`)).toBe("2024-06-15"); // NextContact: tier A, 14 days
    expect(await cellText(page, `M${first + 1}`)).toBe("2024-07-15"); // tier B, 30 days
    expect(await cellText(page, `L${first + 2}`)).toBe("2024-06-20"); // 20.6.2024, day first
    expect(await cellText(page, `M${first + 2}`)).toBe("2024-09-18"); // tier C, 90 days
    // The column of the list that maps to nothing is kept, under its own header.
    expect(await cellText(page, "R1")).toBe("WeChat");
    expect(await cellText(page, `R${first}`)).toBe("ann_nw");
    // The pasted list itself is untouched.
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Sheet1", exact: true }).click();
    expect(await cellText(page, "A2")).toBe("Account Name");
  });
});
