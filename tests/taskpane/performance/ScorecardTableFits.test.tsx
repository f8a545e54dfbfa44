/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { PerformanceView } from "@taskpane/performance/PerformanceView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";
import { handWorkbook } from "./handWorkbook";

const workbook = handWorkbook;

stubResizeObserver();
jest.setTimeout(30_000);

/**
 * The scorecard preview, the leaderboard and the roll-up keep every column, Commission included,
 * in a region of their own that scrolls sideways (the e2e width check measures the layout).
 */
describe("the Performance area's figure tables at the pane's width", () => {
  it("keeps the Commission column in each table, each table in a keyboard-reachable scrolling region", async () => {
    const performance = {
      read: jest.fn(async () => ({ ok: true as const, value: workbook })),
      writeScorecard: jest.fn(),
      writeReviewSheet: jest.fn(),
    };
    renderWithPane(<PerformanceView now={() => new Date(2026, 1, 15)} />, fakeService({ performance }));
    const preview = await screen.findByRole("table", { name: "Scorecard preview" });
    await waitFor(() => expect(screen.getAllByRole("table").length).toBeGreaterThanOrEqual(3));
    const figureTables = screen
      .getAllByRole("table")
      .filter((table) => within(table).queryByRole("columnheader", { name: "Commission" }));
    expect(figureTables.length).toBeGreaterThanOrEqual(3);
    expect(figureTables).toContain(preview);
    for (const table of figureTables) {
      const region = table.closest('[role="region"]');
      expect(region).not.toBeNull();
      expect(region).toHaveAttribute("tabindex", "0");
      expect(region).toHaveAccessibleName(table.getAttribute("aria-label")!);
    }
  });
});
