/**
 * The Goals area end to end: sample data set up through the pane's Set up area, then the target
 * breakdown wizard run through the pane for 1,200,000 with a seasonal split down to reps, written
 * to the Targets table; the sheet shows the figure in its cell and the rows add up exactly, and
 * closing a deal moves the rep's Actual. Fails on any page or console error (see workbench.ts).
 */
import { sampleWorkbookSession } from "./setupSteps";
import { cellText, eventually, expectTabsInsidePane, paneRoot, typeInCell, type WorkbenchPage } from "./workbench";

const { openSample } = sampleWorkbookSession();

type TargetsRead = { sheet: string; headers: string[]; rows: (string | number)[][]; top: number };

/** The Targets table as the workbook has it. */
function readTargets(page: WorkbenchPage["page"]): Promise<TargetsRead> {
  return page.evaluate(() =>
    Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Targets");
      const range = table.getRange();
      range.load("values,rowIndex");
      table.worksheet.load("name");
      await context.sync();
      const [headers, ...rows] = range.values as (string | number)[][];
      return { sheet: table.worksheet.name, headers: headers.map(String), rows, top: range.rowIndex };
    }),
  );
}

describe("the Goals area on the sample workbook", () => {
  it("breaks 1,200,000 down seasonally to reps through the pane into a live Targets table", async () => {
    const { page } = await openSample("en-US");

    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: "Goals", exact: true }).click();
    // The sections and the wizard's steps stay in reach in a pane as narrow as Excel's.
    await pane.getByRole("tab", { name: "Action plan", exact: true }).waitFor();
    await page.setViewportSize({ width: 1000, height: 860 });
    await expectTabsInsidePane(page);
    const target = pane.getByRole("textbox", { name: /Annual target/ });
    await target.fill("1200000");
    // From a fiscal year's last quarter on the wizard offers the next year; this test follows this
    // month's Actual, so it plans the year today is in.
    await pane.getByRole("textbox", { name: /Fiscal year/ }).fill(String(new Date().getFullYear()));
    const next = pane.getByRole("button", { name: "Next" });
    await next.click(); // → metric (signed)
    await next.click(); // → over time
    await eventually(() => pane.getByRole("radio", { name: /Seasonal index/ }).isChecked(), true);
    await next.click(); // → over people (capacity)
    await next.click(); // → preview
    const grid = pane.getByRole("table", { name: "Targets by period" });
    await grid.waitFor();
    const totalRow = grid.getByRole("row").last();
    await eventually(async () => (await totalRow.getByRole("cell").allTextContents()).at(-1), "1,200,000");
    await eventually(
      () => pane.getByText("Time split used: Seasonal index from the history in Deals").isVisible(),
      true,
    );

    await next.click(); // → write
    await pane.getByRole("button", { name: "Write targets" }).click();
    const replace = pane.getByRole("button", { name: "Replace them" });
    const done = pane.getByText(/^Wrote \d+ rows to the sheet Targets/);
    await Promise.race([done.waitFor({ timeout: 60_000 }), replace.waitFor({ timeout: 60_000 })]);
    if (await replace.isVisible()) await replace.click();
    await done.waitFor({ timeout: 60_000 });

    const targets = await readTargets(page);
    const col = (name: string) => targets.headers.indexOf(name);
    const signedYear = (level: string) =>
      targets.rows.filter(
        (r) =>
          r[col("Metric")] === "Signed" &&
          r[col("Level")] === level &&
          Number(r[col("PeriodEnd")]) - Number(r[col("PeriodStart")]) > 300,
      );
    const company = signedYear("Company");
    expect(company.map((r) => r[col("Target")])).toEqual([1_200_000]);
    expect(signedYear("Rep").reduce((s, r) => s + Number(r[col("Target")]), 0)).toBe(1_200_000);
    const months = targets.rows.filter(
      (r) =>
        r[col("Metric")] === "Signed" &&
        r[col("Level")] === "Company" &&
        Number(r[col("PeriodEnd")]) - Number(r[col("PeriodStart")]) < 31,
    );
    expect(months).toHaveLength(12);
    expect(months.reduce((s, r) => s + Number(r[col("Target")]), 0)).toBe(1_200_000);

    // The cell in the sheet shows the company's annual target, and Attainment is a live formula.
    const at = targets.rows.indexOf(company[0]);
    const letter = (i: number) => String.fromCharCode(65 + i);
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Targets", exact: true }).click();
    expect(await cellText(page, `${letter(col("Target"))}${targets.top + 2 + at}`)).toBe("1,200,000.00");
    expect(await cellText(page, `${letter(col("Attainment"))}${targets.top + 2 + at}`)).toMatch(/^\d+(\.\d+)?%$/);

    // Close an open deal today: the company's row for this month gains its amount in Actual, and
    // Attainment follows.
    const today = await page.evaluate(() => {
      const d = new Date();
      return {
        iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
      };
    });
    const todaySerial = (Date.parse(`${today.iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const thisMonth = (rows: (string | number)[][]) =>
      rows.findIndex(
        (r) =>
          r[col("Metric")] === "Signed" &&
          r[col("Level")] === "Company" &&
          Number(r[col("PeriodStart")]) <= todaySerial &&
          todaySerial <= Number(r[col("PeriodEnd")]) &&
          Number(r[col("PeriodEnd")]) - Number(r[col("PeriodStart")]) < 31,
      );
    const month = thisMonth(targets.rows);
    expect(month).toBeGreaterThanOrEqual(0);
    const actualBefore = Number(targets.rows[month][col("Actual")]);
    const attainmentBefore = Number(targets.rows[month][col("Attainment")]);

    const deal = await page.evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.tables.getItem("Deals").getRange();
        range.load("values,rowIndex");
        await context.sync();
        const [headers, ...rows] = range.values as (string | number)[][];
        const stage = headers.indexOf("Stage");
        const amount = headers.indexOf("Amount");
        const at = rows.findIndex((r) => r[stage] !== "Won" && r[stage] !== "Lost" && Number(r[amount]) > 0);
        return {
          row: range.rowIndex + 2 + at,
          amount: Number(rows[at][amount]),
          stage: String.fromCharCode(65 + stage),
          closedOn: String.fromCharCode(65 + headers.indexOf("ClosedOn")),
        };
      }),
    );
    await page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Pipeline", exact: true }).click();
    await typeInCell(page, `${deal.closedOn}${deal.row}`, today.iso);
    await typeInCell(page, `${deal.stage}${deal.row}`, "Won");

    const after = (await readTargets(page)).rows[month];
    expect(Number(after[col("Actual")])).toBeCloseTo(actualBefore + deal.amount, 6);
    expect(Number(after[col("Attainment")])).toBeGreaterThan(attainmentBefore);
    expect(Number(after[col("Attainment")])).toBeCloseTo(
      Number(after[col("Actual")]) / Number(after[col("Target")]),
      9,
    );
  });
});
