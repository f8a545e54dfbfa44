/**
 * The Performance area end to end: sample data set up through the pane's Set up area, then the
 * quarterly scorecard is written from the pane, a manager types a Feedback note in the grid, the
 * wizard runs again (confirming the update), and the note is still there while the formulas are
 * rewritten; and the leaderboard ranks the sample's reps by their collection rate (回款率), in
 * English and Chinese. Fails on any page or console error (see workbench.ts).
 */
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
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

  it.each([
    ["en-US", enUS],
    ["zh-CN", zhCN],
  ] as const)("ranks the leaderboard by the collection rate from the sample's 回款 (%s)", async (language, strings) => {
    const rate = strings.performance.columns.collectionRate;
    const { page } = await openSample(language, language === "zh-CN" ? "?lang=zh-CN" : undefined);
    const pane = paneRoot(page);
    await pane.getByRole("tab", { name: strings.performance.area, exact: true }).click();
    const order = pane.getByRole("combobox", { name: strings.performance.leaderboard.rankBy });
    await eventually(() => order.isVisible(), true, 30_000);
    await order.selectOption({ label: strings.performance.leaderboard.by.collectionRate });
    const board = pane.getByRole("table", { name: /Leaderboard for|排行榜$/ });
    const header = board.getByRole("columnheader", { name: rate });
    await header.waitFor();
    // The rates of the ranked reps, top down: percentages, never rising.
    const column = await header.evaluate((th) => Array.from(th.parentElement?.children ?? []).indexOf(th));
    const rows = await board
      .locator("tbody tr")
      .evaluateAll(
        (trs, at) => trs.map((tr) => [tr.children[0]?.textContent ?? "", tr.children[at]?.textContent ?? ""]),
        column,
      );
    const ranked = rows.filter(([rank]) => /^\d+$/.test(rank)).map(([, shown]) => shown);
    expect(ranked.length).toBeGreaterThan(0);
    for (const shown of ranked) expect(shown).toMatch(/^\d+(\.\d)?%$/);
    const values = ranked.map((shown) => Number.parseFloat(shown));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});
