/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import type { Cell } from "@core/cells/cell";
import { serialFromDate } from "@core/cells/parseDate";
import { activityTrend } from "@core/weekly/activity/activityTrend";
import { weekFromLabel, weekLabel, type Week } from "@core/weekly/week";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName, type WorkbookLanguage } from "@core/workbook/schema";
import type { TablesData } from "@excel/tables/readTables";
import { enUS } from "@i18n/en-US";
import { zhCN } from "@i18n/zh-CN";
import { ActivityView } from "@taskpane/weekly/activity/ActivityView";
import { fakeWorkbookService, statusWith } from "../../fakeWorkbookService";
import { renderWithPane } from "../../renderWithPane";

const day = (m: number, d: number) => serialFromDate(2026, m, d);
const w49 = weekFromLabel("2026-W49") as Week;
const today = day(12, 7);

/** Tables as readTables gives them, with the schema's headers in a language. */
function tablesOf(
  records: Partial<Record<TableName, readonly Record<string, Cell>[]>>,
  language: WorkbookLanguage = "en-US",
): TablesData {
  const out: TablesData = {};
  for (const [name, rows] of Object.entries(records) as [TableName, Record<string, Cell>[]][]) {
    const keys = tableHeaders(name, "en-US");
    const headers = tableHeaders(name, language);
    out[name] = {
      name,
      sheet: name,
      address: "A1",
      headerRow: 0,
      firstColumn: 0,
      headers,
      columns: columnIndex(name, headers),
      rows: rows.map((r) => keys.map((key) => r[key] ?? "")),
    };
  }
  return out;
}

const sample = tablesOf({
  Team: [
    { Rep: "Wang Fang", Team: "East" },
    { Rep: "Li Qiang", Team: "East" },
    { Rep: "Zhao Min", Team: "West" },
  ],
  Activities: [
    { Date: day(11, 30), Customer: "Acme", Owner: "Wang Fang", Method: "Visit" },
    { Date: day(12, 1), Customer: "Acme", Owner: "Wang Fang", Method: "Call" },
    { Date: day(12, 2), Customer: "Beta", Owner: "Wang Fang", Method: "微信" },
    { Date: day(12, 3), Customer: "Gamma", Owner: "Li Qiang", Method: "Fax" },
    { Date: day(11, 24), Customer: "Gamma", Owner: "Li Qiang", Method: "Call" },
    { Date: day(11, 10), Customer: "Gamma", Owner: "Li Qiang", Method: "Call" },
  ],
  Customers: [
    { Company: "Acme", Owner: "Wang Fang", NextContact: day(12, 20) },
    { Company: "Gamma", Owner: "Li Qiang", NextContact: day(11, 20) },
    { Company: "Delta", Owner: "Li Qiang", NextContact: day(12, 2) },
    { Company: "Pooled", Owner: "Li Qiang", NextContact: day(11, 1), Status: "Pool" },
  ],
});

function show(tables: TablesData, team: string | null = null, language: WorkbookLanguage = "en-US") {
  return renderWithPane(
    <ActivityView tables={tables} week={w49} team={team} today={today} />,
    fakeWorkbookService({ ok: true, value: statusWith({}) }),
    language,
  );
}

/** The table's rows as the texts of their cells. */
function tableRows() {
  const table = screen.getByRole("table", { name: enUS.weeklyActivity.table.caption });
  return within(table)
    .getAllByRole("row")
    .map((row) =>
      [...within(row).queryAllByRole("columnheader"), ...within(row).queryAllByRole("cell")].map(
        (cell) => cell.textContent,
      ),
    );
}

