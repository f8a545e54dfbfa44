/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { TableData, TablesData } from "@excel/tables/readTables";
import type { WeeklySheetOutcome } from "@excel/weekly/writeWeeklySheet";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";
import { WeeklyView } from "@taskpane/weekly/WeeklyView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { tables, today } from "../../core/weekly/report/weeklyFixture";

// Rendering Fluent tables in jsdom takes seconds on a loaded machine (the first test also warms up).
jest.setTimeout(30_000);

/** The fixture's tables as readTables gives them. */
function tablesData(): TablesData {
  const data: TablesData = {};
  for (const [name, table] of Object.entries(tables)) {
    const read: TableData = {
      name: name as TableName,
      sheet: name,
      address: "A1:A1",
      headerRow: 0,
      firstColumn: 0,
      headers: table.headers,
      columns: table.columns,
      rows: table.rows,
    };
    data[name as TableName] = read;
  }
  return data;
}

/** The tables with one column taken out, as a workbook whose user deleted it reads. */
function withoutColumn(data: TablesData, name: TableName, key: string): TablesData {
  const table = data[name]!;
  const at = table.columns[key];
  const headers = table.headers.filter((_, i) => i !== at);
  const rows = table.rows.map((row) => row.filter((_, i) => i !== at));
  return { ...data, [name]: { ...table, headers, columns: columnIndex(name, headers), rows } };
}

/** The tables with Chinese headers, as a workbook set up in Chinese reads. */
function inChinese(data: TablesData): TablesData {
  const out: TablesData = {};
  for (const [name, table] of Object.entries(data) as [TableName, TableData][]) {
    const english = tableHeaders(name, "en-US");
    const chinese = tableHeaders(name, "zh-CN");
    const headers = table.headers.map((header) => chinese[english.indexOf(header)] ?? header);
    out[name] = { ...table, headers, columns: columnIndex(name, headers) };
  }
  return out;
}

const written: ExcelResult<WeeklySheetOutcome> = {
  ok: true,
  value: { kind: "written", sheet: "Weekly 2026-W53", figures: {} },
};

function weeklyService(
  read: ExcelResult<TablesData> = { ok: true, value: tablesData() },
  writeSheet = jest.fn(async () => written),
) {
  return fakeService({ weekly: { read: jest.fn(async () => read), today: () => today, writeSheet } });
}

/** The value cell of a figure in a card's table. */
function figure(table: HTMLElement, label: string): string {
  const row = within(table).getByRole("cell", { name: label }).closest("tr");
  return row?.querySelectorAll("td")[1]?.textContent ?? "";
}

const summaryTable = (week = "2026-W53", scope = "Everyone") =>
  screen.findByRole("table", { name: `Figures of ${scope} for ${week}` });

