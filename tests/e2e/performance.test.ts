/**
 * The Performance area end to end: sample data set up through the pane's Set up area, then the
 * quarterly scorecard is written from the pane, a manager types a Feedback note in the grid, the
 * wizard runs again (confirming the update), and the note is still there while the formulas are
 * rewritten. Fails on any page or console error (see workbench.ts).
 */
import { sampleWorkbookSession } from "./setupSteps";
import { cellText, eventually, paneRoot, typeInCell } from "./workbench";

const { openSample } = sampleWorkbookSession();

describe("the Performance area on the sample workbook", () => {
  it("writes the quarterly scorecard, keeps a Feedback note typed in the grid when it runs again", async () => {
    const { page } = await openSample("en-US");
    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: "Performance" }).click();

    await pane.getByRole("combobox", { name: "Scorecard for" }).selectOption("quarter");
    const write = pane.getByRole("button", { name: "Write scorecard" });
    await eventually(() => write.isEnabled(), true, 30_000);
    await eventually(() => pane.getByRole("table", { name: "Scorecard preview" }).isVisible(), true);
    await write.click();
    const written = pane.getByText(/^Scorecard written on sheet Scorecard: \d+ rows added, 0 updated\.$/);
    await written.waitFor({ timeout: 60_000 });
    const added = Number(/(\d+) rows added/.exec((await written.textContent()) ?? "")?.[1]);
    expect(added).toBe(8);

    const sheetTab = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name: "Scorecard", exact: true });
    await sheetTab.click();
    await eventually(() => sheetTab.getAttribute("aria-selected"), "true");
    // Columns: Period A, Rep B, … NewCustomers K, CollectionRate L, Score M, Rating N, Commission O,
    // Feedback P.
    expect(await cellText(page, "L1")).toBe("CollectionRate");
    expect(await cellText(page, "P1")).toBe("Feedback");
    expect(await cellText(page, "M2")).toMatch(/^\d+\.\d\d$/);
    expect(await cellText(page, "N2")).toMatch(/^[SABCD]$/);
    await typeInCell(page, "P2", "Great follow-up discipline");

    await write.click();
    await pane.getByRole("button", { name: "Update and write" }).click();
    await pane.getByText("Scorecard written on sheet Scorecard: 0 rows added, 8 updated.").waitFor({ timeout: 60_000 });
    await sheetTab.click();
    expect(await cellText(page, "P2")).toBe("Great follow-up discipline");
    expect(await cellText(page, "M2")).toMatch(/^\d+\.\d\d$/);
  });
});
