/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { GoalsData } from "@excel/goals/goalsData";
import { GoalsView } from "@taskpane/goals/GoalsView";
import { fakeService } from "../../fakeWorkbookService";
import { renderWithPane } from "../../renderWithPane";
import { TODAY, sampleGoalsData } from "../goalsFixture";

configure({ defaultHidden: true });
jest.setTimeout(60_000);

function goalsService(data: GoalsData, writePreviewSheet: jest.Mock = jest.fn(), writeTargets: jest.Mock = jest.fn()) {
  return {
    read: jest.fn(async () => ({ ok: true as const, value: data })),
    writeTargets,
    writeActionPlan: jest.fn(),
    writeGoal: jest.fn(),
    writePreviewSheet,
    today: () => TODAY,
  };
}

const next = () => fireEvent.click(screen.getByRole("button", { name: "Next" }));

/** Next quarter's target typed, then on to the preview. */
async function toPreview(target: string, cents = false) {
  fireEvent.click(await screen.findByRole("radio", { name: "A quarter" }));
  fireEvent.click(screen.getByRole("button", { name: "Next quarter" }));
  fireEvent.change(screen.getByRole("textbox", { name: /Target for the quarter/ }), { target: { value: target } });
  if (cents) fireEvent.change(screen.getByRole("combobox", { name: "Round figures to" }), { target: { value: "2" } });
  for (let step = 0; step < 4; step++) next();
}

describe("Goals wizard on the shared UI kit", () => {
  it("shows figures by the pane's money rule: cents written out when the plan has them", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService(sampleGoalsData()) }));
    await toPreview("100000.5", true);
    const rows = within(await screen.findByRole("table", { name: "Targets by period" })).getAllByRole("row");
    expect(within(rows.at(-1)!).getAllByRole("cell")[1]).toHaveTextContent("100,000.50");
    expect(screen.getByText(/^Target for .*: 100,000\.50$/)).toBeInTheDocument();
  });

  it("keeps whole amounts whole", async () => {
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService(sampleGoalsData()) }));
    await toPreview("300000");
    const rows = within(await screen.findByRole("table", { name: "Targets by period" })).getAllByRole("row");
    expect(within(rows.at(-1)!).getAllByRole("cell")[1]).toHaveTextContent(/^300,000$/);
  });

  it("the preview sheet: Cancel (the pane's one word) dismisses the question, and a failure shows the Excel failure bar", async () => {
    const write = jest
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { kind: "exists", sheet: "Targets preview" } })
      .mockRejectedValueOnce(new Error("The workbook is busy."));
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService(sampleGoalsData(), write) }));
    await toPreview("300000");
    fireEvent.click(await screen.findByRole("button", { name: "Write the full grid to a sheet" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("button", { name: "Replace the sheet" })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Write the full grid to a sheet" }));
    expect(await screen.findByText(/The workbook is busy\./)).toBeInTheDocument();
    expect(write).toHaveBeenCalledTimes(2);
  });

  it("writes targets as every area's actions run: Cancel dismisses the question, a throw shows the failure bar", async () => {
    const writeTargets = jest
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { status: "needs-confirmation", replacing: 12, sheet: "Targets" } })
      .mockRejectedValueOnce(new Error("The workbook is busy."));
    renderWithPane(<GoalsView />, fakeService({ goals: goalsService(sampleGoalsData(), jest.fn(), writeTargets) }));
    await toPreview("300000");
    next();
    fireEvent.click(screen.getByRole("button", { name: "Write targets" }));
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(screen.queryByText("Replace existing targets?")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Write targets" }));
    expect(await screen.findByText(/The workbook is busy\./)).toBeInTheDocument();
  });

  it("drops the answer of a write that lands after the manager left the step, and still re-reads", async () => {
    let land: (value: unknown) => void = () => undefined;
    const writeTargets = jest.fn(() => new Promise((resolve) => (land = resolve)));
    const goals = goalsService(sampleGoalsData(), jest.fn(), writeTargets);
    renderWithPane(<GoalsView />, fakeService({ goals }));
    await toPreview("300000");
    next();
    fireEvent.click(screen.getByRole("button", { name: "Write targets" }));
    fireEvent.click(screen.getByRole("button", { name: "Back" }));
    await act(async () =>
      land({
        ok: true,
        value: {
          status: "written",
          sheet: "Targets",
          added: 4,
          replaced: 0,
          created: false,
          charts: [],
          cancelled: false,
        },
      }),
    );
    await waitFor(() => expect(goals.read).toHaveBeenCalledTimes(2));
    next();
    expect(screen.getByRole("button", { name: "Write targets" })).toBeEnabled();
    expect(screen.queryByText(/^Wrote /)).not.toBeInTheDocument();
  });
});
