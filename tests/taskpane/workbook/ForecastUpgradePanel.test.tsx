/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { ForecastUpgradeOutcome } from "@excel/setup/upgradeForecast";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService, statusWith } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { renderUpgrade } from "./renderUpgrade";

jest.setTimeout(30_000);

const present = { Stages: { sheet: "Setup", rowCount: 7 }, Deals: { sheet: "Pipeline", rowCount: 120 } };
const before = statusWith(present, { schemaVersion: 1, language: "en-US", forecastUpgrade: true });
const after = statusWith(present, { schemaVersion: 2, language: "en-US", forecastUpgrade: false });

const upgrade = (answer: ExcelResult<ForecastUpgradeOutcome>, language?: "zh-CN") =>
  renderUpgrade({ call: "upgradeForecast", before, after, answer, language });

describe("the Workbook area's forecast upgrade", () => {
  it("offers the upgrade, runs it only once confirmed, and reports what it kept", async () => {
    const workbook = upgrade({ ok: true, value: { kind: "upgraded", addedColumn: true, kept: 12 } });

    expect(await screen.findByText("Forecast categories can follow the stage")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Upgrade…" }));
    expect(screen.getByText("Upgrade the Deals table?")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(workbook.upgradeForecast).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Upgrade…" }));
    fireEvent.click(screen.getByRole("button", { name: "Upgrade" }));
    expect(
      await screen.findByText(
        "Upgraded: ForecastCategory follows the stage. Categories you had typed that differ from their stage's, kept in ForecastOverride: 12.",
      ),
    ).toBeInTheDocument();
    expect(workbook.upgradeForecast).toHaveBeenCalledTimes(1);
    // The area read the workbook again: version 2 now.
    await waitFor(() => expect(screen.getByText("Set up by SalesGrid (schema version 2)")).toBeInTheDocument());
  });

  it("is not offered for a workbook already upgraded", async () => {
    renderWithPane(
      <WorkbookStatusView />,
      fakeService({ readWorkbookStatus: async () => ({ ok: true as const, value: after }) }),
    );
    expect(await screen.findByText("Set up by SalesGrid (schema version 2)")).toBeInTheDocument();
    expect(screen.queryByText("Forecast categories can follow the stage")).toBeNull();
  });

  it("says when deals moved meanwhile, and speaks Chinese in a Chinese pane", async () => {
    upgrade({ ok: true, value: { kind: "rows-changed", notWritten: ["D7"] } }, "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "升级…" }));
    fireEvent.click(screen.getByRole("button", { name: "升级" }));
    expect(await screen.findByText(/升级过程中有商机被移动或删除（D7）/)).toBeInTheDocument();
  });

  it("shows the Excel failure and offers the upgrade again, without reading the workbook again", async () => {
    const workbook = upgrade({
      ok: false,
      error: { kind: "busy-editing", code: "InvalidOperationInCellEditMode", message: "Busy" },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Upgrade…" }));
    fireEvent.click(screen.getByRole("button", { name: "Upgrade" }));
    expect(await screen.findByText("Busy")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Upgrade…" })).toBeInTheDocument();
    expect(screen.queryByText("Upgrade the Deals table?")).toBeNull();
    expect(workbook.readWorkbookStatus).toHaveBeenCalledTimes(1);
  });
});
