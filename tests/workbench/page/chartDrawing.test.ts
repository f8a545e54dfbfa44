import { chartCells, chartDrawing, chartShape, type SourceCell } from "@workbench/page/chartDrawing";
import type { ChartModel } from "@workbench/emulator/workbookTypes";

const grid: (string | number | null)[][] = [
  ["Period", "Attainment", "Score"],
  ["Q1", 0.9, 3.1],
  ["Q2", 1.1, 3.8],
];
const cellAt = (_sheet: string, row: number, col: number): SourceCell => {
  const value = grid[row]?.[col] ?? null;
  return { value, text: value === null ? "" : String(value) };
};
const chart = (overrides: Partial<ChartModel>): ChartModel => ({
  id: "chart1",
  name: "Chart 1",
  type: "Line",
  sourceAddress: "Review!A1:C3",
  seriesBy: "Columns",
  title: "Attainment and score",
  ...overrides,
});

describe("what the workbench draws for a chart", () => {
  it("maps Excel's chart types to shapes", () => {
    expect(chartShape("Funnel")).toEqual({ shape: "funnel", stacked: false });
    expect(chartShape("ColumnStacked")).toEqual({ shape: "columns", stacked: true });
    expect(chartShape("BarClustered")).toEqual({ shape: "bars", stacked: false });
    expect(chartShape("Pie").shape).toBe("other");
  });

  it("reads series by columns: the first row names them, the first column gives the categories", () => {
    expect(chartDrawing(chart({}), cellAt)).toEqual({
      shape: "lines",
      stacked: false,
      type: "Line",
      title: "Attainment and score",
      categories: ["Q1", "Q2"],
      series: [
        { name: "Attainment", values: [0.9, 1.1] },
        { name: "Score", values: [3.1, 3.8] },
      ],
    });
  });

  it("reads series by rows, and follows the cells' current values", () => {
    const drawn = chartDrawing(chart({ seriesBy: "Rows" }), cellAt)!;
    expect(drawn.categories).toEqual(["Attainment", "Score"]);
    expect(drawn.series.map((s) => s.name)).toEqual(["Q1", "Q2"]);
    grid[1][1] = 0.5;
    expect(chartDrawing(chart({}), cellAt)!.series[0].values).toEqual([0.5, 1.1]);
  });

  it("places a chart from its start cell to the far edge of its end cell", () => {
    expect(chartCells({ position: { startCell: "K4", endCell: "R20" } })).toEqual({
      top: 3,
      left: 10,
      bottom: 19,
      right: 17,
    });
    expect(chartCells({})).toEqual({ top: 0, left: 0 });
  });
});
