/**
 * What the workbench draws for a chart the add-in created: its recorded definition (type, source
 * range, series orientation, title, position) read against the source cells' live values, so a
 * drawn chart follows edits as Excel's does. Pure, so it is tested without a browser; ChartFigure
 * renders it as SVG and SheetGrid places it over the cells of its position. Development only: the
 * add-in's chart calls are Excel's, the emulator only records them.
 */
import { parseAddress, type CellRect } from "@workbench/emulator/address";
import type { ChartModel } from "@workbench/emulator/workbookTypes";

/** How a chart type is drawn; types the workbench does not draw show as a labelled frame. */
export type ChartShape = "funnel" | "columns" | "bars" | "lines" | "other";

/** One series: its name and a value per category (null where the cell holds no number). */
export type ChartSeries = { readonly name: string; readonly values: readonly (number | null)[] };

/** A chart ready to draw. */
export type ChartDrawing = {
  readonly shape: ChartShape;
  readonly stacked: boolean;
  readonly type: string;
  readonly title: string | null;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
};

/** A source cell as the grid shows it. */
export type SourceCell = { readonly value: unknown; readonly text: string };

/**
 * How an `Excel.ChartType` is drawn.
 *
 * @example
 * chartShape("ColumnClustered") //=> { shape: "columns", stacked: false }
 */
export function chartShape(type: string): { shape: ChartShape; stacked: boolean } {
  const lower = type.toLowerCase();
  const stacked = lower.includes("stacked");
  if (lower === "funnel") return { shape: "funnel", stacked: false };
  if (lower.startsWith("column")) return { shape: "columns", stacked };
  if (lower.startsWith("bar")) return { shape: "bars", stacked };
  if (lower.startsWith("line")) return { shape: "lines", stacked };
  return { shape: "other", stacked: false };
}

/** The most categories or series drawn. */
const MAX_POINTS = 200;

const isLabel = (cell: SourceCell) => typeof cell.value === "string" || cell.value === null || cell.value === "";

/**
 * A chart's categories and series from its source cells, as Excel reads a source range: series by
 * columns (or by rows), the first row naming the series when it holds text, the first column
 * naming the categories when its cells hold text.
 *
 * @param chart - the recorded chart
 * @param cellAt - the source cells' live contents (sheet, row, column)
 * @returns what to draw, or null when the source address is not a range
 * @example
 * chartDrawing({ type: "Line", sourceAddress: "S!A1:B3", seriesBy: "Columns", … }, cellAt)
 * //=> { shape: "lines", categories: ["Q1", "Q2"], series: [{ name: "Score", values: [3, 4] }], … }
 */
export function chartDrawing(
  chart: ChartModel,
  cellAt: (sheet: string, row: number, col: number) => SourceCell,
): ChartDrawing | null {
  const source = parseAddress(chart.sourceAddress);
  if (!source?.sheet) return null;
  const rect = { ...source, sheet: source.sheet };
  // A whole-column source is drawn over its first cells, as many as a chart can show.
  const rows = Math.min(rect.bottom - rect.top + 1, MAX_POINTS);
  const columns = Math.min(rect.right - rect.left + 1, MAX_POINTS);
  const byRows = chart.seriesBy.toLowerCase() === "rows" || (chart.seriesBy.toLowerCase() === "auto" && columns > rows);
  // Read as a grid with series down the columns; by rows is the same grid transposed.
  const grid = (r: number, c: number) =>
    byRows ? cellAt(rect.sheet, rect.top + c, rect.left + r) : cellAt(rect.sheet, rect.top + r, rect.left + c);
  const height = byRows ? columns : rows;
  const width = byRows ? rows : columns;
  const namesRow = width > 1 && Array.from({ length: width - 1 }, (_, c) => grid(0, c + 1)).every(isLabel) ? 1 : 0;
  const labelColumn =
    width > 1 && Array.from({ length: height - namesRow }, (_, r) => grid(r + namesRow, 0)).every(isLabel) ? 1 : 0;
  const categories = Array.from({ length: height - namesRow }, (_, r) =>
    labelColumn ? grid(r + namesRow, 0).text : String(r + 1),
  );
  const series = Array.from({ length: width - labelColumn }, (_, s) => ({
    name: namesRow ? grid(0, s + labelColumn).text : `Series${s + 1}`,
    values: categories.map((_, r) => {
      const value = grid(r + namesRow, s + labelColumn).value;
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    }),
  }));
  return { ...chartShape(chart.type), type: chart.type, title: chart.title, categories, series };
}

/** The default size of a chart without an end cell, in pixels (Excel's 5 × 3 inches). */
export const DEFAULT_CHART_SIZE = { width: 480, height: 288 };

/**
 * The cells a chart covers: from its start cell to the far edge of its end cell, as
 * `Chart.setPosition` places it; without a position, at A1.
 *
 * @example
 * chartCells({ position: { startCell: "K4", endCell: "R20" } }) //=> { top: 3, left: 10, bottom: 19, right: 17 }
 */
export function chartCells(chart: Pick<ChartModel, "position">): ChartCells {
  const start = parseAddress(chart.position?.startCell ?? "A1");
  const end = chart.position?.endCell ? parseAddress(chart.position.endCell) : null;
  const top = start?.top ?? 0;
  const left = start?.left ?? 0;
  if (!end) return { top, left };
  return { top, left, bottom: Math.max(top, end.bottom), right: Math.max(left, end.right) };
}

/** Where a chart sits: its top-left cell, and its bottom-right cell when its size is set by one. */
export type ChartCells = { top: number; left: number } & Partial<Pick<CellRect, "bottom" | "right">>;
