/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";
import type { ImportService } from "@excel/import/importService";
import type { SourceBlock } from "@excel/import/readImportSource";
import { ImportView } from "@taskpane/import/ImportView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { emptyWorkbook, fakeImport, stubResizeObserver } from "./importFakes";

stubResizeObserver();

jest.setTimeout(30_000);

/** A Chinese customer list as read from a sheet: the dates are serial numbers under a date format. */
const list: SourceBlock = {
  sheet: "Sheet1",
  address: "A1:D3",
  top: 0,
  left: 0,
  values: [
    ["客户名称", "电话", "最近联系", "微信"],
    ["华瑞科技", "13800138000", 45444, "hr_wx"],
    ["Acme", "13900139000", "someday", ""],
  ],
  formulas: [
    ["客户名称", "电话", "最近联系", "微信"],
    ["华瑞科技", "13800138000", 45444, "hr_wx"],
    ["Acme", "13900139000", "someday", ""],
  ],
  numberFormats: [
    ["General", "General", "General", "General"],
    ["General", "@", "m/d/yyyy", "General"],
    ["General", "@", "General", "General"],
  ],
};

function importReading(read: SourceBlock, workbook: ImportWorkbook = emptyWorkbook): ImportService {
  return fakeImport({
    readWorkbook: jest.fn(async () => ({ ok: true as const, value: workbook })),
    readSelection: jest.fn(async () => ({ ok: true as const, value: read })),
  });
}

describe("the import's columns and review", () => {
  it("shows each of your columns with its first value apart, dates as dates", async () => {
    renderWithPane(<ImportView />, fakeService({ import: importReading(list) }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    const lastContact = await screen.findByRole("combobox", { name: "最近联系" });
    expect(lastContact).toHaveAccessibleDescription("First value: 2024-06-01");
    expect(screen.getByRole("combobox", { name: "客户名称" })).toHaveAccessibleDescription("First value: 华瑞科技");
    // The header-row choices quote the rows as they read, dates included.
    const headerRow = screen.getByRole("combobox", { name: "Header row" });
    expect(within(headerRow).getByRole("option", { name: /^Row 2: 华瑞科技, 13800138000, 2024-06-01$/ })).toBeTruthy();
    expect(screen.queryByText(/45444/)).not.toBeInTheDocument();
  });

  it("previews a Chinese workbook's rows under column names in the pane's language, with dates as dates", async () => {
    const chineseWorkbook: ImportWorkbook = { ...emptyWorkbook, language: "zh-CN" };
    renderWithPane(<ImportView />, fakeService({ import: importReading(list, chineseWorkbook) }));
    fireEvent.click(await screen.findByRole("button", { name: "Read" }));
    fireEvent.click(await screen.findByRole("button", { name: "Check the data" }));
    const preview = await screen.findByRole("table", { name: "Preview" });
    const headers = within(preview)
      .getAllByRole("columnheader")
      .map((header) => header.textContent);
    expect(headers).toEqual(expect.arrayContaining(["Company", "Phone", "LastContact", "NextContact", "微信"]));
    expect(headers).not.toContain("公司名称");
    expect(within(preview).getByText("2024-06-01")).toBeInTheDocument();
    expect(within(preview).queryByText("45444")).not.toBeInTheDocument();
  });

  it("names the problem's column in the pane's language", async () => {
    renderWithPane(<ImportView />, fakeService({ import: importReading(list) }), "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "读取" }));
    fireEvent.click(await screen.findByRole("button", { name: "检查数据" }));
    const problems = await screen.findByRole("table", { name: "按行列出的问题" });
    expect(within(problems).getByRole("cell", { name: "最近联系" })).toBeInTheDocument();
    expect(within(problems).queryByRole("cell", { name: "LastContact" })).not.toBeInTheDocument();
  });
});
