/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { pipelineStages } from "@core/pipeline/pipelineStages";
import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { dealHistory } from "@core/pipeline/review/dealHistory";
import { processReview } from "@core/pipeline/review/processReview";
import { slowerSteps } from "@core/pipeline/review/slowerSteps";
import { stageIntervals } from "@core/pipeline/review/stageIntervals";
import type { ExcelResult } from "@excel/excelFailure";
import type { PipelineService } from "@excel/pipeline/pipelineService";
import type { TablesData } from "@excel/tables/readTables";
import { PipelineView } from "@taskpane/pipeline/PipelineView";
import { ProcessReviewSection } from "@taskpane/pipeline/ProcessReviewSection";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stagesTable } from "../../core/pipeline/pipelineFixture";
import { d, historyTable, reviewDeals, reviewTables, today } from "../../core/pipeline/review/reviewFixture";

// The whole area renders in each test, which takes several seconds on a busy machine.
jest.setTimeout(30_000);

function service(withHistory: boolean): PipelineService {
  const read = {
    Deals: reviewDeals,
    Stages: stagesTable,
    ...(withHistory ? { DealHistory: historyTable } : {}),
  } as unknown as TablesData;
  return {
    read: jest.fn(async (): Promise<ExcelResult<TablesData>> => ({ ok: true, value: read })),
    today: () => today,
    selectDeal: jest.fn(),
    writeDashboard: jest.fn(),
    recordForecast: jest.fn(),
    readWeeklyForecast: jest.fn(async (): Promise<ExcelResult<boolean>> => ({ ok: true, value: false })),
    writeWeeklyForecast: jest.fn(),
  };
}

const list = (name: string) => screen.getByRole("list", { name });
const items = (name: string) =>
  within(list(name))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("the Pipeline area's process review", () => {
  it("shows days in stage, cohorts, slipped and shrunk deals and ageing from the recorded history", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: service(true) }));
    expect(await screen.findByRole("heading", { name: "Process review" })).toBeInTheDocument();
    const days = items("Average days a deal spends in each stage");
    expect(days[0]).toBe("Prospecting: 11.3 days on average (median 10) over 3 stays1 more with unknown dates");
    expect(days[3]).toBe("Negotiation: no finished stay recorded");
    expect(screen.getByText("No stage has enough stays in both periods to compare.")).toBeInTheDocument();
    const cohorts = within(list("Conversion by month of entering a stage")).getAllByRole("listitem");
    expect(within(cohorts[2]).getByText("This quarter: 1 entered · 0 (0%) moved on · 0 (0%) won")).toBeInTheDocument();
    expect(
      within(cohorts[2]).getByText("Last quarter: 3 entered · 1 (33.3%) moved on · 1 (33.3%) won"),
    ).toBeInTheDocument();
    expect(screen.getByText("2 entries with unknown dates were left out.")).toBeInTheDocument();
    expect(items("Slipped deals")).toEqual(["R2 (Wang, Proposal): 1 times, 20 days"]);
    expect(items("Deals whose amount shrank")).toEqual(["R2 (Wang, Proposal): 5,000 → 4,000"]);
    const ageing = items("Open deals by days in their current stage");
    expect(ageing[2]).toBe(
      "Proposal · 2 open deals · 11,000" +
        "0–7 days: 0 · 8–30 days: 0 · 31–90 days: 1 · Over 90 days: 1 · 2 longer than its 21 days",
    );
  });

  it("charts lost deals by reason, stage lost at and rep, empty ones named", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: service(true) }));
    expect(await screen.findByText("3 lost deals, 6,000 in all")).toBeInTheDocument();
    expect(items("Lost deals by Reason")).toEqual(["Price: 2 deals, 5,000", "(no reason): 1 deals, 1,000"]);
    fireEvent.change(screen.getByRole("combobox", { name: "Group by" }), { target: { value: "stage" } });
    expect(items("Lost deals by Stage lost at")).toEqual([
      "Proposal: 1 deals, 3,000",
      "Negotiation: 1 deals, 2,000",
      "(not recorded): 1 deals, 1,000",
    ]);
    fireEvent.change(screen.getByRole("combobox", { name: "Owner" }), { target: { value: "rep:Lee" } });
    expect(items("Lost deals by Stage lost at")).toEqual(["Negotiation: 1 deals, 2,000"]);
  });

  it("says recording is off without DealHistory, and where to turn it on, yet ages deals and reads lost reasons", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: service(false) }));
    expect(await screen.findByText(/Turn on recording of deal changes in the Workbook area/)).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Average days a deal spends in each stage" })).not.toBeInTheDocument();
    expect(items("Open deals by days in their current stage")).toHaveLength(5);
    expect(items("Lost deals by Reason")).toHaveLength(2);
  });

  it("speaks Chinese", async () => {
    renderWithPane(<PipelineView />, fakeService({ pipeline: service(true) }), "zh-CN");
    expect(await screen.findByRole("heading", { name: "流程复盘" })).toBeInTheDocument();
    expect(items("按原因统计的输单商机")).toEqual(["Price：2 个，5,000", "（无原因）：1 个，1,000"]);
  });
});

describe("ProcessReviewSection", () => {
  it("lists which step got slower or faster, with the stays behind each average", () => {
    const book = pipelineBook(reviewTables, today);
    const review = processReview(book, { owner: everyone, period: null, quietDays: 30 });
    const intervals = stageIntervals(dealHistory(historyTable)!, () => true);
    const slower = slowerSteps(intervals, pipelineStages(stagesTable), { start: d(9, 1), end: d(9, 30) }, 1);
    renderWithPane(
      <ProcessReviewSection review={{ ...review, history: { ...review.history!, slower } }} />,
      fakeService({}),
    );
    expect(screen.getByText("2026-09-01 to 2026-09-30 against 2026-08-02 to 2026-08-31")).toBeInTheDocument();
    const steps = within(list("Which step got slower")).getAllByRole("listitem");
    expect(steps).toHaveLength(1);
    expect(within(steps[0]).getByText(/Prospecting: 10 → 4 days \(-6\)/)).toBeInTheDocument();
    expect(within(steps[0]).getByText("faster")).toBeInTheDocument();
    expect(within(steps[0]).getByText("1 stays now, 1 before")).toBeInTheDocument();
    expect(screen.getByText(/Too few stays \(under 1 in a period\) to compare: Needs analysis/)).toBeInTheDocument();
  });
});
