/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readSetupRecord } from "@core/setup/setupRecord";
import type { SetupReport } from "@core/setup/setupReport";
import type { SetupState } from "@core/setup/setupState";
import { tableHeaders } from "@core/workbook/schema";
import type { SetupService } from "@excel/setup/setupService";
import type { SetupResult, SetupRunOptions } from "@excel/setup/setUpWorkbook";
import { SetupView } from "@taskpane/setup/SetupView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

const empty: SetupState = {
  tables: [],
  sheets: [{ name: "Sheet1", lastUsedColumn: null }],
  names: [],
  tableNames: [],
  record: readSetupRecord({}),
};

const report: SetupReport = {
  language: "zh-CN",
  tables: [
    {
      table: "Stages",
      action: "created",
      sheet: "设置",
      rowsWritten: 7,
      rowsPlanned: 7,
      finished: true,
      missingColumns: [],
    },
    {
      table: "Deals",
      action: "created",
      sheet: "销售管道",
      rowsWritten: 40,
      rowsPlanned: 700,
      finished: false,
      missingColumns: [],
    },
    {
      table: "Team",
      action: "not-written",
      sheet: "销售团队",
      rowsWritten: 0,
      rowsPlanned: 8,
      finished: false,
      missingColumns: [],
    },
  ],
  sample: "written",
  names: [],
  done: false,
};

function setupService(overrides: Partial<SetupService> = {}) {
  return {
    inspect: jest.fn(async () => ({ ok: true as const, value: empty })),
    run: jest.fn(async (): Promise<SetupResult> => ({ ok: true, value: { ...report, done: true } })),
    ...overrides,
  };
}

