/** @jest-environment jsdom */
import { TextEncoder } from "util";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { excelPipelineService } from "@excel/pipeline/pipelineService";
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
  ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 60 }));
});

const service = () => fakeService({ pipeline: { ...excelPipelineService, today: () => sampleToday } });

describe("the Pipeline area against the emulated sample workbook", () => {
  it("shows the win rate SALES.WINRATE computes in a cell, in Chinese", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("核对").getRange("A1").formulas = [["=SALES.WINRATE(Deals[阶段])"]];
      await context.sync();
    });
    const inCell = emulator.book.getCell("核对", 0, 0).value as number;
    renderWithPane(<PipelineView />, service(), "zh-CN");
    const figure = await screen.findByRole("definition", { name: "赢单率" }, { timeout: 20_000 });
    expect(
      within(figure).getByText(`${(Math.round(inCell * 1000) / 10).toFixed(1).replace(/\.0$/, "")}%`),
    ).toBeInTheDocument();
  });

  it("selects a stale deal's row in the sheet when it is clicked", async () => {
    renderWithPane(<PipelineView />, service(), "zh-CN");
    const stale = await screen.findByRole(
      "table",
      { name: "在阶段停留过久或长期无活动的在途商机" },
      { timeout: 20_000 },
    );
    const button = within(stale).getAllByRole("button")[0];
    const dealId = button.textContent ?? "";
    fireEvent.click(button);
    await waitFor(() => expect(emulator.book.selection.sheet).toBe("销售管道"));
    const row = Number(/^A(\d+):/.exec(emulator.book.selection.address)![1]);
    expect(emulator.book.getCell("销售管道", row - 1, 0).value).toBe(dealId);
  });

  it("writes the dashboard sheet, then asks before replacing it", async () => {
    renderWithPane(<PipelineView />, service(), "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "生成看板工作表" }, { timeout: 20_000 }));
    expect(await screen.findByText(/已生成工作表“销售管道看板”/, undefined, { timeout: 30_000 })).toBeInTheDocument();
    expect(emulator.book.charts("销售管道看板")).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "生成看板工作表" }));
    const confirm = await screen.findByRole("group", { name: "替换看板工作表？" }, { timeout: 30_000 });
    fireEvent.click(within(confirm).getByRole("button", { name: "替换" }));
    expect(await screen.findByText(/已生成工作表“销售管道看板”/, undefined, { timeout: 30_000 })).toBeInTheDocument();
    expect(emulator.book.charts("销售管道看板")).toHaveLength(3);
  });
});
