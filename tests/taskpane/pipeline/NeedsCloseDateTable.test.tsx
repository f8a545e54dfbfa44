/** @jest-environment jsdom */
import type { Cell } from "@core/cells/cell";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { ForecastRecordOutcome } from "@excel/pipeline/forecastHistory/recordForecast";
import type { DashboardOutcome } from "@excel/pipeline/writePipelineDashboard";
import type { TablesData } from "@excel/tables/readTables";
import { PipelineView } from "@taskpane/pipeline/PipelineView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { dealsTable, plainTable, tables, today } from "../../core/pipeline/pipelineFixture";

// The whole area renders and reads per test; a loaded machine needs more than jest's 5 s.
jest.setTimeout(30_000);

/** The fixture's deals with D1 (won, Lee) and D7 (lost, Zhao) lacking a close date. */
function readWithout(ids: readonly string[]): TablesData {
  const closedAt = dealsTable.columns.ClosedOn;
  const rows: Cell[][] = dealsTable.rows.map((row) =>
    ids.includes(String(row[0])) ? row.map((cell, i) => (i === closedAt ? "" : cell)) : [...row],
  );
  return {
    Deals: plainTable("Deals", dealsTable.headers, rows),
    Stages: tables.stages,
    Team: tables.team,
    Targets: tables.targets,
    Activities: tables.activities,
  } as unknown as TablesData;
}

function pipelineService(read: TablesData) {
  return {
    read: jest.fn(async (): Promise<ExcelResult<TablesData>> => ({ ok: true, value: read })),
    today: () => today,
    selectDeal: jest.fn(async () => ({ ok: true as const, value: { sheet: "Pipeline", address: "A2:L2" } })),
    writeDashboard: jest.fn(async (): Promise<ExcelResult<DashboardOutcome>> => ({
      ok: true,
      value: { kind: "written", sheet: "Pipeline dashboard", figures: {} },
    })),
    recordForecast: jest.fn(async (): Promise<ExcelResult<ForecastRecordOutcome>> => ({
      ok: true,
      value: { kind: "nothing-to-record" },
    })),
    readWeeklyForecast: jest.fn(async (): Promise<ExcelResult<boolean>> => ({ ok: true, value: false })),
    writeWeeklyForecast: jest.fn(async (on: boolean): Promise<ExcelResult<boolean>> => ({ ok: true, value: on })),
  };
}

describe("the Pipeline area's needs-a-close-date list", () => {
  it("lists won and lost deals without a close date and selects one's row when clicked", async () => {
    const pipeline = pipelineService(readWithout(["D1", "D7"]));
    renderWithPane(<PipelineView />, fakeService({ pipeline }));

    const list = await screen.findByRole("table", { name: "Decided deals without a close date" });
    expect(screen.getByRole("heading", { name: "Needs a close date" })).toBeInTheDocument();
    const rows = within(list).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[0].textContent)).toEqual(["D1 Acme", "D7 Golf"]);
    expect(within(rows[1]).getByText("Lost")).toBeInTheDocument();

    fireEvent.click(within(list).getByRole("button", { name: "Select D7 (Golf) in the sheet" }));
    await waitFor(() => expect(pipeline.selectDeal).toHaveBeenCalledWith("D7", 6));
  });

  it("keeps to the owner chosen, and is not shown when every decided deal has its date", async () => {
    const { unmount } = renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService(readWithout([])) }));
    await screen.findByText("8 deals · 7 stages · today 2026-11-28");
    expect(screen.queryByRole("heading", { name: "Needs a close date" })).toBeNull();
    unmount();

    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService(readWithout(["D1", "D7"])) }));
    expect(await screen.findByRole("button", { name: "Select D1 (Acme) in the sheet" })).toBeInTheDocument();
    // Zhao's team, North: D1 is Lee's.
    fireEvent.change(screen.getByRole("combobox", { name: "Owner" }), { target: { value: "team:North" } });
    const list = screen.getByRole("table", { name: "Decided deals without a close date" });
    expect(within(list).getAllByRole("row")).toHaveLength(2);
    expect(within(list).getByRole("button", { name: "Select D7 (Golf) in the sheet" })).toBeInTheDocument();
  });

  it("speaks Chinese in a Chinese pane", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService(readWithout(["D1"])) }), "zh-CN");
    expect(await screen.findByRole("heading", { name: "待补成交日期" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "缺少成交日期的已结束商机" })).toBeInTheDocument();
  });
});
