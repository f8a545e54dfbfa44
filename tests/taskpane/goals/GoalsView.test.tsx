/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { serialFromDate } from "@core/cells/parseDate";
import type { ActionPlanWrite } from "@excel/goals/writeActionPlan";
import type { GoalWrite } from "@excel/goals/writeGoal";
import type { TargetsWrite } from "@excel/goals/writeTargets";
import { GoalsView } from "@taskpane/goals/GoalsView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { TODAY, sampleGoalsData, tableOf } from "./goalsFixture";

// Fluent's injected styles make jsdom's getComputedStyle (the inaccessibility check of *ByRole)
// slow over a grid of inputs; the hidden wizard is never queried while another section shows.
configure({ defaultHidden: true });
jest.setTimeout(60_000);

function goalsService(overrides: Record<string, unknown> = {}) {
  const data = sampleGoalsData();
  return {
    read: jest.fn(async () => ({ ok: true as const, value: data })),
    writeTargets: jest.fn(async (request: TargetsWrite) => ({
      ok: true as const,
      value: {
        status: "written" as const,
        sheet: "Targets",
        added: request.plans.length * 102,
        replaced: 0,
        created: true,
        charts: [],
        cancelled: false,
      },
    })),
    writeActionPlan: jest.fn(async (request: ActionPlanWrite) => ({
      ok: true as const,
      value: { status: "written" as const, sheet: "Action plan", steps: request.steps.length, created: true },
    })),
    writeGoal: jest.fn(async (request: GoalWrite) => ({
      ok: true as const,
      value: { status: "written" as const, goal: { ...request.goal, id: "G-0001" }, sheet: "Goals", created: true },
    })),
    writePreviewSheet: jest.fn(async () => ({
      ok: true as const,
      value: { kind: "written" as const, sheet: "Targets preview" },
    })),
    today: () => TODAY,
    ...overrides,
  };
}

const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));

async function throughToPreview(target = "1200000") {
  fireEvent.change(await screen.findByRole("textbox", { name: /Annual target/ }), { target: { value: target } });
  next();
  next(); // metric: signed
  expect(screen.getByRole("radio", { name: "Seasonal index from the history in Deals" })).toBeChecked();
  expect(screen.getByText(/12 months of won deals/)).toBeInTheDocument();
  next(); // time: seasonal
  next(); // people: capacity
  return screen.findByRole("table", { name: "Targets by period" });
}

/** Picks what the preview looks at ("period:0" for its first period, "rep:1" for its second rep). */
function lookAt(value: string, name: string) {
  fireEvent.change(screen.getByRole("combobox", { name: "Look at" }), { target: { value } });
  return screen.getByRole("table", { name });
}

/** The figure of each body row of a two-column preview table, the total row last. */
const figures = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => numberIn(within(row).getAllByRole("cell")[1]));

const numberIn = (cell: HTMLElement) => {
  const input = within(cell).queryByRole("textbox");
  const text = input ? (input as HTMLInputElement).value : (cell.textContent ?? "");
  return Number(text.replace(/,/g, ""));
};

