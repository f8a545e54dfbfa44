/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { serialFromDate } from "@core/cells/parseDate";
import { BehindPaceList } from "@taskpane/goals/pace/BehindPaceList";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { sampleGoalsData, tableOf } from "./goalsFixture";

jest.setTimeout(30_000);

const d = serialFromDate;
const target = (Period: string, start: number, end: number, Level: string, Name: string, Target: number) => ({
  Period,
  PeriodStart: start,
  PeriodEnd: end,
  Level,
  Name,
  Metric: "Signed",
  Target,
});

describe("BehindPaceList", () => {
  it("lists who is behind this month and this quarter, reps first, from the Targets rows and won deals", async () => {
    const data = sampleGoalsData({
      Targets: tableOf("Targets", [
        target("Mar 2025", d(2025, 3, 1), d(2025, 3, 31), "Rep", "Li", 100_000),
        target("Mar 2025", d(2025, 3, 1), d(2025, 3, 31), "Rep", "Wang", 1_000),
        target("Mar 2025", d(2025, 3, 1), d(2025, 3, 31), "Team", "North", 200_000),
      ]),
    });
    // 2025-03-31: March is over, so pace is attainment: Li 16,000 of 100,000.
    renderWithPane(<BehindPaceList data={data} today={d(2025, 3, 31)} />, fakeService({}));
    const month = await screen.findByRole("table", { name: "This month" });
    const rows = within(month).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual(["Li", "North (team)"]);
    expect(within(rows[0]).getByText("16,000 / 100,000")).toBeInTheDocument();
    expect(within(rows[0]).getByText("16%")).toBeInTheDocument();
    expect(screen.getByText("Nobody is behind pace this quarter.")).toBeInTheDocument();
  });

  it("speaks Chinese in a Chinese pane", async () => {
    renderWithPane(<BehindPaceList data={sampleGoalsData()} today={d(2025, 3, 31)} />, fakeService({}), "zh-CN");
    expect(await screen.findByText("本月没有进度落后的人。")).toBeInTheDocument();
  });
});
