/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import { initI18n } from "@i18n/initI18n";
import { WorkbookServiceProvider, type WorkbookService } from "@taskpane/services/WorkbookServiceContext";
import type { ExcelResult } from "@excel/excelFailure";
import type { WorkbookStatus } from "@excel/workbookStatus";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService, fakeWorkbookService, statusWith } from "./fakeWorkbookService";
import { renderWithPane } from "./renderWithPane";

const twoTables = statusWith(
  { Stages: { sheet: "设置", rowCount: 7 }, Deals: { sheet: "销售管道", rowCount: 120 } },
  { schemaVersion: 1, language: "zh-CN" },
);

/** A Customers table made by hand: not empty, so the status shows (an empty workbook gets Get started). */
const oneTable = statusWith({ Customers: { sheet: "Sheet1", rowCount: 2 } });

function rowOf(label: string): HTMLElement {
  const row = screen.getByRole("cell", { name: new RegExp(label) }).closest("tr");
  if (!row) throw new Error(`no row for ${label}`);
  return row;
}

describe("WorkbookStatusView", () => {
  it("shows a spinner while reading, then lists present and missing tables", async () => {
    renderWithPane(<WorkbookStatusView />, fakeWorkbookService({ ok: true, value: twoTables }));
    expect(screen.getByText("Reading the workbook…")).toBeInTheDocument();

    const table = await screen.findByRole("table", { name: "SalesGrid tables in this workbook" });
    expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument();
    expect(within(table).getAllByRole("row")).toHaveLength(12);

    const deals = rowOf("Pipeline deals");
    expect(within(deals).getByText("销售管道")).toBeInTheDocument();
    expect(within(deals).getByText("120")).toBeInTheDocument();
    expect(within(deals).getByText("Present")).toBeInTheDocument();

    const customers = rowOf("Customers");
    expect(within(customers).getByText("Missing")).toBeInTheDocument();
    expect(within(customers).queryByText("Present")).not.toBeInTheDocument();

    expect(screen.getAllByText("Present")).toHaveLength(2);
    expect(screen.getAllByText("Missing")).toHaveLength(9);
    expect(screen.getByText("2 of 11 SalesGrid tables found")).toBeInTheDocument();
    expect(screen.getByText("Set up by SalesGrid (schema version 1)")).toBeInTheDocument();
    expect(screen.getByText("Workbook language: 中文")).toBeInTheDocument();
  });

  it("names the columns a present table lacks, in English and Chinese", async () => {
    const status = statusWith({
      Deals: {
        sheet: "Pipeline",
        rowCount: 3,
        missingColumns: [
          { table: "Deals", key: "Stage", header: "Stage" },
          { table: "Deals", key: "Amount", header: "Amount" },
        ],
      },
      Stages: { sheet: "Setup", rowCount: 7 },
    });
    const english = renderWithPane(<WorkbookStatusView />, fakeWorkbookService({ ok: true, value: status }));
    await screen.findByRole("table", { name: "SalesGrid tables in this workbook" });
    expect(within(rowOf("Pipeline deals")).getByText("Columns missing: Stage, Amount")).toBeInTheDocument();
    expect(within(rowOf("Sales stages")).queryByText(/Columns missing/)).not.toBeInTheDocument();
    english.unmount();
    renderWithPane(<WorkbookStatusView />, fakeWorkbookService({ ok: true, value: status }), "zh-CN");
    await screen.findByRole("table", { name: "此工作簿中的 SalesGrid 表格" });
    expect(screen.getByText("缺少列：Stage, Amount")).toBeInTheDocument();
  });

  it("says when SalesGrid has not set the workbook up", async () => {
    renderWithPane(<WorkbookStatusView />, fakeWorkbookService({ ok: true, value: oneTable }));
    expect(await screen.findByText("SalesGrid has not set up this workbook yet.")).toBeInTheDocument();
    expect(screen.getByText("1 of 11 SalesGrid tables found")).toBeInTheDocument();
    expect(screen.queryByText(/Workbook language/)).not.toBeInTheDocument();
  });

  it("lists the tables in Chinese", async () => {
    renderWithPane(<WorkbookStatusView />, fakeWorkbookService({ ok: true, value: twoTables }), "zh-CN");
    await screen.findByRole("table", { name: "此工作簿中的 SalesGrid 表格" });
    expect(within(rowOf("客户档案")).getByText("缺失")).toBeInTheDocument();
    expect(within(rowOf("销售阶段")).getByText("已存在")).toBeInTheDocument();
    expect(screen.getByRole("columnheader", { name: "行数" })).toBeInTheDocument();
  });

  it("shows an Office error in an error MessageBar with Office's message and code", async () => {
    const service = fakeWorkbookService({
      ok: false,
      error: { kind: "office", code: "GeneralException", message: "An internal error has occurred." },
    });
    renderWithPane(<WorkbookStatusView />, service);
    const bar = await screen.findByRole("group", { name: "Excel reported an error" });
    expect(within(bar).getByText(/An internal error has occurred\./)).toBeInTheDocument();
    expect(within(bar).getByText("Error code: GeneralException")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("tells the user to finish editing the cell in cell-edit mode", async () => {
    const service = fakeWorkbookService({
      ok: false,
      error: {
        kind: "busy-editing",
        code: "InvalidOperationInCellEditMode",
        message: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
      },
    });
    renderWithPane(<WorkbookStatusView />, service, "zh-CN");
    const bar = await screen.findByRole("group", { name: "请先完成单元格编辑" });
    expect(within(bar).getByText(/Press Enter or Esc/)).toBeInTheDocument();
  });

  it("reports a service that throws instead of answering", async () => {
    const service = fakeWorkbookService({ ok: true, value: twoTables });
    service.readWorkbookStatus.mockRejectedValueOnce(new TypeError("service exploded"));
    renderWithPane(<WorkbookStatusView />, service);
    const bar = await screen.findByRole("group", { name: "Excel reported an error" });
    expect(within(bar).getByText(/service exploded/)).toBeInTheDocument();
  });

  it("reads again on Refresh and shows the new answer", async () => {
    const service = fakeWorkbookService(
      {
        ok: false,
        error: { kind: "busy-editing", code: "InvalidOperationInCellEditMode", message: "Excel is editing a cell." },
      },
      { ok: true, value: twoTables },
    );
    renderWithPane(<WorkbookStatusView />, service);
    await screen.findByRole("group", { name: "Finish editing the cell first" });
    expect(service.readWorkbookStatus).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));

    expect(await screen.findByText("2 of 11 SalesGrid tables found")).toBeInTheDocument();
    expect(service.readWorkbookStatus).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("group", { name: "Finish editing the cell first" })).not.toBeInTheDocument();
  });

  it("disables Refresh while a read is in flight", async () => {
    const answers: ((result: ExcelResult<WorkbookStatus>) => void)[] = [];
    const service = fakeService({
      readWorkbookStatus: jest.fn(() => new Promise<ExcelResult<WorkbookStatus>>((resolve) => answers.push(resolve))),
    });
    renderWithPane(<WorkbookStatusView />, service);
    const refresh = screen.getByRole("button", { name: "Refresh" });
    expect(refresh).toBeDisabled();
    await act(async () => answers[0]({ ok: true, value: oneTable }));
    expect(refresh).toBeEnabled();

    fireEvent.click(refresh);
    expect(refresh).toBeDisabled();
    expect(screen.getByText("Reading the workbook…")).toBeInTheDocument();
    expect(screen.getByText("1 of 11 SalesGrid tables found")).toBeInTheDocument();

    await act(async () => answers[1]({ ok: true, value: twoTables }));
    expect(screen.getByText("2 of 11 SalesGrid tables found")).toBeInTheDocument();
    expect(refresh).toBeEnabled();
  });

  it("ignores a late answer from a service that was replaced", async () => {
    const answers: ((result: ExcelResult<WorkbookStatus>) => void)[] = [];
    const slow = fakeService({
      readWorkbookStatus: jest.fn(() => new Promise<ExcelResult<WorkbookStatus>>((resolve) => answers.push(resolve))),
    });
    const fast = fakeWorkbookService({ ok: true, value: twoTables });
    const tree = (service: WorkbookService) => (
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={i18n}>
          <WorkbookServiceProvider service={service}>
            <WorkbookStatusView />
          </WorkbookServiceProvider>
        </I18nextProvider>
      </FluentProvider>
    );
    const i18n = initI18n("en-US");
    const { rerender } = render(tree(slow));
    rerender(tree(fast));
    expect(await screen.findByText("2 of 11 SalesGrid tables found")).toBeInTheDocument();

    await act(async () => answers[0]({ ok: true, value: oneTable }));
    expect(screen.getByText("2 of 11 SalesGrid tables found")).toBeInTheDocument();
    expect(screen.queryByText("1 of 11 SalesGrid tables found")).not.toBeInTheDocument();
  });
});
