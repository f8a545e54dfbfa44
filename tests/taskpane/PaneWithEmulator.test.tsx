/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { createEmulator, type Emulator } from "@workbench/emulator";
import { initI18n, startI18n } from "@i18n/initI18n";
import { languageFromOffice } from "@i18n/paneLanguage";
import { displayLanguage } from "@excel/host";
import { Pane } from "@taskpane/Pane";
import { excelWorkbookService } from "@taskpane/services/excelWorkbookService";

let emulator: Emulator;

beforeEach(() => {
  emulator = createEmulator({ displayLanguage: "zh-CN" });
  emulator.install();
});

function rowOf(label: string): HTMLElement {
  // The first cell names the table; the sheet cell may carry the same text.
  const row = screen.getAllByRole("cell", { name: new RegExp(label) })[0].closest("tr");
  if (!row) throw new Error(`no row for ${label}`);
  return row;
}

// readWorkbookStatus loads "items/worksheet/name" and "items/rows/count" on workbook.tables, as
// Office.js documents (TableCollectionLoadOptions.worksheet / .rows). The emulator must keep one
// proxy per navigation property (table.worksheet) for these loads to be readable after sync.
describe("the pane against the emulated workbook", () => {
  it("speaks Office's display language and shows the live workbook, refreshed on demand", async () => {
    // As the pane starts (index.tsx): the Chinese strings are fetched as their own chunk first.
    render(<Pane i18n={await startI18n(languageFromOffice(displayLanguage()))} service={excelWorkbookService} />);

    // An empty workbook opens on Get started, not on eight missing tables.
    expect(await screen.findByRole("heading", { name: "快速开始" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "初始化" })).toBeInTheDocument();

    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("客户档案");
      sheet.getRange("A1:B3").values = [
        ["客户编号", "联系人"],
        ["C001", "王芳"],
        ["C002", "李强"],
      ];
      sheet.tables.add("A1:B3", true).name = "Customers";
      await context.sync();
    });
    fireEvent.click(screen.getByRole("button", { name: "刷新" }));

    expect(await screen.findByText("已找到 1 / 11 个 SalesGrid 表格")).toBeInTheDocument();
    const customers = rowOf("客户档案");
    expect(within(customers).getByText("已存在")).toBeInTheDocument();
    expect(within(customers).getByText("2")).toBeInTheDocument();
  });

  it("shows a failed read from Excel in a MessageBar", async () => {
    emulator.failSync(1, { code: "InvalidOperationInCellEditMode", message: "Cell-edit mode." });
    render(<Pane i18n={initI18n("en-US")} service={excelWorkbookService} />);
    const bar = await screen.findByRole("group", { name: "Finish editing the cell first" });
    expect(within(bar).getByText(/Press Enter or Esc/)).toBeInTheDocument();
    expect(within(bar).getByText("Error code: InvalidOperationInCellEditMode")).toBeInTheDocument();
  });
});
