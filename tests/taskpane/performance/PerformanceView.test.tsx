/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { PerformanceWorkbook } from "@excel/performance/readPerformance";
import { PerformanceView } from "@taskpane/performance/PerformanceView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";
import { plan } from "../../core/performance/performanceFixture";
import { handWorkbook } from "./handWorkbook";

const workbook = handWorkbook;
const now = () => new Date(2026, 1, 15);

stubResizeObserver();
// The whole area renders (wizard, preview, leaderboard): slow in jsdom on a busy machine.
jest.setTimeout(30_000);

function service(overrides: Partial<PerformanceWorkbook> = {}) {
  const performance = {
    read: jest.fn(async () => ({ ok: true as const, value: { ...workbook, ...overrides } })),
    writeScorecard: jest.fn(async () => ({
      ok: true as const,
      value: { kind: "written" as const, sheet: "Scorecard", added: 3, updated: 0, notWritten: [] },
    })),
    writeReviewSheet: jest.fn(async (_rep: string, replace: boolean) => ({
      ok: true as const,
      value: replace
        ? { kind: "written" as const, sheet: "Review Bob", periods: 2 }
        : { kind: "exists" as const, sheet: "Review Bob" },
    })),
  };
  return { performance, service: fakeService({ performance }) };
}

describe("PerformanceView", () => {
  it("starts from the workbook's KPI table and previews scores, ratings and commission for this quarter", async () => {
    renderWithPane(<PerformanceView now={now} />, service().service);
    const weight = await screen.findByRole("textbox", { name: "Weight of Win rate (%)" });
    expect(weight).toHaveValue("15");
    expect(screen.getByRole("textbox", { name: "Target of Revenue vs target (%)" })).toHaveValue("100");
    expect(screen.getByRole("textbox", { name: "Rate of tier 2 (%)" })).toHaveValue("6");
    const preview = screen.getByRole("table", { name: "Scorecard preview" });
    const ann = within(preview).getAllByRole("row")[1];
    expect(within(ann).getByText("2026 Q1")).toBeInTheDocument();
    expect(within(ann).getByText("1.19")).toBeInTheDocument();
    expect(within(ann).getByText("A")).toBeInTheDocument();
    expect(within(ann).getByText("7,900")).toBeInTheDocument();
  });

  it("ranks the leaderboard by the chosen figure and rolls the team up as Σ ÷ Σ", async () => {
    renderWithPane(<PerformanceView now={now} />, service().service);
    const board = await screen.findByRole("table", { name: "Leaderboard for 2026 Q1" });
    const reps = () =>
      within(board)
        .getAllByRole("row")
        .slice(1)
        .map((row) => within(row).getAllByRole("cell")[1].textContent);
    expect(reps()).toEqual(["Ann", "Bob", "Cai"]);
    fireEvent.change(screen.getByRole("combobox", { name: "Rank by" }), { target: { value: "attainment" } });
    const last = within(board).getAllByRole("row")[3];
    expect(within(last).getAllByRole("cell")[0]).toHaveTextContent("—");
    const rollup = screen.getByRole("table", { name: "Team roll-up for 2026 Q1" });
    const east = within(rollup).getAllByRole("row")[1];
    expect(within(east).getByText("East")).toBeInTheDocument();
    expect(within(east).getByText("85%")).toBeInTheDocument();
  });

  it("ranks by the collection rate (回款率) and shows it beside attainment, in English and Chinese", async () => {
    const english = renderWithPane(<PerformanceView now={now} />, service().service);
    const board = await screen.findByRole("table", { name: "Leaderboard for 2026 Q1" });
    const rankBy = screen.getByRole("combobox", { name: "Rank by" });
    expect(within(rankBy).getByRole("option", { name: "Collection rate" })).toBeInTheDocument();
    fireEvent.change(rankBy, { target: { value: "collectionRate" } });
    // Ann received 40 % of what fell due in Q1; Bob and Cai had nothing due, so no rank.
    const rows = within(board).getAllByRole("row");
    expect(within(rows[0]).getByRole("columnheader", { name: "Collection rate" })).toBeInTheDocument();
    expect(within(rows[1]).getAllByRole("cell")[0]).toHaveTextContent("1");
    expect(within(rows[1]).getByText("Ann")).toBeInTheDocument();
    expect(within(rows[1]).getByText("40%")).toBeInTheDocument();
    expect(within(rows[2]).getAllByRole("cell")[0]).toHaveTextContent("—");
    english.unmount();
    renderWithPane(<PerformanceView now={now} />, service().service, "zh-CN");
    const chinese = await screen.findByRole("table", { name: "2026年第1季度排行榜" });
    expect(within(chinese).getByRole("columnheader", { name: "回款率" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("combobox", { name: "排序依据" })).getByRole("option", { name: "回款率" }),
    ).toBeInTheDocument();
  });

  it("offers no collection-rate order when nobody has an installment due in the period", async () => {
    renderWithPane(<PerformanceView now={now} />, service({ data: { ...workbook.data, payments: [] } }).service);
    await screen.findByRole("table", { name: "Leaderboard for 2026 Q1" });
    const rankBy = screen.getByRole("combobox", { name: "Rank by" });
    expect(within(rankBy).queryByRole("option", { name: "Collection rate" })).toBeNull();
  });

  it("names problems and refuses to write until they are fixed", async () => {
    renderWithPane(<PerformanceView now={now} />, service().service);
    const weight = await screen.findByRole("textbox", { name: "Weight of Win rate (%)" });
    fireEvent.change(weight, { target: { value: "-1" } });
    expect(screen.getByText("The weight of Win rate (%) must be a number ≥ 0.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write scorecard" })).toBeDisabled();
    fireEvent.change(weight, { target: { value: "20" } });
    expect(screen.getByRole("button", { name: "Write scorecard" })).toBeEnabled();
  });

  it("writes the plan as edited and reports what was written", async () => {
    const { performance, service: fake } = service();
    renderWithPane(<PerformanceView now={now} />, fake);
    fireEvent.click(await screen.findByRole("radio", { name: /Whole \(全额累进\)/ }));
    fireEvent.click(screen.getByRole("button", { name: "Write scorecard" }));
    await screen.findByText("Scorecard written on sheet Scorecard: 3 rows added, 0 updated.");
    const written = performance.writeScorecard.mock.calls[0] as unknown as [typeof plan];
    expect(written[0].commission.mode).toBe("whole");
    expect(written[0].reps).toEqual(["Ann", "Bob", "Cai"]);
    expect(written[0].periods.map((p) => p.key)).toEqual(["FY2026-Q1"]);
    expect(written[0].kpis.find((k) => k.key === "winRate")?.target).toBeCloseTo(0.5, 12);
    expect(performance.read).toHaveBeenCalledTimes(2);
  });

  it("offers the collection rate at weight 0 and, once weighed, previews and writes its score", async () => {
    const { performance, service: fake } = service();
    renderWithPane(<PerformanceView now={now} />, fake);
    const weight = await screen.findByRole("textbox", { name: "Weight of Collection rate (%)" });
    const target = screen.getByRole("textbox", { name: "Target of Collection rate (%)" });
    expect([weight, target].map((field) => (field as HTMLInputElement).value)).toEqual(["0", "90"]);
    const preview = screen.getByRole("table", { name: "Scorecard preview" });
    expect(within(within(preview).getAllByRole("row")[1]).getByText("1.19")).toBeInTheDocument();
    // Ann collected 40 % of what fell due in Q1: at weight 20 against 80 %, (118.958 + 20 × 0.5) ÷ 120.
    fireEvent.change(weight, { target: { value: "20" } });
    fireEvent.change(target, { target: { value: "80" } });
    expect(within(within(preview).getAllByRole("row")[1]).getByText("1.07")).toBeInTheDocument();
    fireEvent.change(weight, { target: { value: "-5" } });
    expect(screen.getByText("The weight of Collection rate (%) must be a number ≥ 0.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Write scorecard" })).toBeDisabled();
    fireEvent.change(weight, { target: { value: "20" } });
    fireEvent.click(screen.getByRole("button", { name: "Write scorecard" }));
    await screen.findByText("Scorecard written on sheet Scorecard: 3 rows added, 0 updated.");
    const written = performance.writeScorecard.mock.calls[0] as unknown as [typeof plan];
    const rate = written[0].kpis.find((k) => k.key === "collectionRate");
    expect(rate).toMatchObject({ weight: 20, lowerIsBetter: false });
    expect(rate?.target).toBeCloseTo(0.8, 12);
  });

  it("names the collection rate KPI in Chinese", async () => {
    renderWithPane(<PerformanceView now={now} />, service().service, "zh-CN");
    expect(await screen.findByRole("textbox", { name: "回款率（%）的权重" })).toHaveValue("0");
    expect(screen.getByRole("textbox", { name: "回款率（%）的目标" })).toHaveValue("90");
  });

  it("asks before rewriting rows already in the Scorecard", async () => {
    const record = { period: "2026 Q1", rep: "Bob", periodStart: 46023, feedback: "Call more", training: "" };
    const { performance, service: fake } = service({ scorecard: [record] });
    renderWithPane(<PerformanceView now={now} />, fake);
    fireEvent.click(await screen.findByRole("button", { name: "Write scorecard" }));
    expect(screen.getByText(/1 rows for these periods and reps are in the Scorecard already/)).toBeInTheDocument();
    expect(performance.writeScorecard).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Update and write" }));
    await waitFor(() => expect(performance.writeScorecard).toHaveBeenCalledTimes(1));
  });

  it("writes a review sheet for the chosen rep, replacing an existing one only after asking", async () => {
    const { performance, service: fake } = service();
    renderWithPane(<PerformanceView now={now} />, fake);
    fireEvent.change(await screen.findByRole("combobox", { name: "Rep" }), { target: { value: "Bob" } });
    fireEvent.click(screen.getByRole("button", { name: "Write review sheet" }));
    await screen.findByText("Sheet Review Bob exists. Replace it?");
    fireEvent.click(screen.getByRole("button", { name: "Replace" }));
    await screen.findByText("Review sheet Review Bob written with 2 periods.");
    expect(performance.writeReviewSheet.mock.calls).toEqual([
      ["Bob", false],
      ["Bob", true],
    ]);
  });

  it("shows the Office failure of a read, and speaks Chinese", async () => {
    const failing = fakeService({
      performance: {
        read: async () => ({
          ok: false as const,
          error: { kind: "busy-editing" as const, code: "InvalidOperationInCellEditMode", message: "Leave the cell" },
        }),
        writeScorecard: jest.fn(),
        writeReviewSheet: jest.fn(),
      },
    });
    renderWithPane(<PerformanceView now={now} />, failing, "zh-CN");
    expect(await screen.findByText("Leave the cell")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "绩效评估" })).toBeInTheDocument();
  });

  it("shows the leaderboard title in Chinese", async () => {
    renderWithPane(<PerformanceView now={now} />, service().service, "zh-CN");
    expect(await screen.findByRole("heading", { name: "排行榜" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "2026年第1季度排行榜" })).toBeInTheDocument();
  });

  it("names a required column the workbook lacks instead of showing zeros, in English and Chinese", async () => {
    const missingColumns = [{ table: "Deals" as const, key: "ClosedOn", header: "ClosedOn" }];
    const english = renderWithPane(<PerformanceView now={now} />, service({ missingColumns }).service);
    expect(await screen.findByText("Deals has no ClosedOn column")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Scorecard preview" })).not.toBeInTheDocument();
    english.unmount();
    renderWithPane(<PerformanceView now={now} />, service({ missingColumns }).service, "zh-CN");
    expect(await screen.findByText("销售管道表缺少 ClosedOn 列")).toBeInTheDocument();
  });
});
