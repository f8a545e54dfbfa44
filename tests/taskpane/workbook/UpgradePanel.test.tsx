/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { statusWith } from "../fakeWorkbookService";
import { renderUpgrade } from "./renderUpgrade";

jest.setTimeout(30_000);

const present = { Stages: { sheet: "Setup", rowCount: 7 }, Deals: { sheet: "Pipeline", rowCount: 120 } };
const before = statusWith(present, { schemaVersion: 1, language: "en-US", forecastUpgrade: true });

describe("an upgrade panel", () => {
  it("shows the Excel failure and offers the upgrade again, the area not read again", async () => {
    const workbook = renderUpgrade({
      call: "upgradeForecast",
      before,
      after: before,
      answer: { ok: false, error: { kind: "busy-editing", code: "InvalidOperationInCellEditMode", message: "Busy" } },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Upgrade…" }));
    fireEvent.click(screen.getByRole("button", { name: "Upgrade" }));
    expect(await screen.findByText("Busy")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Upgrade…" })).toBeInTheDocument();
    expect(screen.getByText("Forecast categories can follow the stage")).toBeInTheDocument();
    expect(screen.queryByText("Upgrade the Deals table?")).toBeNull();
    expect(workbook.readWorkbookStatus).toHaveBeenCalledTimes(1);
  });
});