function rowOf(name: string, label: string): HTMLElement {
  const table = screen.getByRole("table", { name });
  // The first cell names the table; the sheet cell may carry the same text.
  const row = within(table).getAllByRole("cell", { name: label })[0].closest("tr");
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe("the Set up area", () => {
  it("previews every table in the chosen language and with sample data", async () => {
    renderWithPane(<SetupView />, fakeService({ setup: setupService() }));

    await screen.findByRole("table", { name: "What set-up will do" });
    expect(within(rowOf("What set-up will do", "Sales stages")).getByText("Setup (new sheet)")).toBeInTheDocument();
    expect(
      within(rowOf("What set-up will do", "Follow-up cadence")).getByText("Create with defaults"),
    ).toBeInTheDocument();
    expect(within(rowOf("What set-up will do", "Customers")).getByText("Create")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();

    fireEvent.click(screen.getByRole("radio", { name: "中文" }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Add sample data/ }));

    expect(within(rowOf("What set-up will do", "Customers")).getByText("客户档案 (new sheet)")).toBeInTheDocument();
    expect(within(rowOf("What set-up will do", "Customers")).getByText("Create with sample rows")).toBeInTheDocument();
  });

  it("runs with the choices, shows progress with Cancel, then the report", async () => {
    let finish: (result: SetupResult) => void = () => undefined;
    let options: SetupRunOptions = {};
    const run = jest.fn(
      (_request: unknown, given?: SetupRunOptions) =>
        new Promise<SetupResult>((resolve) => {
          options = given ?? {};
          finish = resolve;
        }),
    );
    renderWithPane(<SetupView />, fakeService({ setup: setupService({ run }) }), "zh-CN");
    await screen.findByRole("table", { name: "初始化将执行的操作" });
    fireEvent.click(screen.getByRole("checkbox", { name: /添加示例数据/ }));

    fireEvent.click(screen.getByRole("button", { name: "初始化工作簿" }));

    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({ language: "zh-CN", sample: true, today: expect.any(Number) }),
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    options.onProgress?.({ phase: "rows", done: 1200, total: 4000 });
    expect(await screen.findByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.3");
    expect(screen.getByText(/正在添加示例数据：1,200 \/ 4,000/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(options.signal?.aborted).toBe(true);

    finish({ ok: true, value: { ...report, sample: "cancelled", done: true } });

    expect(await screen.findByText("添加示例数据时已取消初始化。")).toBeInTheDocument();
    expect(within(rowOf("初始化结果", "销售管道")).getByText("40 / 700")).toBeInTheDocument();
  });

  it("shows a failure as Excel reported it, with what was and was not written", async () => {
    const run = jest.fn(async (): Promise<SetupResult> => ({
      ok: false,
      error: { kind: "office", code: "GeneralException", message: "The sync failed." },
      report,
    }));
    renderWithPane(<SetupView />, fakeService({ setup: setupService({ run }) }));
    fireEvent.click(await screen.findByRole("button", { name: "Set up workbook" }));

    const bar = await screen.findByRole("group", { name: "Excel reported an error" });
    expect(within(bar).getByText("The sync failed.")).toBeInTheDocument();
    expect(screen.getByText(/run set-up again to finish the job/)).toBeInTheDocument();
    expect(within(rowOf("What set-up did", "Sales team")).getByText("Not written")).toBeInTheDocument();
    expect(
      within(rowOf("What set-up did", "Pipeline deals")).getByText("lists and formats not yet applied"),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Back to set-up" }));
    expect(await screen.findByRole("table", { name: "What set-up will do" })).toBeInTheDocument();
  });

  it("turns deal recording on once set-up succeeds, and not after a failure", async () => {
    const recordingStatus = { startup: "load" as const, running: true, historyRows: 0, withoutId: 0 };
    const recording = {
      read: jest.fn(async () => ({ ok: true as const, value: recordingStatus })),
      turn: jest.fn(async () => ({ ok: true as const, value: recordingStatus })),
    };
    const { unmount } = renderWithPane(<SetupView />, fakeService({ setup: setupService(), recording }));
    fireEvent.click(await screen.findByRole("button", { name: "Set up workbook" }));
    await screen.findByText("The workbook is set up.");
    expect(recording.turn).toHaveBeenCalledWith(true);
    unmount();

    recording.turn.mockClear();
    const run = jest.fn(async (): Promise<SetupResult> => ({
      ok: false,
      error: { kind: "office", code: "GeneralException", message: "The sync failed." },
      report,
    }));
    renderWithPane(<SetupView />, fakeService({ setup: setupService({ run }), recording }));
    fireEvent.click(await screen.findByRole("button", { name: "Set up workbook" }));
    await screen.findByRole("group", { name: "Excel reported an error" });
    expect(recording.turn).not.toHaveBeenCalled();
  });

  it("keeps a set-up workbook's language and says when there is nothing to do", async () => {
    const headers = (table: "Team" | "Customers") => tableHeaders(table, "zh-CN");
    const state: SetupState = {
      ...empty,
      record: readSetupRecord({ "salesgrid.language": "zh-CN" }),
      tables: (["Team", "Customers"] as const).map((table, i) => ({
        table,
        workbookName: table,
        id: String(i),
        sheet: table,
        headerRow: 0,
        firstColumn: 0,
        headers: headers(table),
        rowCount: 3,
        lastRowFirstCell: "x",
      })),
    };
    renderWithPane(
      <SetupView />,
      fakeService({ setup: setupService({ inspect: async () => ({ ok: true, value: state }) }) }),
    );

    await screen.findByRole("table", { name: "What set-up will do" });
    expect(screen.getByRole("radio", { name: "中文" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "English" })).toBeDisabled();
    expect(screen.getByText("This workbook is already in 中文; new tables follow it.")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /Add sample data/ })).toBeDisabled();
    expect(screen.getByText(/\(Customers, Sales team found\)/)).toBeInTheDocument();
    expect(within(rowOf("What set-up will do", "Sales team")).getByText("Keep as it is")).toBeInTheDocument();
  });

  it("shows a failed read with ExcelFailureBar and reads again on Refresh", async () => {
    const inspect = jest
      .fn()
      .mockResolvedValueOnce({
        ok: false,
        error: { kind: "busy-editing", code: "InvalidOperationInCellEditMode", message: "x" },
      })
      .mockResolvedValue({ ok: true, value: empty });
    renderWithPane(<SetupView />, fakeService({ setup: setupService({ inspect }) }));

    expect(await screen.findByRole("group", { name: "Finish editing the cell first" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(screen.getByRole("table", { name: "What set-up will do" })).toBeInTheDocument());
  });
});
