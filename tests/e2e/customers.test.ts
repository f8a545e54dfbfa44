/**
 * The Customers area end to end: sample data set up through the pane's Set up area, then a
 * customer's row selected in the Customers sheet opens its profile card, a follow-up logged from
 * the card lands in the Activities table, and the customer's LastContact and NextContact cells
 * move (NextContact stays the live SALES.NEXTVISIT formula of the tier's cadence). Fails on any
 * page or console error (see workbench.ts).
 */
import { sampleWorkbookSession } from "./setupSteps";
import { cellText, expectTabsInsidePane, goToCell, paneRoot } from "./workbench";

const { openSample } = sampleWorkbookSession();

/** The ISO date `days` after `iso`. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe("the Customers area on the sample workbook", () => {
  it("logs a follow-up for the selected customer and moves its NextContact in the sheet", async () => {
    const { page } = await openSample("en-US");
    const sheetTab = (name: string) =>
      page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true });

    // The columns of the Customers table as the workbook has them, and the first customer's row.
    const customer = await page.evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.tables.getItem("Customers").getRange();
        range.load("values,rowIndex");
        await context.sync();
        const [headers, first] = range.values as (string | number)[][];
        const letter = (key: string) => String.fromCharCode(65 + headers.indexOf(key));
        return {
          row: range.rowIndex + 2,
          company: String(first[headers.indexOf("Company")]),
          tier: String(first[headers.indexOf("Tier")]),
          last: letter("LastContact"),
          next: letter("NextContact"),
          companyColumn: letter("Company"),
        };
      }),
    );
    const cadence: Record<string, number> = { A: 14, B: 30, C: 90 }; // the sample's Cadences table
    expect(Object.keys(cadence)).toContain(customer.tier);

    await sheetTab("Customers").click();
    const nextBefore = await cellText(page, `${customer.next}${customer.row}`);
    await goToCell(page, `${customer.companyColumn}${customer.row}`);

    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: "Customers", exact: true }).click();
    // The area's five views stay in reach in a pane as narrow as Excel's.
    await pane.getByRole("tab", { name: "Satisfaction", exact: true }).waitFor();
    await page.setViewportSize({ width: 1000, height: 860 });
    await expectTabsInsidePane(page);
    await pane.getByRole("button", { name: "Use the selected row" }).click();
    await pane.getByRole("heading", { name: customer.company }).waitFor();

    const form = pane.getByRole("form", { name: "Log a follow-up" });
    const today = await form.getByLabel("Date", { exact: true }).inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByLabel("What was discussed").fill("Called about the renewal; sending a quote.");
    await form.getByRole("button", { name: "Log follow-up" }).click();
    const expected = addDays(today, cadence[customer.tier]);
    await pane.getByText(`Logged. Next contact in the sheet: ${expected}.`).waitFor({ timeout: 30_000 });

    // The sheet: LastContact is today, NextContact the cadence after it — and moved.
    expect(await cellText(page, `${customer.last}${customer.row}`)).toBe(today);
    expect(await cellText(page, `${customer.next}${customer.row}`)).toBe(expected);
    expect(expected).not.toBe(nextBefore);
    const formula = await page.evaluate(
      ({ address }) =>
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Customers").getRange(address);
          range.load("formulas");
          await context.sync();
          return String(range.formulas[0][0]);
        }),
      { address: `${customer.next}${customer.row}` },
    );
    expect(formula).toMatch(/^=SALES\.NEXTVISIT\(/);

    // The Activities table has the follow-up as its last row.
    const activity = await page.evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.tables.getItem("Activities").getRange();
        range.load("values");
        await context.sync();
        const [headers, ...rows] = range.values as (string | number)[][];
        const last = rows[rows.length - 1];
        return { customer: last[headers.indexOf("Customer")], summary: last[headers.indexOf("Summary")] };
      }),
    );
    expect(activity.summary).toBe("Called about the renewal; sending a quote.");
    expect(String(activity.customer)).not.toBe("");
  });
});
