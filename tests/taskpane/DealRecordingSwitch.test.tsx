/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { RecordingService, RecordingStatus } from "@excel/pipeline/history/dealRecording";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService, statusWith } from "./fakeWorkbookService";
import { renderWithPane } from "./renderWithPane";

const setUp = statusWith({ Deals: { sheet: "Pipeline", rowCount: 12 } }, { schemaVersion: 1, language: "en-US" });
const off: RecordingStatus = { startup: "none", running: false, historyRows: 0, withoutId: null };
const on: RecordingStatus = { startup: "load", running: true, historyRows: 4, withoutId: 2 };

function recordingOf(first: RecordingStatus) {
  const recording: RecordingService & { turn: jest.Mock } = {
    read: jest.fn(async (): Promise<ExcelResult<RecordingStatus>> => ({ ok: true, value: first })),
    turn: jest.fn(async (checked: boolean): Promise<ExcelResult<RecordingStatus>> => ({
      ok: true,
      value: checked ? on : off,
    })),
  };
  return recording;
}

describe("the deal recording switch in the Workbook area", () => {
  it("shows the workbook's startup behaviour, and turning it on starts recording with counts", async () => {
    const recording = recordingOf(off);
    renderWithPane(
      <WorkbookStatusView />,
      fakeService({ readWorkbookStatus: async () => ({ ok: true as const, value: setUp }), recording }),
    );
    const toggle = await screen.findByRole("switch", {
      name: "Record deal changes (load SalesGrid with this workbook)",
    });
    expect(await screen.findByText("Not recording in this Excel.")).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
    expect(screen.getByText(/A ClosedOn the recorder stamped stays editable/)).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(toggle);
    });
    expect(recording.turn).toHaveBeenCalledWith(true);
    expect(toggle).toBeChecked();
    expect(screen.getByText("Recording now in this Excel.")).toBeInTheDocument();
    expect(screen.getByText("4 history rows")).toBeInTheDocument();
    expect(screen.getByText("2 deals without a DealID are not recorded.")).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(toggle);
    });
    expect(recording.turn).toHaveBeenLastCalledWith(false);
    expect(toggle).not.toBeChecked();
  });

  it("is in Chinese in a Chinese pane, and disabled where Excel cannot load with the workbook", async () => {
    const recording = recordingOf({ ...off, startup: "unsupported" });
    renderWithPane(
      <WorkbookStatusView />,
      fakeService({ readWorkbookStatus: async () => ({ ok: true as const, value: setUp }), recording }),
      "zh-CN",
    );
    const toggle = await screen.findByRole("switch", { name: "记录商机变更（打开此工作簿时加载 SalesGrid）" });
    expect(await screen.findByText("此 Excel 无法随工作簿加载 SalesGrid（不支持共享运行时）。")).toBeInTheDocument();
    expect(toggle).toBeDisabled();
  });

  it("is not shown before the workbook is set up", async () => {
    const recording = recordingOf(off);
    renderWithPane(
      <WorkbookStatusView />,
      // A table made by hand: the status shows (an empty workbook gets Get started), not set up.
      fakeService({
        readWorkbookStatus: async () => ({
          ok: true as const,
          value: statusWith({ Customers: { sheet: "Sheet1", rowCount: 2 } }),
        }),
        recording,
      }),
    );
    await screen.findByRole("table", { name: "SalesGrid tables in this workbook" });
    expect(screen.queryByRole("switch")).not.toBeInTheDocument();
    expect(recording.read).not.toHaveBeenCalled();
  });
});
