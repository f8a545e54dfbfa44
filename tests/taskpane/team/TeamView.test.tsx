/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { serialFromDate } from "@core/cells/parseDate";
import type { ExcelResult } from "@excel/excelFailure";
import type { TeamWorkbook } from "@excel/team/teamWorkbook";
import { TeamView } from "@taskpane/team/TeamView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { fixtureToday, fixtureTables, fixtureWorkbook } from "./teamFixture";

// Rendering Fluent tables in jsdom takes seconds on a loaded machine (the first test also warms up).
jest.setTimeout(30_000);

function teamService(read: ExcelResult<TeamWorkbook> = { ok: true, value: fixtureWorkbook() }) {
  return fakeService({
    team: {
      read: jest.fn(async () => read),
      select: jest.fn(async (): Promise<ExcelResult<void>> => ({ ok: true, value: undefined })),
      today: () => fixtureToday,
    },
  });
}

function rowNamed(table: HTMLElement, name: RegExp | string): HTMLElement {
  const cell = within(table).getAllByRole("cell", { name }).at(0);
  const row = cell?.closest("tr");
  if (!row) throw new Error(`no row named ${String(name)}`);
  return row;
}

describe("TeamView", () => {
  it("shows the roster by team with attainment rolled up as Σwon ÷ Σtarget, pipeline and follow-ups", async () => {
    renderWithPane(<TeamView />, teamService());
    const roster = await screen.findByRole("table", { name: "Reps by team with each team's roll-up" });
    expect(screen.getByText(/Attainment for 2026-07/)).toBeInTheDocument();

    const rise = rowNamed(roster, "Rise");
    expect(within(rise).getByText("50%")).toBeInTheDocument();
    expect(within(rise).getByText("15K of 30K")).toBeInTheDocument();
    // Collected beside signed: the payments received in July, not the deals' Collected.
    expect(within(rise).getByText("9K")).toBeInTheDocument();
    expect(within(rise).getByText("of 15K signed")).toBeInTheDocument();
    expect(within(rise).getByText("40K")).toBeInTheDocument();
    expect(within(rise).getByText("20K weighted · 1 deals")).toBeInTheDocument();
    expect(within(rise).getByRole("cell", { name: "2" })).toBeInTheDocument();

    const east = rowNamed(roster, /East · manager Mia/);
    expect(within(east).getByText("50%")).toBeInTheDocument();
    const west = rowNamed(roster, /West · manager Leo/);
    expect(within(west).getByText("125%")).toBeInTheDocument();
    // 40K of 50K is 80 %; the mean of 50 % and 125 % would be 88 %.
    const total = rowNamed(roster, "All teams");
    expect(within(total).getByText("80%")).toBeInTheDocument();
    expect(within(total).getByText("40K of 50K")).toBeInTheDocument();
    expect(within(total).getByText("34K")).toBeInTheDocument();
    expect(within(total).getByText("of 40K signed")).toBeInTheDocument();
    const mia = rowNamed(roster, "Mia");
    expect(within(mia).getByText("no target")).toBeInTheDocument();
  });

  it("shows another period of Targets when the manager picks it: attainment and follow-ups follow it", async () => {
    renderWithPane(<TeamView />, teamService());
    const roster = await screen.findByRole("table", { name: "Reps by team with each team's roll-up" });
    const period = screen.getByRole("combobox", { name: "Period" });
    expect(
      within(period)
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["2026-07 (2026-07-01 – 2026-07-31)", "2026-06 (2026-06-01 – 2026-06-30)"]);
    expect(period).toHaveValue(`${serialFromDate(2026, 7, 1)}-${serialFromDate(2026, 7, 31)}`);
    expect(screen.queryByText(/Follow-ups are those of the 30 days to/)).not.toBeInTheDocument();

    fireEvent.change(period, { target: { value: `${serialFromDate(2026, 6, 1)}-${serialFromDate(2026, 6, 30)}` } });
    expect(await screen.findByText(/Attainment for 2026-06/)).toBeInTheDocument();
    expect(
      screen.getByText("Follow-ups are those of the 30 days to 2026-06-30; open pipeline is as it stands today."),
    ).toBeInTheDocument();
    const rise = rowNamed(roster, "Rise");
    expect(within(rise).getByText("80%")).toBeInTheDocument();
    expect(within(rise).getByText("20K of 25K")).toBeInTheDocument();
    // June: 4K came in, of 20K signed.
    expect(within(rise).getByText("4K")).toBeInTheDocument();
    expect(within(rise).getByText("of 20K signed")).toBeInTheDocument();
    // June's four follow-ups (3–6 June) are within the 30 days to 30 June; July's two are not.
    expect(within(rise).getByRole("cell", { name: "4" })).toBeInTheDocument();
    // Flat has no June target: what he won in June, no attainment.
    expect(within(rowNamed(roster, "Flat")).getByText("no target")).toBeInTheDocument();
  });

  it("picks the period in Chinese too", async () => {
    renderWithPane(<TeamView />, teamService(), "zh-CN");
    const period = await screen.findByRole("combobox", { name: "周期" });
    fireEvent.change(period, { target: { value: `${serialFromDate(2026, 6, 1)}-${serialFromDate(2026, 6, 30)}` } });
    expect(await screen.findByText(/2026-06 的达成率/)).toBeInTheDocument();
    expect(screen.getByText("跟进次数为截至 2026-06-30 的 30 天内；在途管道为今天的状态。")).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "回款额" })).toBeInTheDocument();
    expect(within(period).getAllByRole("option")[1]).toHaveTextContent("2026-06（2026-06-01 至 2026-06-30）");
  });

  it("selects a rep's row in the Team sheet, and shows why when Excel refuses", async () => {
    const service = teamService();
    service.team.select.mockResolvedValueOnce({ ok: true, value: undefined }).mockResolvedValueOnce({
      ok: false,
      error: { kind: "not-found", code: "ItemNotFound", message: "The sheet was deleted." },
    });
    renderWithPane(<TeamView />, service);
    const flat = await screen.findByRole("button", { name: "Flat" });
    fireEvent.click(flat);
    await waitFor(() => expect(service.team.select).toHaveBeenCalledWith("Team", "A5:D5"));
    fireEvent.click(flat);
    expect(await screen.findByText("The sheet was deleted.")).toBeInTheDocument();
  });

  it("ranks the rising rep first and shows every component's value, score, weight and share", async () => {
    renderWithPane(<TeamView />, teamService());
    const cards = await screen.findAllByRole("article");
    expect(cards.map((card) => card.getAttribute("aria-label"))).toEqual(["Rise", "Flat"]);
    const rise = cards[0];
    expect(within(rise).getByText("#1 Rise")).toBeInTheDocument();
    expect(within(rise).getByText("Index 65")).toBeInTheDocument();
    const trend = rowNamed(rise, /Results trend/);
    expect(
      within(trend).getByText(/\+13\.3% a month in won revenue \(10K → 12K → 14K → 16K → 18K → 20K\)/),
    ).toBeInTheDocument();
    expect(
      within(trend)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([expect.stringContaining("Results trend"), "100", "30", "30.0"]);
    expect(within(rowNamed(rise, /Learning/)).getByText("Win rate 50%, was 50% (0 pts)")).toBeInTheDocument();
    expect(within(rowNamed(rise, /Drive/)).getByText("4.0 follow-ups a month (24 in all)")).toBeInTheDocument();
    expect(within(rowNamed(rise, /Adaptability/)).getByText("No new industry won in")).toBeInTheDocument();
    expect(
      within(rowNamed(rise, /Communication/)).getByText("4.0 average satisfaction (24 rated follow-ups)"),
    ).toBeInTheDocument();
    expect(within(cards[1]).getByText("Index 35")).toBeInTheDocument();
  });

  it("marks reps with too little history and does not rank them", async () => {
    renderWithPane(<TeamView />, teamService());
    const unranked = await screen.findByRole("region", { name: "Too little history to rank" });
    expect(within(unranked).getByText("Newbie")).toBeInTheDocument();
    expect(
      within(unranked).getByText(/joined on 2026-03-01, after 2026-01.*1 closed deals in these months \(5 needed\)/),
    ).toBeInTheDocument();
    expect(within(unranked).getByText("Mia")).toBeInTheDocument();
  });

  it("re-ranks when a weight changes, and restores the default weights", async () => {
    renderWithPane(<TeamView />, teamService());
    const trendWeight = await screen.findByRole("spinbutton", { name: "Results trend" });
    expect(screen.getByText("30% of the index")).toBeInTheDocument();
    fireEvent.change(trendWeight, { target: { value: "0" } });
    fireEvent.blur(trendWeight);
    await waitFor(() => expect(screen.getAllByText("Index 50")).toHaveLength(2));
    expect(screen.getAllByText(/^#1 /)).toHaveLength(2);
    expect(screen.getAllByText("29% of the index")).toHaveLength(2); // learning and drive, 20 of 70 each

    fireEvent.click(screen.getByRole("button", { name: "Default weights" }));
    await waitFor(() => expect(screen.getByText("Index 65")).toBeInTheDocument());
  });

  it("speaks Chinese", async () => {
    renderWithPane(<TeamView />, teamService(), "zh-CN");
    expect(await screen.findByRole("heading", { name: "高潜力销售" })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "按团队列出的销售代表及团队汇总" })).toBeInTheDocument();
    expect(screen.getByText("第 1 名 Rise")).toBeInTheDocument();
    expect(screen.getByText("全部团队")).toBeInTheDocument();
    expect(screen.getByRole("spinbutton", { name: "业绩趋势" })).toBeInTheDocument();
  });

  it("says what is missing: no Team table, or tables the figures need", async () => {
    const { Team: _team, ...withoutTeam } = fixtureTables();
    const { unmount } = renderWithPane(<TeamView />, teamService({ ok: true, value: fixtureWorkbook(withoutTeam) }));
    expect(await screen.findByText("No Team table in this workbook")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    unmount();

    const { Targets: _targets, Activities: _activities, ...fewer } = fixtureTables();
    renderWithPane(<TeamView />, teamService({ ok: true, value: fixtureWorkbook(fewer) }));
    expect(await screen.findByText(/Not in this workbook: Activities, Targets, Stages/)).toBeInTheDocument();
    expect(screen.getByText(/No rep target in Targets covers today/)).toBeInTheDocument();
    // Without targets the column shows what was won this month, not an attainment.
    expect(screen.getByRole("columnheader", { name: "Won" })).toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: "Attainment" })).not.toBeInTheDocument();
    const total = within(rowNamed(screen.getAllByRole("table")[0], "All teams")).getAllByRole("cell");
    expect(total[1]).toHaveTextContent(/^40K$/); // 15K + 25K won in July
  });

  it("shows a failed read in a MessageBar, and reads again on Refresh", async () => {
    const service = teamService({
      ok: false,
      error: { kind: "busy-editing", code: "InvalidOperationInCellEditMode", message: "Cell-edit mode." },
    });
    renderWithPane(<TeamView />, service);
    expect(await screen.findByText("Finish editing the cell first")).toBeInTheDocument();
    service.team.read.mockResolvedValueOnce({ ok: true, value: fixtureWorkbook() });
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByRole("table", { name: "Reps by team with each team's roll-up" })).toBeInTheDocument();
    expect(screen.queryByText("Finish editing the cell first")).not.toBeInTheDocument();
  });

  it("names a required column the workbook lacks instead of showing zeros, in English and Chinese", async () => {
    const missingColumns = [{ table: "Deals" as const, key: "Amount", header: "Amount" }];
    const read = { ok: true as const, value: { ...fixtureWorkbook(), missingColumns } };
    const english = renderWithPane(<TeamView />, teamService(read));
    expect(await screen.findByText("Deals has no Amount column")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Reps by team with each team's roll-up" })).not.toBeInTheDocument();
    english.unmount();
    renderWithPane(<TeamView />, teamService(read), "zh-CN");
    expect(await screen.findByText("销售管道表缺少 Amount 列")).toBeInTheDocument();
  });
});