describe("WeeklyView", () => {
  it("opens on last week for everyone, with the summary on top and a card per rep", async () => {
    renderWithPane(<WeeklyView />, weeklyService());
    const summary = await summaryTable();
    const week = screen.getByRole("combobox", { name: "Week" });
    expect(week).toHaveValue("2026-W53");
    const options = within(week)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(options.slice(0, 2)).toEqual(["2027-W01 · 01-04 – 01-10 (this week)", "2026-W53 · 12-28 – 01-03"]);
    expect(options).toHaveLength(13);
    expect(screen.getByRole("tab", { name: "Report", selected: true })).toBeInTheDocument();

    expect(figure(summary, "Won")).toBe("2 · 7,000");
    expect(figure(summary, "Lost")).toBe("1 · 2,000");
    expect(figure(summary, "New deals")).toBe("2 · 3,700");
    expect(figure(summary, "Follow-ups done / due")).toBe("3 / 3");
    const headings = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["Everyone", "Lee", "Wang", "Zhao", "Old", "Ex"]);

    const lee = screen.getByRole("table", { name: "Figures of Lee for 2026-W53" });
    expect(figure(lee, "Won")).toBe("1 · 1,000");
    // In Lee's card and in the summary.
    expect(screen.getAllByText("D2 Beta · 2,000 · Price")).toHaveLength(2);
    expect(screen.getAllByText("D1 Acme: Proposal → Won (2026-12-29)")).toHaveLength(2);
    expect(screen.getByText("not in the Team table")).toBeInTheDocument();
  });

  it("says no target where Targets has none for the month, never 0 %", async () => {
    renderWithPane(<WeeklyView />, weeklyService());
    await summaryTable();
    const lee = screen.getByRole("table", { name: "Figures of Lee for 2026-W53" });
    expect(figure(lee, "Month to date")).toBe("0% of 10,000pace 0%");
    const wang = screen.getByRole("table", { name: "Figures of Wang for 2026-W53" });
    expect(figure(wang, "Month to date")).toBe("no target");
    expect(figure(wang, "Overdue follow-ups")).toBe("1");
  });

  it("follows the week and the team the manager picks", async () => {
    renderWithPane(<WeeklyView />, weeklyService());
    await summaryTable();
    fireEvent.change(screen.getByRole("combobox", { name: "Week" }), { target: { value: "2026-W52" } });
    const before = await summaryTable("2026-W52");
    // Zhao's deal won on Sunday 12-27 belongs to the week before.
    expect(figure(before, "Won")).toBe("1 · 5,000");

    fireEvent.change(screen.getByRole("combobox", { name: "Whose" }), { target: { value: "East" } });
    await summaryTable("2026-W52", "Team East");
    fireEvent.change(screen.getByRole("combobox", { name: "Week" }), { target: { value: "2026-W53" } });
    const east = await summaryTable("2026-W53", "Team East");
    expect(figure(east, "Won")).toBe("2 · 7,000");
    const headings = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["Team East", "Lee", "Wang", "Old"]);
  });

  it("keeps a rep with a quiet week, folded to one line that opens to their card", async () => {
    renderWithPane(<WeeklyView />, weeklyService());
    await summaryTable();
    const quiet = screen.getByRole("button", { name: "Quiet: a quiet week" });
    expect(quiet).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("table", { name: "Figures of Quiet for 2026-W53" })).not.toBeInTheDocument();
    fireEvent.click(quiet);
    expect(await screen.findByRole("table", { name: "Figures of Quiet for 2026-W53" })).toBeInTheDocument();
  });

  it("has the week's activity as its second tab, following the week and team picked", async () => {
    renderWithPane(<WeeklyView />, weeklyService());
    await summaryTable();
    fireEvent.click(screen.getByRole("tab", { name: "Activity" }));
    expect(await screen.findByRole("heading", { name: "Follow-ups in 2026-W53" })).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Figures of Everyone for 2026-W53" })).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox", { name: "Week" }), { target: { value: "2026-W52" } });
    expect(await screen.findByRole("heading", { name: "Follow-ups in 2026-W52" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Activity", selected: true })).toBeInTheDocument();
  });

  it("writes the chosen week's sheet for the chosen scope", async () => {
    const writeSheet = jest.fn(async () => written);
    renderWithPane(<WeeklyView />, weeklyService(undefined, writeSheet));
    await summaryTable();
    fireEvent.change(screen.getByRole("combobox", { name: "Whose" }), { target: { value: "East" } });
    await summaryTable("2026-W53", "Team East");
    fireEvent.click(screen.getByRole("button", { name: "Write 2026-W53 sheet" }));
    expect(await screen.findByText(/Wrote the sheet .Weekly 2026-W53./)).toBeInTheDocument();
    expect(writeSheet).toHaveBeenCalledTimes(1);
    expect(writeSheet).toHaveBeenCalledWith(
      expect.objectContaining({
        week: expect.objectContaining({ year: 2026, number: 53 }),
        team: "East",
        replace: false,
      }),
    );
  });

  it("shows the failure bar when the read fails", async () => {
    renderWithPane(
      <WeeklyView />,
      weeklyService({
        ok: false,
        error: { kind: "busy-editing", code: "InvalidOperationInCellEditMode", message: "Excel is editing a cell." },
      }),
    );
    expect(await screen.findByText("Excel is editing a cell.")).toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "Report" })).not.toBeInTheDocument();
  });

  it("speaks Chinese, every string found", async () => {
    const { container } = renderWithPane(<WeeklyView />, weeklyService(), "zh-CN");
    await screen.findByRole("table", { name: "全部在2026-W53的数据" });
    expect(screen.getByRole("heading", { level: 2, name: "周报" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "报告" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "周" })).toHaveDisplayValue("2026-W53 · 12月28日–1月3日");
    expect(screen.getByRole("button", { name: "Quiet：本周无动态" })).toBeInTheDocument();
    expect(screen.getAllByText("无目标").length).toBeGreaterThan(0);
    expect(container.textContent).not.toMatch(/weekly\./);
  });

  it("names no column when the tables have every column the figures need", async () => {
    renderWithPane(<WeeklyView />, weeklyService());
    await summaryTable();
    expect(screen.queryByText("Columns missing")).not.toBeInTheDocument();
    expect(screen.queryByText("column missing")).not.toBeInTheDocument();
  });

  it("names a missing Deals[Owner] and shows the deal figures as missing, never as zero", async () => {
    renderWithPane(<WeeklyView />, weeklyService({ ok: true, value: withoutColumn(tablesData(), "Deals", "Owner") }));
    const summary = await summaryTable();
    expect(screen.getByText("Columns missing")).toBeInTheDocument();
    expect(screen.getByText("Deals has no Owner column", { selector: "li" })).toBeInTheDocument();
    for (const label of ["New deals", "Won", "Lost", "Stage moves", "Expected to close next week"])
      expect(figure(summary, label)).toBe("column missing");
    // The figures that do not read Deals[Owner] stay.
    expect(figure(summary, "Follow-ups done / due")).toBe("3 / 3");
    expect(figure(summary, "New customers")).not.toBe("column missing");
    expect(screen.queryByText("D2 Beta · 2,000 · Price")).not.toBeInTheDocument();
  });

  it("names the missing column in the workbook's header language, in Chinese", async () => {
    const value = withoutColumn(inChinese(tablesData()), "Deals", "Owner");
    renderWithPane(<WeeklyView />, weeklyService({ ok: true, value }), "zh-CN");
    const summary = await screen.findByRole("table", { name: "全部在2026-W53的数据" });
    expect(screen.getByText("销售管道表缺少 负责人 列", { selector: "li" })).toBeInTheDocument();
    expect(figure(summary, "赢单")).toBe("缺少列");
    expect(figure(summary, "已跟进 / 应跟进")).toBe("3 / 3");
  });

  it("shows the Activity tab's figures as missing without Activities[Owner]", async () => {
    renderWithPane(
      <WeeklyView />,
      weeklyService({ ok: true, value: withoutColumn(tablesData(), "Activities", "Owner") }),
    );
    const summary = await summaryTable();
    expect(screen.getByText("Activities has no Owner column", { selector: "li" })).toBeInTheDocument();
    expect(figure(summary, "Follow-ups done / due")).toBe("column missing");
    expect(figure(summary, "Won")).toBe("2 · 7,000");
    fireEvent.click(screen.getByRole("tab", { name: "Activity" }));
    expect(await screen.findByText("These figures need the columns named above.")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Follow-ups in 2026-W53" })).not.toBeInTheDocument();
  });

  it("says stage moves are not recorded when the workbook has no DealHistory table, without a missing-column bar", async () => {
    const { DealHistory: _history, ...value } = tablesData();
    renderWithPane(<WeeklyView />, weeklyService({ ok: true, value }));
    const summary = await summaryTable();
    expect(figure(summary, "Stage moves")).toBe("not recorded");
    expect(screen.getByText(/no DealHistory table, so no stage moves are recorded/)).toBeInTheDocument();
    expect(screen.queryByText("Columns missing")).not.toBeInTheDocument();
  });
});
