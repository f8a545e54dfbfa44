/** @jest-environment jsdom */
import { configure, fireEvent, screen, within } from "@testing-library/react";
import { serialFromDate } from "@core/cells/parseDate";
import type { TargetsWrite } from "@excel/goals/writeTargets";
import type { GoalsData } from "@excel/goals/goalsData";
import { GoalsView } from "@taskpane/goals/GoalsView";
import { fakeService } from "../../fakeWorkbookService";
import { renderWithPane } from "../../renderWithPane";
import { TODAY, sampleGoalsData } from "../goalsFixture";

configure({ defaultHidden: true });
jest.setTimeout(60_000);

function goalsService(data: GoalsData = sampleGoalsData(), today = TODAY) {
  return {
    read: jest.fn(async () => ({ ok: true as const, value: data })),
    writeTargets: jest.fn(async (request: TargetsWrite) => ({
      ok: true as const,
      value: {
        status: "written" as const,
        sheet: "Targets",
        added: request.plans.length * 24,
        replaced: 0,
        created: true,
        charts: [],
        cancelled: false,
      },
    })),
    writeActionPlan: jest.fn(),
    writeGoal: jest.fn(),
    writePreviewSheet: jest.fn(),
    today: () => today,
  };
}

const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));
const gridRows = async () =>
  within(await screen.findByRole("table", { name: "Targets by period" })).getAllByRole("row");

describe("Goals wizard: targets for a quarter, a month or the rest of the year", () => {
  it("plans next quarter: its three months only, and writes the quarter and its months", async () => {
    const goals = goalsService();
    renderWithPane(<GoalsView />, fakeService({ goals }));
    fireEvent.click(await screen.findByRole("radio", { name: "A quarter" }));
    // Today is 1 March 2026 (Q1), so next quarter is Q2 2026.
    fireEvent.click(screen.getByRole("button", { name: "Next quarter" }));
    expect(screen.getByRole("combobox", { name: "Quarter" })).toHaveValue("2");
    expect(screen.getByRole("textbox", { name: /Fiscal year/ })).toHaveValue("2026");
    fireEvent.change(screen.getByRole("textbox", { name: /Target for the quarter/ }), { target: { value: "300000" } });
    next();
    next();
    expect(screen.getByText(/Targets are written for the quarter and each of its months/)).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Also write weekly targets" })).toBeNull();
    next();
    next();
    const rows = await gridRows();
    expect(rows).toHaveLength(1 + 3 + 1);
    expect(within(rows[1]).getAllByRole("cell")[0]).toHaveTextContent("Apr 2026");
    expect(within(rows[4]).getAllByRole("cell").at(-1)).toHaveTextContent("300,000");
    expect(screen.getByText("Target for Apr 2026 – Jun 2026: 300,000")).toBeInTheDocument();

    next();
    expect(screen.getByText(/rows go to the Targets table \(the quarter and its months\)/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Write targets" }));
    await screen.findByText(/Wrote 24 rows/);
    const request = goals.writeTargets.mock.calls[0][0];
    expect(request.granularities).toEqual(["quarter", "month"]);
    expect(request.plans[0].plan.months.map((m) => m.key)).toEqual(["FY2026-M04", "FY2026-M05", "FY2026-M06"]);
  });

  it("plans a single month", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    fireEvent.click(await screen.findByRole("radio", { name: "A month" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Month" }), { target: { value: "7" } });
    fireEvent.change(screen.getByRole("textbox", { name: /Target for the month/ }), { target: { value: "90000" } });
    next();
    next();
    next();
    next();
    const rows = await gridRows();
    expect(rows).toHaveLength(1 + 1 + 1);
    expect(within(rows[1]).getAllByRole("cell")[0]).toHaveTextContent("Jul 2026");
    expect(screen.queryByRole("combobox", { name: "Show" })).toBeNull();
  });

  it("asks for a quarter's target in its own words", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    fireEvent.click(await screen.findByRole("radio", { name: "A quarter" }));
    next();
    expect(screen.getByText("Type the target as a number above 0.")).toBeInTheDocument();
  });

  it("splits the rest of the year: the annual target less what was won, over the months left", async () => {
    const data = sampleGoalsData();
    const won = { owner: "Li", stage: "Won", closedOn: serialFromDate(2026, 2, 10), amount: 200_000, collected: 0 };
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService({ ...data, deals: [...data.deals, won] }) }));
    fireEvent.click(await screen.findByRole("radio", { name: "The rest of the year" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Annual target/ }), { target: { value: "1200000" } });
    next();
    next();
    next();
    next();
    const rows = await gridRows();
    // March (in progress) to December.
    expect(rows).toHaveLength(1 + 10 + 1);
    expect(within(rows[1]).getAllByRole("cell")[0]).toHaveTextContent("Mar 2026");
    expect(
      screen.getByText("Annual target 1,200,000 − won so far 200,000 = 1,000,000 over the 10 months left"),
    ).toBeInTheDocument();
    expect(within(rows[11]).getAllByRole("cell").at(-1)).toHaveTextContent("1,000,000");
  });

  it("says what last year means and counts complete months only", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    fireEvent.change(await screen.findByRole("textbox", { name: /Annual target/ }), { target: { value: "1" } });
    next();
    next();
    expect(
      screen.getByText(/12 months of won deals before this fiscal year, complete months only/),
    ).toBeInTheDocument();
    expect(screen.getByText("Last year means 2025, the last complete fiscal year.")).toBeInTheDocument();
  });

  it("offers next year in the last quarter, with the start month of the Targets already written", async () => {
    const november = serialFromDate(2026, 11, 2);
    const { unmount } = renderWithPane(
      <GoalsView />,
      fakeService({ goals: goalsService(sampleGoalsData(), november) }),
    );
    expect(await screen.findByRole("textbox", { name: /Fiscal year/ })).toHaveValue("2027");
    unmount();

    const april = {
      ...sampleGoalsData(),
      targetPeriods: [{ start: serialFromDate(2025, 4, 1), end: serialFromDate(2026, 3, 31) }],
    };
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService(april, november) }));
    // November 2026 is fiscal month 8 of FY2026 (April start).
    expect(await screen.findByRole("textbox", { name: /Fiscal year/ })).toHaveValue("2026");
    expect(screen.getByRole("combobox", { name: "Fiscal year starts in" })).toHaveValue("4");
  });

  it("speaks Chinese", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }), "zh-CN");
    fireEvent.click(await screen.findByRole("radio", { name: "一个季度" }));
    expect(screen.getByRole("textbox", { name: /季度目标/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "下季度" })).toBeInTheDocument();
  });
});
