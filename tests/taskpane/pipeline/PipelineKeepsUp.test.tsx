/** @jest-environment jsdom */
import { TextEncoder } from "util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { excelPipelineService } from "@excel/pipeline/pipelineService";
import { onTablesChanged } from "@excel/tableChanges";
import { PipelineView } from "@taskpane/pipeline/PipelineView";
import type { Emulator } from "@workbench/emulator";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

// jsdom lacks TextEncoder, which the set-up writer uses to size its chunks.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });

let emulator: Emulator;

beforeAll(async () => {
  ({ emulator } = await setUpSampleWorkbook({ language: "en-US", customers: 40 }));
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("Check").getRange("A1").formulas = [["=SALES.WINRATE(Deals[Stage])"]];
    await context.sync();
  });
});

/** The win rate as the pane shows it, from the value SALES.WINRATE gives in a cell. */
function shownRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1).replace(/\.0$/, "")}%`;
}

/** The sheet row and column of the first deal at `stage`, and the Stage column. */
function firstDealAt(stage: string): { sheet: string; row: number; col: number } {
  const deals = emulator.book.tableModel("Deals");
  if (!deals) throw new Error("no Deals table");
  const sheet = emulator.book.tableSheet(deals);
  const { top, left, bottom, right } = deals.range;
  let col = -1;
  for (let c = left; c <= right; c += 1) if (emulator.book.getCell(sheet.name, top, c).value === "Stage") col = c;
  for (let row = top + 1; row <= bottom; row += 1)
    if (emulator.book.getCell(sheet.name, row, col).value === stage) return { sheet: sheet.name, row, col };
  throw new Error(`no ${stage} deal`);
}

describe("the Pipeline area keeps up with the grid", () => {
  it("shows the new win rate after a deal is marked Won in the sheet, without Refresh", async () => {
    const refreshes = jest.fn();
    const service = fakeService({
      pipeline: { ...excelPipelineService, today: () => sampleToday },
      onTablesChanged,
    });
    renderWithPane(<PipelineView />, service);
    const before = emulator.book.getCell("Check", 0, 0).value as number;
    const figure = await screen.findByRole("definition", { name: "Win rate" }, { timeout: 30_000 });
    expect(within(figure).getByText(shownRate(before))).toBeInTheDocument();
    screen
      .getAllByRole("button", { name: /refresh/i })
      .forEach((button) => button.addEventListener("click", refreshes));

    const lost = firstDealAt("Lost");
    emulator.book.setCellInput(lost.sheet, lost.row, lost.col, "Won");
    const after = emulator.book.getCell("Check", 0, 0).value as number;
    expect(after).not.toBe(before);

    await waitFor(
      () =>
        expect(
          within(screen.getByRole("definition", { name: "Win rate" })).getByText(shownRate(after)),
        ).toBeInTheDocument(),
      { timeout: 20_000 },
    );
    expect(refreshes).not.toHaveBeenCalled();
    // Refresh stays, and still works.
    fireEvent.click(screen.getAllByRole("button", { name: /refresh/i })[0]);
    expect(refreshes).toHaveBeenCalledTimes(1);
  });
});
