/** @jest-environment jsdom */
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { serialFromDate } from "@core/cells/parseDate";
import { goalRowValues, type SavedGoal } from "@core/goals/savedGoals";
import { tableHeaders } from "@core/workbook/schema";
import { goalsDataFromTables, type GoalsData } from "@excel/goals/goalsData";
import type { GoalWrite, GoalWriteOutcome } from "@excel/goals/writeGoal";
import type { ExcelResult } from "@excel/excelFailure";
import { GoalsView } from "@taskpane/goals/GoalsView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { TODAY, sampleGoalsData } from "./goalsFixture";

// As GoalsView.test: the hidden wizard is never queried while the SMART tab shows.
configure({ defaultHidden: true });
jest.setTimeout(60_000);

const saved = (over: Partial<SavedGoal> = {}): SavedGoal => ({
  id: "G-0001",
  text: "Grow North",
  scope: "team",
  scopeName: "North",
  metric: "collected",
  target: 300_000,
  deadline: serialFromDate(2026, 6, 30),
  kpis: { conversionRate: 0.3, followUps: 400 },
  actionPlan: "Grow North",
  updated: TODAY - 10,
  ...over,
});

/** The sample data with these goals in its Goals table (as Excel holds what the writer entered). */
function dataWith(goals: readonly SavedGoal[]): GoalsData {
  const base = sampleGoalsData();
  const headers = tableHeaders("Goals", "en-US");
  const rows = goals.map((g) =>
    goalRowValues(g, "en-US").map((c) => (typeof c === "string" && c.startsWith("'") ? c.slice(1) : c)),
  );
  const goalsRead = goalsDataFromTables({
    Goals: { name: "Goals", sheet: "Goals", address: "A1", headerRow: 0, firstColumn: 0, headers, columns: {}, rows },
  });
  return { ...base, goals: goalsRead.goals, present: { ...base.present, Goals: goals.length > 0 } };
}

/** A goals service whose Goals table is a list in memory: what it writes, the next read returns. */
function goalsService(start: readonly SavedGoal[] = [], outcomes: GoalWriteOutcome[] = []) {
  const table: SavedGoal[] = [...start];
  return {
    table,
    read: jest.fn(async () => ({ ok: true as const, value: dataWith(table) })),
    writeTargets: jest.fn(),
    writeActionPlan: jest.fn(),
    writePreviewSheet: jest.fn(),
    writeGoal: jest.fn(async (request: GoalWrite): Promise<ExcelResult<GoalWriteOutcome>> => {
      const planned = outcomes.shift();
      if (planned) return { ok: true, value: planned };
      const at = table.findIndex((g) => g.id === request.goal.id);
      const goal = {
        ...request.goal,
        id: at >= 0 ? request.goal.id : `G-${String(table.length + 1).padStart(4, "0")}`,
      };
      if (at >= 0) table[at] = goal;
      else table.push(goal);
      return { ok: true, value: { status: "written", goal, sheet: "Goals", created: at < 0 && table.length === 1 } };
    }),
    today: () => TODAY,
  };
}

async function openSmart() {
  await screen.findByRole("textbox", { name: /Annual target/ });
  fireEvent.click(screen.getByRole("tab", { name: "SMART goal & KPIs" }));
  return screen.getByRole("region", { name: "Saved goals" });
}

const field = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;