describe("Goals area: target breakdown wizard", () => {
  it("goes from one annual number to a seasonal per-rep plan whose totals add up exactly", async () => {
    const goals = goalsService();
    renderWithPane(<GoalsView />, fakeService({ goals }));
    const overview = await throughToPreview();

    const rows = within(overview).getAllByRole("row");
    expect(rows).toHaveLength(1 + 12 + 1);
    const months = figures(overview);
    expect(months.slice(0, 12).reduce((s, m) => s + m, 0)).toBe(1_200_000);
    expect(months[12]).toBe(1_200_000);
    // Seasonal: December (20 units last year) gets more than February (5).
    expect(months[11]).toBeGreaterThan(3 * months[1]);
    // Each month: its teams and reps add up to the month's total.
    for (const [p, label] of [
      [0, "Jan 2026"],
      [11, "Dec 2026"],
    ] as const) {
      const month = figures(lookAt(`period:${p}`, `Targets for ${label} by team and rep`));
      const reps = within(screen.getByRole("table", { name: `Targets for ${label} by team and rep` }))
        .getAllByRole("textbox")
        .map((input) => Number((input as HTMLInputElement).value.replace(/,/g, "")));
      expect(reps).toHaveLength(3);
      expect(reps.reduce((s, v) => s + v, 0)).toBe(months[p]);
      expect(month.at(-1)).toBe(months[p]);
    }
    // Capacity 2:1:1, each rep's months add up to their total.
    const repTotals = ["Li", "Wang", "Zhao"].map((rep, r) => {
      const own = figures(lookAt(`rep:${r}`, `Targets of ${rep} by period`));
      expect(own.slice(0, 12).reduce((s, v) => s + v, 0)).toBe(own[12]);
      return own[12];
    });
    expect(repTotals).toEqual([600_000, 300_000, 300_000]);
  });

  it("typing over a figure locks it, says the locked figure and rebalances the month; unlocking restores it", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    await throughToPreview();
    const grid = lookAt("period:0", "Targets for Jan 2026 by team and rep");
    const li = within(grid).getByRole("textbox", { name: "Li, Jan 2026" });
    const monthTotal = () => figures(grid).at(-1) ?? NaN;
    const total = monthTotal();
    const wangBefore = numberIn(within(grid).getByRole("textbox", { name: "Wang, Jan 2026" }).closest("td")!);

    fireEvent.focus(li);
    fireEvent.change(li, { target: { value: "0" } });
    fireEvent.keyDown(li, { key: "Enter" });

    expect((within(grid).getByRole("textbox", { name: "Li, Jan 2026" }) as HTMLInputElement).value).toBe("0");
    expect(within(grid).getByText("Locked at 0")).toBeInTheDocument();
    const wang = numberIn(within(grid).getByRole("textbox", { name: "Wang, Jan 2026" }).closest("td")!);
    const zhao = numberIn(within(grid).getByRole("textbox", { name: "Zhao, Jan 2026" }).closest("td")!);
    expect(wang + zhao).toBe(total);
    expect(wang).toBeGreaterThan(wangBefore);
    expect(monthTotal()).toBe(total);

    fireEvent.click(within(grid).getByRole("button", { name: "Unlock Li, Jan 2026" }));
    expect(numberIn(within(grid).getByRole("textbox", { name: "Wang, Jan 2026" }).closest("td")!)).toBe(wangBefore);
    expect(within(grid).queryByRole("button", { name: /Unlock/ })).toBeNull();
    expect(within(grid).queryByText(/Locked at/)).toBeNull();
  });

  it("keeps a lock when going back changes the total, and says which lock a smaller total drops", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    await throughToPreview();
    const li = within(lookAt("period:0", "Targets for Jan 2026 by team and rep")).getByRole("textbox", {
      name: "Li, Jan 2026",
    });
    fireEvent.focus(li);
    fireEvent.change(li, { target: { value: "40000" } });
    fireEvent.keyDown(li, { key: "Enter" });
    const backTo = (target: string) => {
      for (let k = 0; k < 4; k++) fireEvent.click(screen.getByRole("button", { name: "Back" }));
      fireEvent.change(screen.getByRole("textbox", { name: /Annual target/ }), { target: { value: target } });
      for (let k = 0; k < 4; k++) next();
    };
    backTo("2400000");
    let grid = lookAt("period:0", "Targets for Jan 2026 by team and rep");
    expect((within(grid).getByRole("textbox", { name: "Li, Jan 2026" }) as HTMLInputElement).value).toBe("40,000");
    expect(within(grid).getByText("Locked at 40,000")).toBeInTheDocument();
    expect(screen.queryByText("Locks dropped by your changes")).toBeNull();

    backTo("12000");
    expect(screen.getByText("Locks dropped by your changes")).toBeInTheDocument();
    expect(
      screen.getByText(/^the lock on Li, Jan 2026 \(40,000\) was dropped: locked figures in Jan 2026 add up to 40,000/),
    ).toBeInTheDocument();
    grid = lookAt("period:0", "Targets for Jan 2026 by team and rep");
    expect(within(grid).queryByRole("button", { name: /Unlock/ })).toBeNull();
  });

  it("rejects a figure above the month's total with the reason, keeping the grid", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    await throughToPreview();
    const grid = lookAt("period:1", "Targets for Feb 2026 by team and rep");
    const li = within(grid).getByRole("textbox", { name: "Li, Feb 2026" });
    fireEvent.focus(li);
    fireEvent.change(li, { target: { value: "99999999" } });
    fireEvent.blur(li);
    expect(await screen.findByText("That figure was not applied")).toBeInTheDocument();
    expect(screen.getByText(/add up to 99,999,999, above the period's target/)).toBeInTheDocument();
  });

  it("validates each step before the next opens", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    await screen.findByRole("textbox", { name: /Annual target/ });
    next();
    expect(screen.getByText("Type the annual target as a number above 0.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Target" })).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: /Annual target/ }), { target: { value: "500000" } });
    next();
    fireEvent.click(screen.getByRole("radio", { name: "Both, as separate targets" }));
    next();
    expect(screen.getByText("Type the collected target as a number above 0.")).toBeInTheDocument();
  });

  it("writes the plan after confirming that existing rows of the year are replaced", async () => {
    const writeTargets = jest
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { status: "needs-confirmation", replacing: 102, sheet: "Targets" } })
      .mockResolvedValueOnce({
        ok: true,
        value: {
          status: "written",
          sheet: "Targets",
          added: 102,
          replaced: 102,
          created: false,
          charts: [],
          cancelled: false,
        },
      });
    const goals = goalsService({ writeTargets });
    renderWithPane(<GoalsView />, fakeService({ goals }));
    await throughToPreview();
    next();
    expect(screen.getByText(/102 rows go to the Targets table/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Write targets" }));
    expect(await screen.findByText("Replace existing targets?")).toBeInTheDocument();
    expect(writeTargets.mock.calls[0][0]).toMatchObject({ replace: false, language: "en-US", wonLabels: ["Won"] });
    const plan = writeTargets.mock.calls[0][0].plans[0].plan;
    expect(plan.total).toBe(1_200_000);
    expect(plan.time.used).toBe("seasonal");

    fireEvent.click(screen.getByRole("button", { name: "Replace them" }));
    expect(await screen.findByText("Wrote 102 rows to the sheet Targets, replacing 102.")).toBeInTheDocument();
    expect(writeTargets.mock.calls[1][0].replace).toBe(true);
    await waitFor(() => expect(goals.read).toHaveBeenCalledTimes(2)); // re-read after writing
  });

  it("shows a failed write from Excel", async () => {
    const writeTargets = jest.fn().mockResolvedValue({
      ok: false,
      error: { kind: "busy-editing", code: "InvalidOperationInCellEditMode", message: "Excel is editing a cell." },
    });
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService({ writeTargets }) }));
    await throughToPreview();
    next();
    fireEvent.click(screen.getByRole("button", { name: "Write targets" }));
    expect(await screen.findByRole("group", { name: "Finish editing the cell first" })).toBeInTheDocument();
  });

  it("warns when the Team table has no reps, and shows a failed read", async () => {
    const empty = sampleGoalsData({ Team: tableOf("Team", []) });
    renderWithPane(
      <GoalsView />,
      fakeService({ goals: goalsService({ read: jest.fn(async () => ({ ok: true, value: empty })) }) }),
    );
    expect(await screen.findByText(/The Team table has no reps yet/)).toBeInTheDocument();
  });

  it("speaks Chinese", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }), "zh-CN");
    expect(await screen.findByRole("textbox", { name: /年度目标/ })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "目标分解" })).toBeInTheDocument();
  });
});

