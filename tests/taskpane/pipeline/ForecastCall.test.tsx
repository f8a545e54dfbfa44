/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { forecastSnapshot } from "@core/pipeline/forecastHistory/forecastSnapshot";
import { pipelineBook } from "@core/pipeline/pipelineView";
import type { ExcelResult } from "@excel/excelFailure";
import type { ForecastRecordOutcome } from "@excel/pipeline/forecastHistory/recordForecast";
import type { PipelineService } from "@excel/pipeline/pipelineService";
import type { TablesData } from "@excel/tables/readTables";
import { PipelineView } from "@taskpane/pipeline/PipelineView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { d, historyTable, tables, today } from "../../core/pipeline/pipelineFixture";

// The whole area renders in each test, which takes several seconds on a busy machine.
jest.setTimeout(30_000);

const book = pipelineBook(tables, today);
const snapshot = (day: number, automatic: boolean) =>
  forecastSnapshot(
    { deals: book.deals, stages: book.stages, team: tables.team, targets: tables.targets },
    day,
    automatic,
  );

// An automatic snapshot on Monday 11-23, then a manual one today after Lee won 5000 more.
const history = historyTable([
  ...snapshot(d(11, 23), true),
  ...snapshot(today, false).map((r) => (r.rep === "Lee" ? { ...r, closed: 6000, commit: 6000 } : r)),
]);

function pipelineService(overrides: Partial<PipelineService> = {}, withHistory = true) {
  const read = {
    Deals: tables.deals,
    Stages: tables.stages,
    Team: tables.team,
    Targets: tables.targets,
    ...(withHistory ? { ForecastHistory: history } : {}),
  } as unknown as TablesData;
  return {
    read: jest.fn(async (): Promise<ExcelResult<TablesData>> => ({ ok: true, value: read })),
    today: () => today,
    selectDeal: jest.fn(),
    writeDashboard: jest.fn(),
    recordForecast: jest.fn(async (): Promise<ExcelResult<ForecastRecordOutcome>> => ({
      ok: true,
      value: { kind: "recorded", rows: 3, week: "2026-W48", period: "2026 Q4", created: false },
    })),
    readWeeklyForecast: jest.fn(async (): Promise<ExcelResult<boolean>> => ({ ok: true, value: false })),
    writeWeeklyForecast: jest.fn(async (on: boolean): Promise<ExcelResult<boolean>> => ({ ok: true, value: on })),
    ...overrides,
  };
}

const money = (text: string | null) => Number((text ?? "").replace(/[^0-9.-]/g, ""));

describe("the Pipeline area's forecast call", () => {
  it("charts this quarter's recordings against the target, each point the table's row", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService() }));
    const chart = await screen.findByRole("img", { name: /^Forecast call for 2026 Q4: 2 recordings/ });
    expect(chart).toHaveAccessibleName(/Latest: closed 9,000, commit 9,000, best case 13,000/);
    const table = screen.getByRole("table", { name: "Forecast recordings for 2026 Q4" });
    const rows = within(table).getAllByRole("row").slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    );
    expect(cells.map((row) => row[0])).toEqual(["2026-11-23 (weekly)", "2026-11-28"]);
    const series = (name: string) =>
      [...chart.querySelectorAll(`[data-series="${name}"] circle title`)].map((title) => title.textContent);
    expect(series("closed")).toEqual(["Closed, 2026-11-23: 4,000", "Closed, 2026-11-28: 9,000"]);
    // Closed, Commit, Best case, Weighted and Target of each point are the table's columns.
    (["closed", "commit", "bestCase", "weighted", "target"] as const).forEach((name, k) => {
      expect(series(name).map((title) => money(title!.split(": ")[1]))).toEqual(cells.map((row) => money(row[k + 1])));
    });
    const accuracy = screen.getByRole("table", { name: "Accuracy of recorded forecasts" });
    const newest = within(within(accuracy).getAllByRole("row")[1]).getAllByRole("cell");
    // Won to date in Q4: 4,000; commit 9,000 scores 0, weighted 5,750 scores 1 − 1,750 ÷ 4,000.
    expect(newest.map((cell) => cell.textContent)).toEqual(["2026-11-28", "2026 Q4 (to date)", "4,000", "0%", "56.3%"]);
  });

  it("follows the owner filter", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService() }));
    await screen.findByRole("img", { name: /^Forecast call/ });
    fireEvent.change(screen.getByRole("combobox", { name: "Owner" }), { target: { value: "rep:Wang" } });
    const chart = screen.getByRole("img", { name: /^Forecast call/ });
    expect(chart).toHaveAccessibleName(/closed 3,000, commit 3,000, best case 7,000, weighted 2,000, target no target/);
  });

  it("records the forecast and reads the tables again, so the chart shows it", async () => {
    const pipeline = pipelineService({}, false);
    renderWithPane(<PipelineView />, fakeService({ pipeline }));
    expect(
      await screen.findByText("No forecast recorded for 2026 Q4 yet. Record one to start the trend."),
    ).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Record forecast" }));
    expect(
      await screen.findByText("Recorded the forecast for 2026 Q4 (2026-W48): 3 rows added to Forecast history."),
    ).toBeInTheDocument();
    expect(pipeline.recordForecast).toHaveBeenCalledWith({ automatic: false });
    await waitFor(() => expect(pipeline.read).toHaveBeenCalledTimes(2));
  });

  it("opts the workbook in to the weekly recording", async () => {
    const pipeline = pipelineService();
    renderWithPane(<PipelineView />, fakeService({ pipeline }));
    const weekly = await screen.findByRole("switch", { name: "Record the forecast every Monday automatically" });
    await waitFor(() => expect(weekly).toBeEnabled());
    expect(weekly).not.toBeChecked();
    fireEvent.click(weekly);
    await waitFor(() => expect(weekly).toBeChecked());
    expect(pipeline.writeWeeklyForecast).toHaveBeenCalledWith(true);
  });

  it("shows Excel's failure to record", async () => {
    const pipeline = pipelineService({
      recordForecast: jest.fn(async () => ({
        ok: false as const,
        error: { kind: "busy-editing" as const, code: "InvalidOperationInCellEditMode", message: "Cell-edit mode." },
      })),
    });
    renderWithPane(<PipelineView />, fakeService({ pipeline }));
    fireEvent.click(await screen.findByRole("button", { name: "Record forecast" }));
    expect(await screen.findByRole("group", { name: "Finish editing the cell first" })).toBeInTheDocument();
    expect(pipeline.read).toHaveBeenCalledTimes(1);
  });
});
