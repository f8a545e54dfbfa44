/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { PipelineService } from "@excel/pipeline/pipelineService";
import type { ForecastRecordOutcome } from "@excel/pipeline/forecastHistory/recordForecast";
import type { DashboardOutcome } from "@excel/pipeline/writePipelineDashboard";
import type { TablesData } from "@excel/tables/readTables";
import { PipelineView } from "@taskpane/pipeline/PipelineView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { tables, today } from "../../core/pipeline/pipelineFixture";

const read: TablesData = {
  Deals: tables.deals,
  Stages: tables.stages,
  Team: tables.team,
  Targets: tables.targets,
  Activities: tables.activities,
} as unknown as TablesData;

function pipelineService(overrides: Partial<PipelineService> = {}) {
  return {
    read: jest.fn(async (): Promise<ExcelResult<TablesData>> => ({ ok: true, value: read })),
    today: () => today,
    selectDeal: jest.fn(async () => ({ ok: true as const, value: { sheet: "Pipeline", address: "A6:L6" } })),
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
    ...overrides,
  };
}

const figure = (name: string) => screen.getByRole("definition", { name });

describe("PipelineView", () => {
  it("shows the summary, and refigures it for a period and an owner", async () => {
    const pipeline = pipelineService();
    renderWithPane(<PipelineView />, fakeService({ pipeline }));

    expect(await screen.findByText("8 deals · 7 stages · today 2026-11-28")).toBeInTheDocument();
    expect(within(figure("Open pipeline")).getByText("17,000")).toBeInTheDocument();
    expect(within(figure("Open pipeline")).getByText(/4 open deals/)).toBeInTheDocument();
    expect(within(figure("Weighted pipeline")).getByText("8,150")).toBeInTheDocument();
    expect(within(figure("Commit")).getByText("11,000")).toBeInTheDocument();
    expect(within(figure("Win rate")).getByText("50%")).toBeInTheDocument();
    expect(within(figure("Average cycle")).getByText("67.5 days")).toBeInTheDocument();
    expect(within(figure("Coverage of remaining target")).getByText(/No target for this period/)).toBeInTheDocument();

    fireEvent.change(screen.getByRole("combobox", { name: "Period" }), { target: { value: "quarter" } });
    expect(within(figure("Open pipeline")).getByText("9,000")).toBeInTheDocument();
    expect(within(figure("Coverage of remaining target")).getByText("1.5×")).toBeInTheDocument();
    expect(within(figure("Coverage of remaining target")).getByText(/remaining 6,000/)).toBeInTheDocument();

    fireEvent.change(screen.getByRole("combobox", { name: "Owner" }), { target: { value: "team:North" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Period" }), { target: { value: "all" } });
    expect(within(figure("Open pipeline")).getByText("6,000")).toBeInTheDocument();
    expect(within(figure("Win rate")).getByText("0%")).toBeInTheDocument();
    expect(pipeline.read).toHaveBeenCalledTimes(1);
  });

  it("shows a figure SALES cannot compute with the function's message", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService() }));
    await screen.findByText(/8 deals/);
    fireEvent.change(screen.getByRole("combobox", { name: "Period" }), { target: { value: "nextQuarter" } });
    // Next quarter holds only D8, still open: no closed deal for WINRATE.
    expect(within(figure("Win rate")).getByText("—")).toBeInTheDocument();
    expect(within(figure("Win rate")).getByText(/no closed \(won or lost\) deal/)).toBeInTheDocument();
  });

  it("calls out the funnel's bottleneck and lists the forecast buckets", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService() }));
    const funnel = await screen.findByRole("table", { name: "Deals that reached each stage" });
    const negotiation = within(funnel).getByRole("row", { name: /Negotiation/ });
    expect(within(negotiation).getByText("Bottleneck")).toBeInTheDocument();
    expect(within(funnel).getAllByText("Bottleneck")).toHaveLength(1);
    expect(screen.getByText("Weakest step: Proposal → Negotiation, 66.7% convert.")).toBeInTheDocument();

    const forecast = screen.getByRole("table", { name: "Open deals by expected close month" });
    const labels = within(forecast)
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell")[0].textContent);
    expect(labels).toEqual(["Overdue", "2026-12", "2027-01", "No close date"]);
    expect(within(within(forecast).getByRole("row", { name: /No close date/ })).getByText("6,000")).toBeInTheDocument();
  });

  it("selects a stale deal's row when it is clicked, and says when the deal is gone", async () => {
    const pipeline = pipelineService();
    renderWithPane(<PipelineView />, fakeService({ pipeline }));
    const stale = await screen.findByRole("table", { name: "Open deals stuck in their stage or without activity" });
    expect(within(stale).getByText("27 days in Proposal (limit 21)")).toBeInTheDocument();
    fireEvent.click(within(stale).getByRole("button", { name: "Select D5 (Echo) in the sheet" }));
    await waitFor(() => expect(pipeline.selectDeal).toHaveBeenCalledWith("D5", 4));

    (pipeline.selectDeal as jest.Mock).mockResolvedValueOnce({ ok: true, value: null });
    fireEvent.click(within(stale).getByRole("button", { name: "Select D4 (Delta) in the sheet" }));
    expect(
      await screen.findByText("Deal D4 is no longer in the Deals table. Refresh to read it again."),
    ).toBeInTheDocument();

    fireEvent.change(screen.getByRole("spinbutton", { name: "Quiet after (days)" }), { target: { value: "100" } });
    expect(within(stale).queryByRole("button", { name: /D5/ })).toBeNull();
  });

  it("writes the dashboard, asking before it replaces the sheet", async () => {
    const writeDashboard = jest
      .fn<Promise<ExcelResult<DashboardOutcome>>, [{ replace: boolean }]>()
      .mockResolvedValueOnce({ ok: true, value: { kind: "exists", sheet: "Pipeline dashboard" } })
      .mockResolvedValueOnce({ ok: true, value: { kind: "written", sheet: "Pipeline dashboard", figures: {} } });
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService({ writeDashboard }) }));
    fireEvent.click(await screen.findByRole("button", { name: "Write dashboard sheet" }));

    const dialog = await screen.findByRole("group", { name: "Replace the dashboard sheet?" });
    expect(writeDashboard).toHaveBeenLastCalledWith({ replace: false });
    fireEvent.click(within(dialog).getByRole("button", { name: "Replace" }));
    expect(await screen.findByText(/Wrote the sheet “Pipeline dashboard”/)).toBeInTheDocument();
    expect(writeDashboard).toHaveBeenLastCalledWith({ replace: true });
  });

  it("says when Excel drew the funnel as a bar chart instead", async () => {
    const writeDashboard = jest.fn(async (): Promise<ExcelResult<DashboardOutcome>> => ({
      ok: true,
      value: { kind: "written", sheet: "Pipeline dashboard", figures: {}, fallbackCharts: ["Funnel by stage"] },
    }));
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService({ writeDashboard }) }));
    fireEvent.click(await screen.findByRole("button", { name: "Write dashboard sheet" }));
    expect(
      await screen.findByText(/could not draw Funnel by stage as a funnel chart, so it is a bar chart/),
    ).toBeInTheDocument();
  });

  it("shows Excel's failures", async () => {
    const failing = pipelineService({
      read: jest.fn(async () => ({
        ok: false as const,
        error: { kind: "busy-editing" as const, code: "InvalidOperationInCellEditMode", message: "Cell-edit mode." },
      })),
    });
    renderWithPane(<PipelineView />, fakeService({ pipeline: failing }));
    expect(await screen.findByRole("group", { name: "Finish editing the cell first" })).toBeInTheDocument();
  });

  it("says when there is no Deals table", async () => {
    const empty = pipelineService({ read: jest.fn(async () => ({ ok: true as const, value: {} })) });
    renderWithPane(<PipelineView />, fakeService({ pipeline: empty }));
    expect(await screen.findByText(/no Deals table yet/)).toBeInTheDocument();
  });

  it("speaks Chinese", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: pipelineService() }), "zh-CN");
    expect(await screen.findByRole("heading", { name: "销售管道" })).toBeInTheDocument();
    expect(within(await screen.findByRole("definition", { name: "赢单率" })).getByText("50%")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "生成看板工作表" })).toBeInTheDocument();
  });
});