describe("Goals area: SMART goal, KPIs and action plan", () => {
  it("checks the goal against SMART and says what is missing", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    fireEvent.change(await screen.findByRole("textbox", { name: /Annual target/ }), { target: { value: "400000" } });
    fireEvent.click(screen.getByRole("tab", { name: "SMART goal & KPIs" }));
    const check = screen.getByRole("region", { name: "SMART check" });
    expect(
      within(check).getByText("describe the goal in words; say who it is for: the company, a team or a rep"),
    ).toBeInTheDocument();
    expect(within(check).getByText("Fill in what is missing before writing the goal down.")).toBeInTheDocument();

    fireEvent.change(screen.getByRole("textbox", { name: "The goal in words" }), { target: { value: "Grow North" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Whom it is for" }), { target: { value: "North team" } });
    // Last year's signed total is 354,000: 400,000 is +13 %, achievable.
    expect(within(check).getByText(/13%/)).toBeInTheDocument();
    expect(within(check).queryAllByText("Missing")).toHaveLength(1); // the pipeline cannot cover it
  });

  it("judges a rep's or a team's goal by that rep's or team's own last year", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    fireEvent.change(await screen.findByRole("textbox", { name: /Annual target/ }), { target: { value: "400000" } });
    fireEvent.click(screen.getByRole("tab", { name: "SMART goal & KPIs" }));
    const check = screen.getByRole("region", { name: "SMART check" });
    const scope = screen.getByRole("textbox", { name: "Whom it is for" });
    // Li alone signed 236,000 last year: 400,000 is +69.5 %, more than +50 %.
    fireEvent.change(scope, { target: { value: "li" } });
    expect(within(check).getByText(/69\.5% growth over last year's 236,000 is more than 50%/)).toBeInTheDocument();
    // The North team (Li and Wang) signed all of the company's 354,000.
    fireEvent.change(scope, { target: { value: "North" } });
    expect(within(check).getByText(/13% growth over last year's 354,000/)).toBeInTheDocument();
  });

  it("shows last year's KPI values from the workbook and the change a target asks for", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService() }));
    await screen.findByRole("textbox", { name: /Annual target/ });
    fireEvent.click(screen.getByRole("tab", { name: "SMART goal & KPIs" }));
    const table = screen.getByRole("table", { name: "KPI targets" });
    const row = within(table).getByRole("row", { name: /Conversion rate/ });
    expect(within(row).getByText("100%")).toBeInTheDocument(); // every 2025 deal was won
    const aov = within(table).getByRole("row", { name: /Average order value/ });
    expect(within(aov).getByText("14,750")).toBeInTheDocument(); // 354,000 ÷ 24
    fireEvent.change(within(aov).getByRole("textbox"), { target: { value: "17700" } });
    expect(within(aov).getByText("+20%")).toBeInTheDocument();
  });

  it("edits and saves the action plan of the SMART goal, flagging overdue steps", async () => {
    const goals = goalsService();
    renderWithPane(<GoalsView />, fakeService({ goals }));
    await screen.findByRole("textbox", { name: /Annual target/ });
    fireEvent.click(screen.getByRole("tab", { name: "SMART goal & KPIs" }));
    fireEvent.change(screen.getByRole("textbox", { name: "The goal in words" }), { target: { value: "Grow North" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Target for Conversion rate" }), { target: { value: "30" } });
    fireEvent.click(screen.getByRole("tab", { name: "Action plan" }));

    fireEvent.click(screen.getByRole("button", { name: "Add a step" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Step 1: what" }), {
      target: { value: "Call every A customer" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Step 1: owner" }), { target: { value: "Li" } });
    fireEvent.change(screen.getByLabelText("Step 1: due date"), { target: { value: "2026-02-15" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Step 1: KPI" }), {
      target: { value: "Conversion rate ≥ 30%" },
    });
    expect(screen.getByText("1 overdue")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox", { name: "Step 1: status" }), { target: { value: "done" } });
    expect(screen.queryByText("1 overdue")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Save to ActionPlan" }));
    expect(await screen.findByText("Saved 1 steps to the sheet Action plan.")).toBeInTheDocument();
    expect(goals.writeActionPlan).toHaveBeenCalledWith({
      goal: "Grow North",
      steps: [
        {
          goal: "Grow North",
          step: "Call every A customer",
          owner: "Li",
          due: serialFromDate(2026, 2, 15),
          status: "done",
          kpi: "Conversion rate ≥ 30%",
        },
      ],
      loaded: [],
      language: "en-US",
      replace: false,
    });
  });

  it("loads the steps already in ActionPlan and flags the overdue ones", async () => {
    const data = sampleGoalsData({
      ActionPlan: tableOf("ActionPlan", [
        {
          Goal: "Q1 push",
          Step: "Visit key accounts",
          Owner: "Wang",
          Due: serialFromDate(2026, 2, 1),
          Status: "In progress",
        },
        { Goal: "Q1 push", Step: "Send offers", Owner: "Li", Due: serialFromDate(2026, 4, 1), Status: "Not started" },
      ]),
    });
    renderWithPane(
      <GoalsView />,
      fakeService({ goals: goalsService({ read: jest.fn(async () => ({ ok: true, value: data })) }) }),
    );
    await screen.findByRole("textbox", { name: /Annual target/ });
    fireEvent.click(screen.getByRole("tab", { name: "Action plan" }));
    expect(screen.getByRole("combobox", { name: "Goal" })).toHaveValue("Q1 push");
    expect(screen.getByRole("textbox", { name: "Step 1: what" })).toHaveValue("Visit key accounts");
    expect(screen.getByText("Overdue")).toBeInTheDocument();
    expect(screen.getByText("1 overdue")).toBeInTheDocument();
  });

  it("names a required column the workbook lacks instead of splitting zeros, in English and Chinese", async () => {
    const data = { ...sampleGoalsData(), missingColumns: [{ table: "Team" as const, key: "Rep", header: "Rep" }] };
    const read = jest.fn(async () => ({ ok: true as const, value: data }));
    const english = renderWithPane(<GoalsView />, fakeService({ goals: goalsService({ read }) }));
    expect(await screen.findByText("Team has no Rep column")).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    english.unmount();
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService({ read }) }), "zh-CN");
    expect(await screen.findByText("销售团队表缺少 Rep 列")).toBeInTheDocument();
  });
});