describe("ActivityView", () => {
  it("shows each rep's follow-ups by method against the weekly target, touched and overdue, and the total", () => {
    show(sample);
    expect(screen.getByRole("heading", { name: "Follow-ups in 2026-W49" })).toBeInTheDocument();
    expect(tableRows()).toEqual([
      ["Rep", "Done / target", "Touched", "Overdue", "Call", "WeChat", "Visit", "Email", "Other"],
      ["Wang Fang", "3 / 4.6", "2", "0", "1", "1", "1", "0", "0"],
      ["Li Qiang", "1 / 4.6", "1", "2", "0", "0", "0", "0", "1"],
      ["Zhao Min", "0 / 4.6", "0", "0", "0", "0", "0", "0", "0"],
      ["Total", "4 / 13.8", "3", "2", "1", "1", "1", "0", "1"],
    ]);
    expect(
      screen.getByText("4 follow-ups against a target of 13.8; 3 customers touched; 2 overdue on 2026-12-07."),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Weekly target per rep: 4.6, the monthly follow-up target in KpiWeights × 12 ÷ 52/),
    ).toBeInTheDocument();
  });

  it("shows a rep with no activity as zeros, and a team's reps only", () => {
    show(sample, "West");
    expect(tableRows().slice(1)).toEqual([
      ["Zhao Min", "0 / 4.6", "0", "0", "0", "0", "0", "0", "0"],
      ["Total", "0 / 4.6", "0", "0", "0", "0", "0", "0", "0"],
    ]);
  });

  it("marks overdue counts above zero in red, and no other", () => {
    show(sample);
    const table = screen.getByRole("table", { name: enUS.weeklyActivity.table.caption });
    const overdueOf = (rep: string) =>
      within(within(table).getByRole("row", { name: new RegExp(`^${rep}`) })).getAllByRole("cell")[3];
    const red = getComputedStyle(overdueOf("Li Qiang")).color;
    expect(red).not.toBe(getComputedStyle(overdueOf("Wang Fang")).color);
    expect(getComputedStyle(overdueOf("Total")).color).toBe(red);
    expect(getComputedStyle(overdueOf("Zhao Min")).color).toBe(getComputedStyle(overdueOf("Wang Fang")).color);
  });

  it("draws one bar per week of the trend, each titled with its figures, and names them all in its label", () => {
    const { container } = show(sample);
    const trend = activityTrend(sample, w49, null);
    const chart = screen.getByRole("img");
    const bars = [...container.querySelectorAll("svg rect")];
    expect(bars.map((bar) => Number(bar.getAttribute("data-done")))).toEqual(trend.summary.map((p) => p.done));
    expect(bars.map((bar) => bar.querySelector("title")?.textContent)).toEqual(
      trend.summary.map((p) => `${weekLabel(p.week)}: ${p.done} follow-ups, target 13.8`),
    );
    expect(trend.summary.map((p) => p.done)).toEqual([0, 0, 0, 0, 1, 0, 1, 4]);
    expect(chart).toHaveAccessibleName(
      "Follow-ups per week from 2026-W42 to 2026-W49: 2026-W42: 0, 2026-W43: 0, 2026-W44: 0, 2026-W45: 0, 2026-W46: 1, 2026-W47: 0, 2026-W48: 1, & 2026-W49: 4. Target 13.8 a week; 0 of 8 weeks met it.",
    );
    // The tallest bar, 4 against a target of 13.8, stays under the target line.
    const line = container.querySelectorAll("svg line")[1];
    expect(Number(bars[7].getAttribute("y"))).toBeGreaterThan(Number(line.getAttribute("y1")));
  });

  it("says so when the scope has no reps", () => {
    show(tablesOf({ Activities: [] }));
    expect(screen.getByText(enUS.weeklyActivity.noReps)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });

  it("speaks Chinese, every string from the Chinese resources", () => {
    show(
      tablesOf(
        {
          Team: [{ Rep: "王芳", Team: "华东" }],
          Activities: [{ Date: day(12, 1), Customer: "甲公司", Owner: "王芳", Method: "拜访" }],
        },
        "zh-CN",
      ),
      "华东",
      "zh-CN",
    );
    expect(screen.getByRole("heading", { name: "2026-W49跟进情况" })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: zhCN.weeklyActivity.table.caption });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["销售代表", "完成/目标", "触达客户", "逾期", "电话", "微信", "拜访", "邮件", "其他"]);
    expect(within(table).getByRole("row", { name: /^王芳/ })).toHaveTextContent("王芳1/4.6100010");
    expect(screen.getByRole("heading", { name: "最近8周" })).toBeInTheDocument();
    expect(screen.getByRole("img")).toHaveAccessibleName(/^2026-W42至2026-W49每周跟进次数：/);
    expect(document.body.textContent).not.toMatch(/weeklyActivity\./);
  });

  it("says the Scorecard's default target applies when the workbook has no KpiWeights table", () => {
    const { unmount } = show(sample);
    expect(
      screen.getByText(/no KpiWeights table: the Scorecard's default of 20 follow-ups a month applies/),
    ).toBeInTheDocument();
    unmount();
    show({ ...sample, ...tablesOf({ KpiWeights: [] }) });
    expect(screen.queryByText(/no KpiWeights table/)).not.toBeInTheDocument();
  });
});
