import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ChartDrawing } from "./chartDrawing";

const useStyles = makeStyles({
  figure: {
    display: "block",
    backgroundColor: tokens.colorNeutralBackground1,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    fontFamily: tokens.fontFamilyBase,
  },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    fill: tokens.colorNeutralForeground1,
  },
  label: { fontSize: tokens.fontSizeBase100, fill: tokens.colorNeutralForeground2 },
  axis: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  line: { fill: "none", strokeWidth: 2 },
});

/** Series colours, in Excel's order of blue, orange, grey, gold. */
const PALETTE = [
  tokens.colorBrandBackground,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorNeutralForeground3,
  tokens.colorPaletteMarigoldBackground3,
  tokens.colorPaletteGreenBackground3,
];

export type ChartFigureProps = {
  drawing: ChartDrawing;
  /** The chart's size in CSS pixels. */
  width: number;
  height: number;
};

const TITLE_HEIGHT = 24;
const LABEL_WIDTH = 72;
const AXIS_HEIGHT = 16;
const GAP = 4;

const valueText = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });

/**
 * Where bars or columns go: the category axis cut into equal bands from `start`, each band's
 * bars filling `fill` of it, centred; the value axis from `origin` over `length` pixels, rightwards
 * for bars and upwards for columns (SVG's y grows downwards).
 */
type BarAxes = {
  readonly orientation: "horizontal" | "vertical";
  readonly start: number;
  readonly band: number;
  readonly fill: number;
  readonly origin: number;
  readonly length: number;
};

/**
 * The rectangles of a funnel, bar or column chart: clustered side by side in each category's
 * band, or stacked end to end; a funnel's one series centred on the value axis.
 *
 * @returns one `<rect>` per category and series, carrying its series, value and tooltip
 */
function barMarks(
  drawing: ChartDrawing,
  axes: BarAxes,
  max: number,
  colour: (series: number) => string,
  tip: (category: string, series: string, value: number | null) => ReactNode,
): ReactNode[] {
  const { band, fill } = axes;
  const together = drawing.stacked || drawing.shape === "funnel";
  const inner = together ? band * fill : (band * fill) / drawing.series.length;
  return drawing.categories.flatMap((category, i) => {
    let stackedAt = 0;
    return drawing.series.map((series, s) => {
      const value = series.values[i];
      const size = (Math.max(0, value ?? 0) / max) * axes.length;
      const across = axes.start + band * i + (band * (1 - fill)) / 2 + (together ? 0 : inner * s);
      const offset = drawing.shape === "funnel" ? (axes.length - size) / 2 : stackedAt;
      if (drawing.stacked) stackedAt += size;
      const along = axes.orientation === "horizontal" ? axes.origin + offset : axes.origin - offset - size;
      const place =
        axes.orientation === "horizontal"
          ? { x: along, y: across, width: size, height: inner }
          : { x: across, y: along, width: inner, height: size };
      return (
        <rect
          key={`b${i}-${s}`}
          data-series={series.name}
          data-value={value ?? ""}
          {...place}
          style={{ fill: colour(s) }}
        >
          {tip(category, series.name, value)}
        </rect>
      );
    });
  });
}

/**
 * A chart the add-in created, drawn as simple SVG: funnel, clustered or stacked columns and bars,
 * lines; any other type as a labelled frame. Every bar or point carries its category and value as
 * a tooltip (`<title>`), so a reader sees what Excel would plot.
 */
export function ChartFigure({ drawing, width, height }: ChartFigureProps) {
  const styles = useStyles();
  const top = drawing.title ? TITLE_HEIGHT : GAP;
  const plot = { top, height: Math.max(10, height - top - AXIS_HEIGHT - GAP) };
  const stackTotals = drawing.categories.map((_, i) =>
    drawing.series.reduce((sum, series) => sum + Math.max(0, series.values[i] ?? 0), 0),
  );
  const largest = drawing.stacked
    ? stackTotals.reduce((a, b) => Math.max(a, b), 0)
    : drawing.series.reduce((a, series) => series.values.reduce<number>((b, v) => Math.max(b, v ?? 0), a), 0);
  const max = Math.max(1e-9, largest);
  const count = Math.max(1, drawing.categories.length);
  const colour = (s: number) => PALETTE[s % PALETTE.length];
  const marks: ReactNode[] = [];
  const labels: ReactNode[] = [];
  const tip = (category: string, series: string, value: number | null) => (
    <title>{`${category}${drawing.series.length > 1 ? ` · ${series}` : ""}: ${value === null ? "" : valueText(value)}`}</title>
  );

  if (drawing.shape === "funnel" || drawing.shape === "bars") {
    const left = LABEL_WIDTH;
    const span = width - left - GAP;
    const band = plot.height / count;
    drawing.categories.forEach((category, i) => {
      const y = plot.top + band * i;
      labels.push(
        <text
          key={`c${i}`}
          className={styles.label}
          x={left - GAP}
          y={y + band / 2}
          textAnchor="end"
          dominantBaseline="middle"
        >
          {category}
        </text>,
      );
    });
    marks.push(
      ...barMarks(
        drawing,
        { orientation: "horizontal", start: plot.top, band, fill: 0.8, origin: left, length: span },
        max,
        colour,
        tip,
      ),
    );
  } else if (drawing.shape === "columns" || drawing.shape === "lines") {
    const left = GAP * 2;
    const span = width - left - GAP;
    const band = span / count;
    const base = plot.top + plot.height;
    const yOf = (value: number) => base - (Math.max(0, value) / max) * plot.height;
    drawing.categories.forEach((category, i) => {
      labels.push(
        <text
          key={`c${i}`}
          className={styles.label}
          x={left + band * (i + 0.5)}
          y={base + AXIS_HEIGHT - GAP}
          textAnchor="middle"
        >
          {category}
        </text>,
      );
    });
    if (drawing.shape === "columns") {
      marks.push(
        ...barMarks(
          drawing,
          { orientation: "vertical", start: left, band, fill: 0.7, origin: base, length: plot.height },
          max,
          colour,
          tip,
        ),
      );
    } else {
      drawing.series.forEach((series, s) => {
        const points = series.values.map((value, i) => ({ value, x: left + band * (i + 0.5), y: yOf(value ?? 0) }));
        marks.push(
          <polyline
            key={`l${s}`}
            data-series={series.name}
            className={styles.line}
            style={{ stroke: colour(s) }}
            points={points
              .filter((p) => p.value !== null)
              .map((p) => `${p.x},${p.y}`)
              .join(" ")}
          />,
        );
        points.forEach((p, i) =>
          marks.push(
            <circle
              key={`p${s}-${i}`}
              data-series={series.name}
              data-value={p.value ?? ""}
              cx={p.x}
              cy={p.y}
              r={3}
              style={{ fill: colour(s) }}
            >
              {tip(drawing.categories[i], series.name, p.value)}
            </circle>,
          ),
        );
      });
    }
    marks.push(<line key="axis" className={styles.axis} x1={left} x2={width - GAP} y1={base} y2={base} />);
  } else {
    labels.push(
      <text key="type" className={styles.label} x={width / 2} y={height / 2} textAnchor="middle">
        {drawing.type}
      </text>,
    );
  }

  return (
    <svg
      role="img"
      aria-label={drawing.title ?? drawing.type}
      className={styles.figure}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {drawing.title && (
        <text className={styles.title} x={width / 2} y={TITLE_HEIGHT - 8} textAnchor="middle">
          {drawing.title}
        </text>
      )}
      {marks}
      {labels}
    </svg>
  );
}
