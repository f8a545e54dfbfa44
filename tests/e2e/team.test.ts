/**
 * The Team area end to end: sample data set up through the pane's Set up area, then the Team tab
 * shows the sample team's reps with their figures, ranks who is growing, selects a rep's row in
 * the Team sheet, and speaks Chinese. Fails on any page or console error (see workbench.ts).
 */
import { sampleWorkbookSession } from "./setupSteps";
import { eventually, paneRoot, type WorkbenchPage } from "./workbench";

const { openSample } = sampleWorkbookSession();

/** The reps of the Team table as the workbook has them, in order. */
function teamReps(workbenchPage: WorkbenchPage): Promise<string[]> {
  return workbenchPage.page.evaluate(() =>
    Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Team").columns.getItemAt(0).getDataBodyRange();
      body.load("values");
      await context.sync();
      return body.values.map((row) => String(row[0]));
    }),
  );
}

describe("the Team area on the sample workbook", () => {
  it("shows the sample team's reps with figures, ranks them, selects a rep's row, and speaks Chinese", async () => {
    const workbench = await openSample("en-US");
    const { page } = workbench;
    const reps = await teamReps(workbench);
    expect(reps).toHaveLength(8);

    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: "Team" }).click();
    const roster = pane.getByRole("table", { name: "Reps by team with each team's roll-up" });
    await roster.waitFor();
    for (const rep of reps) await eventually(() => roster.getByRole("button", { name: rep }).isVisible(), true);

    // Every rep's row has figures: the won amount or attainment, collected beside signed, the
    // pipeline, the follow-ups.
    const first = roster.getByRole("row").filter({ has: page.getByRole("button", { name: reps[1] }) });
    const cells = await first.getByRole("cell").allTextContents();
    expect(cells).toHaveLength(5);
    expect(cells[1]).toMatch(/\d/);
    expect(cells[2]).toMatch(/^\S+of \S+ signed$/);
    expect(cells[3]).toMatch(/\d.*weighted · \d+ deals/);
    expect(cells[4]).toMatch(/^\d+$/);
    const total = roster.getByRole("row").filter({ hasText: "All teams" });
    expect((await total.getByRole("cell").allTextContents())[4]).toMatch(/^[1-9]\d*$/);

    // The high-potential list: ranked reps, each component visible; the ramping rep unranked.
    const cards = pane.getByRole("article");
    await eventually(async () => (await cards.count()) >= 4, true);
    await eventually(() => cards.first().getByText(/^#1 /).isVisible(), true);
    for (const component of ["Results trend", "Learning (win rate)", "Drive (activity)"])
      await eventually(() => cards.first().getByText(component, { exact: true }).isVisible(), true);
    await eventually(() => pane.getByRole("region", { name: "Too little history to rank" }).isVisible(), true);

    // A changed weight re-ranks on the spot.
    const trendWeight = pane.getByRole("spinbutton", { name: "Results trend" });
    await trendWeight.fill("0");
    await trendWeight.press("Enter");
    await eventually(() => pane.getByText("0% of the index").isVisible(), true);

    // Clicking a rep selects their row in the Team sheet.
    await roster.getByRole("button", { name: reps[1] }).click();
    await eventually(() => page.evaluate(() => window.salesGridWorkbench!.emulator.book.selection.address), "A3:G3");
    await eventually(() => page.getByRole("textbox", { name: "Name box" }).inputValue(), "A3:G3");

    await pane.getByRole("button", { name: "中文" }).click();
    await pane.getByRole("heading", { name: "高潜力销售" }).waitFor();
    await eventually(() => pane.getByRole("table", { name: "按团队列出的销售代表及团队汇总" }).isVisible(), true);
    await eventually(() => pane.getByText("全部团队").isVisible(), true);
    await eventually(() => pane.getByRole("columnheader", { name: "回款额" }).isVisible(), true);
  });
});