describe("Goals area: saved goals", () => {
  it("says when no goal is saved, saves the card as a new goal, and lists it once read back", async () => {
    const goals = goalsService();
    renderWithPane(<GoalsView />, fakeService({ goals }));
    const list = await openSmart();
    expect(within(list).getByText(/No goal saved yet/)).toBeInTheDocument();

    fireEvent.change(field("The goal in words"), { target: { value: "=1+1 more deals" } });
    fireEvent.change(field("Whom it is for"), { target: { value: "li" } });
    fireEvent.change(field("Target figure"), { target: { value: "250,000" } });
    fireEvent.change(screen.getByLabelText("Deadline"), { target: { value: "2026-09-30" } });
    fireEvent.change(field("Target for Conversion rate"), { target: { value: "30" } });
    fireEvent.click(screen.getByRole("button", { name: "Save goal" }));

    expect(await screen.findByText("Saved as G-0001 on the Goals sheet.")).toBeInTheDocument();
    expect(goals.writeGoal).toHaveBeenCalledWith({
      goal: {
        id: "",
        text: "=1+1 more deals",
        scope: "rep",
        scopeName: "Li",
        metric: "signed",
        target: 250_000,
        deadline: serialFromDate(2026, 9, 30),
        kpis: { conversionRate: 0.3 },
        actionPlan: "=1+1 more deals",
        updated: TODAY,
      },
      loaded: null,
      language: "en-US",
      replace: false,
    });
    // The area reads again and lists the goal; the card now edits G-0001.
    const item = await within(list).findByRole("button", { name: /=1\+1 more deals/ });
    expect(item).toHaveTextContent("G-0001 · Li · Signed · Target 250,000 · by 2026-09-30");
    expect(item).toHaveAttribute("aria-current", "true");
    expect(screen.getByText("Editing G-0001")).toBeInTheDocument();

    // Saving again updates G-0001: the writer gets its ID and the goal as written to compare with.
    fireEvent.change(field("Target figure"), { target: { value: "260000" } });
    fireEvent.click(screen.getByRole("button", { name: "Save goal" }));
    await waitFor(() => expect(goals.writeGoal).toHaveBeenCalledTimes(2));
    const second = goals.writeGoal.mock.calls[1][0];
    expect(second.goal).toMatchObject({ id: "G-0001", target: 260_000 });
    expect(second.loaded).toMatchObject({ id: "G-0001", target: 250_000 });
    await waitFor(() => expect(goals.table).toHaveLength(1));
  });

  it("lists the saved goals and loads the one picked on the card and KPI targets; New goal clears them", async () => {
    const goals = goalsService([
      saved(),
      saved({
        id: "G-0002",
        text: "More customers",
        scope: "company",
        scopeName: "",
        metric: "newCustomers",
        kpis: {},
      }),
    ]);
    renderWithPane(<GoalsView />, fakeService({ goals }));
    const list = await openSmart();
    const items = within(list)
      .getAllByRole("button")
      .filter((b) => b.textContent?.includes("G-000"));
    expect(items.map((b) => b.textContent)).toEqual([
      "Grow NorthG-0001 · North (team) · Collected · Target 300,000 · by 2026-06-30",
      "More customersG-0002 · Company · New customers · Target 300,000 · by 2026-06-30",
    ]);

    fireEvent.click(within(list).getByRole("button", { name: /Grow North/ }));
    expect(field("The goal in words").value).toBe("Grow North");
    expect(field("Whom it is for").value).toBe("North");
    expect(field("Target figure").value).toBe("300000");
    expect((screen.getByLabelText("Deadline") as HTMLInputElement).value).toBe("2026-06-30");
    expect((screen.getByRole("combobox", { name: "What the figure counts" }) as HTMLSelectElement).value).toBe(
      "collected",
    );
    expect(field("Target for Conversion rate").value).toBe("30");
    expect(field("Target for Follow-ups").value).toBe("400");

    fireEvent.click(within(list).getByRole("button", { name: /More customers/ }));
    expect(field("Whom it is for").value).toBe("Company");
    expect((screen.getByRole("combobox", { name: "KPI it is measured by" }) as HTMLSelectElement).value).toBe(
      "newCustomers",
    );
    expect(field("Target for Conversion rate").value).toBe("");

    fireEvent.click(within(list).getByRole("button", { name: "New goal" }));
    expect(field("The goal in words").value).toBe("");
    expect(screen.queryByText(/Editing G-/)).toBeNull();
  });

  it("blocks a save with an empty goal, a target that is not a number or a bad date, saying why", async () => {
    const goals = goalsService();
    renderWithPane(<GoalsView />, fakeService({ goals }));
    await openSmart();
    fireEvent.change(field("Target figure"), { target: { value: "lots" } });
    fireEvent.click(screen.getByRole("button", { name: "Save goal" }));
    expect(screen.getByText("Describe the goal in words before saving.")).toBeInTheDocument();
    expect(screen.getByText("Type the target figure as a number.")).toBeInTheDocument();
    expect(goals.writeGoal).not.toHaveBeenCalled();
  });

  it("asks before overwriting a goal edited in Excel, and overwrites once confirmed", async () => {
    const goals = goalsService([saved()], [{ status: "needs-confirmation", id: "G-0001" }]);
    renderWithPane(<GoalsView />, fakeService({ goals }));
    const list = await openSmart();
    fireEvent.click(within(list).getByRole("button", { name: /Grow North/ }));
    fireEvent.click(screen.getByRole("button", { name: "Save goal" }));
    expect(await screen.findByText("The goal changed in Excel")).toBeInTheDocument();
    expect(goals.writeGoal.mock.calls[0][0]).toMatchObject({ replace: false, loaded: { id: "G-0001" } });
    fireEvent.click(screen.getByRole("button", { name: "Overwrite" }));
    expect(await screen.findByText("Saved as G-0001 on the Goals sheet.")).toBeInTheDocument();
    expect(goals.writeGoal.mock.calls[1][0]).toMatchObject({ replace: true, goal: { id: "G-0001" } });
  });

  it("after a reload, the saved goal is listed and loads as saved (zh)", async () => {
    const goals = goalsService([saved()]);
    renderWithPane(<GoalsView />, fakeService({ goals }), "zh-CN");
    await screen.findByRole("textbox", { name: /年度目标/ });
    fireEvent.click(screen.getByRole("tab", { name: "SMART 目标与 KPI" }));
    const list = screen.getByRole("region", { name: "已保存的目标" });
    fireEvent.click(within(list).getByRole("button", { name: /Grow North/ }));
    expect((screen.getByRole("textbox", { name: "目标描述" }) as HTMLInputElement).value).toBe("Grow North");
    expect(screen.getByText("正在编辑 G-0001")).toBeInTheDocument();
  });
});
