/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService, statusWith } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { renderUpgrade } from "./renderUpgrade";

jest.setTimeout(30_000);

const present = { Targets: { sheet: "Targets", rowCount: 40 }, Scorecard: { sheet: "Scorecard", rowCount: 12 } };
const before = statusWith(present, { schemaVersion: 2, language: "en-US", periodPlanUpgrade: true });
const after = statusWith(present, { schemaVersion: 3, language: "en-US", periodPlanUpgrade: false });

describe("the Workbook area's per-period KPI plans upgrade", () => {
  it("offers the upgrade, runs it only once confirmed, and reports what it did", async () => {
    const workbook = renderUpgrade({
      call: "upgradePeriodPlans",
      before,
      after,
      answer: { ok: true, value: { kind: "upgraded", copiedKpiRows: 14, rescoredRows: 12, addedPace: true } },
    });

    expect(await screen.findByText("Each period length can keep its own KPI targets")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Upgrade…" }));
    expect(screen.getByText("Upgrade KpiWeights, Scorecard and Targets?")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(workbook.upgradePeriodPlans).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Upgrade…" }));
    fireEvent.click(screen.getByRole("button", { name: "Upgrade" }));
    expect(
      await screen.findByText(
        "Upgraded: 14 KPI rows copied for quarters and years, 12 scores now read their own period's targets, Pace added to Targets.",
      ),
    ).toBeInTheDocument();
    expect(workbook.upgradePeriodPlans).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByText("Set up by SalesGrid (schema version 3)")).toBeInTheDocument());
  });

  it("is not offered for a workbook already upgraded", async () => {
    renderWithPane(
      <WorkbookStatusView />,
      fakeService({ readWorkbookStatus: async () => ({ ok: true as const, value: after }) }),
    );
    expect(await screen.findByText("Set up by SalesGrid (schema version 3)")).toBeInTheDocument();
    expect(screen.queryByText("Each period length can keep its own KPI targets")).toBeNull();
  });
});
