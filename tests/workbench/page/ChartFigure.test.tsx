/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { ChartFigure } from "@workbench/page/ChartFigure";
import type { ChartDrawing } from "@workbench/page/chartDrawing";

const funnel: ChartDrawing = {
  shape: "funnel",
  stacked: false,
  type: "Funnel",
  title: "Pipeline by stage",
  categories: ["Lead", "Proposal", "Won"],
  series: [{ name: "Amount", values: [400, 200, 100] }],
};

function draw(drawing: ChartDrawing) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ChartFigure drawing={drawing} width={400} height={240} />
    </FluentProvider>,
  );
}

describe("ChartFigure", () => {
  it("draws a funnel: one bar per stage, as wide as its value, with its label and title", () => {
    const { container } = draw(funnel);
    expect(screen.getByRole("img", { name: "Pipeline by stage" })).toBeInTheDocument();
    for (const stage of funnel.categories) expect(screen.getByText(stage)).toBeInTheDocument();
    const bars = [...container.querySelectorAll("rect[data-series]")];
    expect(bars.map((bar) => bar.getAttribute("data-value"))).toEqual(["400", "200", "100"]);
    const widths = bars.map((bar) => Number(bar.getAttribute("width")));
    expect(widths[0]).toBeCloseTo(widths[1] * 2);
    expect(widths[1]).toBeCloseTo(widths[2] * 2);
    expect(bars[0].textContent).toBe("Lead: 400");
  });

  it("draws clustered columns per series and lines with a point per category", () => {
    const columns: ChartDrawing = {
      ...funnel,
      shape: "columns",
      type: "ColumnClustered",
      title: "Target vs actual",
      series: [
        { name: "Target", values: [10, 20, 30] },
        { name: "Actual", values: [5, 25, null] },
      ],
    };
    const { container, unmount } = draw(columns);
    const bars = [...container.querySelectorAll("rect[data-series]")];
    expect(bars).toHaveLength(6);
    const heights = bars.map((bar) => Number(bar.getAttribute("height")));
    expect(heights[4]).toBeCloseTo(heights[0] * 3);
    unmount();
    const lines = draw({ ...columns, shape: "lines", type: "Line" }).container;
    expect(lines.querySelectorAll("polyline")).toHaveLength(2);
    expect(lines.querySelectorAll("circle[data-series='Target']")).toHaveLength(3);
  });

  it("shows a type it does not draw as a labelled frame", () => {
    draw({ ...funnel, shape: "other", type: "Pie", title: null });
    expect(screen.getByRole("img", { name: "Pie" })).toBeInTheDocument();
    expect(screen.getByText("Pie")).toBeInTheDocument();
  });
});
