/** @jest-environment jsdom */
import { configure, fireEvent, screen, within } from "@testing-library/react";
import { serialFromDate } from "@core/cells/parseDate";
import type { GoalsData } from "@excel/goals/goalsData";
import type { PreviewSheetWrite } from "@excel/goals/writePreviewSheet";
import { GoalsView } from "@taskpane/goals/GoalsView";
import { fakeService } from "../../fakeWorkbookService";
import { renderWithPane } from "../../renderWithPane";
import { TODAY, sampleGoalsData } from "../goalsFixture";

configure({ defaultHidden: true });
jest.setTimeout(60_000);

/** The sample team with Zhao starting on 10 May 2026, in the plan's second quarter. */
function withNewHire(): GoalsData {
  const data = sampleGoalsData();
  return {
    ...data,
    reps: data.reps.map((rep) => (rep.name === "Zhao" ? { ...rep, startDate: serialFromDate(2026, 5, 10) } : rep)),
  };
}

function goalsService(data: GoalsData) {
  return {
    read: jest.fn(async () => ({ ok: true as const, value: data })),
    writeTargets: jest.fn(),
    writeActionPlan: jest.fn(),
    writeGoal: jest.fn(),
    writePreviewSheet: jest
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { kind: "exists", sheet: "Targets preview" } })
      .mockResolvedValueOnce({ ok: true, value: { kind: "written", sheet: "Targets preview" } }),
    today: () => TODAY,
  };
}

const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));

async function toPeopleStep() {
  fireEvent.click(await screen.findByRole("radio", { name: "A quarter" }));
  fireEvent.click(screen.getByRole("button", { name: "Next quarter" }));
  fireEvent.change(screen.getByRole("textbox", { name: /Target for the quarter/ }), { target: { value: "300000" } });
  next();
  next();
  next();
}

describe("Goals wizard: a new hire's ramp", () => {
  it("names who starts, takes an edited ramp and shows it month by month in the preview", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService(withNewHire()) }));
    await toPeopleStep();
    expect(screen.getByText("Starting, ramping up or leaving in this fiscal year: Zhao")).toBeInTheDocument();
    const month2 = screen.getByRole("textbox", { name: "Month 2 (%)" });
    expect(month2).toHaveValue("75");
    fireEvent.change(screen.getByRole("textbox", { name: "Month 1 (%)" }), { target: { value: "150" } });
    next();
    expect(screen.getByText("Type each month of the ramp as a percentage from 0 to 100.")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "Month 1 (%)" }), { target: { value: "40" } });
    next();

    fireEvent.change(await screen.findByRole("combobox", { name: "Look at" }), { target: { value: "rep:2" } });
    const zhao = screen.getByRole("table", { name: "Targets of Zhao by period" });
    const rows = within(zhao).getAllByRole("row");
    expect(within(rows[1]).getAllByRole("cell")[0]).toHaveTextContent("Apr 2026not started");
    expect((within(rows[1]).getByRole("textbox") as HTMLInputElement).value).toBe("0");
    expect(within(rows[2]).getAllByRole("cell")[0]).toHaveTextContent("May 202640% (ramp)");
    expect(within(rows[3]).getAllByRole("cell")[0]).toHaveTextContent("Jun 202675% (ramp)");
  });

  it("writes the full grid to a preview sheet, asking before it replaces one", async () => {
    const goals = goalsService(withNewHire());
    renderWithPane(<GoalsView />, fakeService({ goals }));
    await toPeopleStep();
    next();
    fireEvent.click(await screen.findByRole("button", { name: "Write the full grid to a sheet" }));
    fireEvent.click(await screen.findByRole("button", { name: "Replace the sheet" }));
    expect(await screen.findByText("The full grid is on the sheet Targets preview.")).toBeInTheDocument();
    const calls = goals.writePreviewSheet.mock.calls as [PreviewSheetWrite][];
    expect(calls.map(([request]) => request.replace)).toEqual([false, true]);
    expect(calls[0][0].plans[0].plan.months.map((m) => m.key)).toEqual(["FY2026-M04", "FY2026-M05", "FY2026-M06"]);
  });
});
