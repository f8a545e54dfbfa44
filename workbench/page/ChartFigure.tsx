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
      let stackedAt = 0;
      drawing.series.forEach((series, s) => {
        const value = series.values[i];
        const size = (Math.max(0, value ?? 0) / max) * span;
        const inner = drawing.stacked || drawing.shape === "funnel" ? band * 0.8 : (band * 0.8) / drawing.series.length;
        const x = drawing.shape === "funnel" ? left + (span - size) / 2 : left + stackedAt;
        const barY = y + band * 0.1 + (drawing.stacked || drawing.shape === "funnel" ? 0 : inner * s);
        if (drawing.stacked) stackedAt += size;
        marks.push(
          <rect
            key={`b${i}-${s}`}
            data-series={series.name}
            data-value={value ?? ""}
            x={x}
            y={barY}
            width={size}
            height={inner}
            style={{ fill: colour(s) }}
          >
            {tip(category, series.name, value)}
          </rect>,
        );
      });
    });
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
      drawing.categories.forEach((category, i) => {
        let stackedAt = base;
        drawing.series.forEach((series, s) => {
          const value = series.values[i];
          const size = base - yOf(value ?? 0);
          const inner = drawing.stacked ? band * 0.7 : (band * 0.7) / drawing.series.length;
          const x = left + band * i + band * 0.15 + (drawing.stacked ? 0 : inner * s);
          const y = drawing.stacked ? stackedAt - size : base - size;
          if (drawing.stacked) stackedAt -= size;
          marks.push(
            <rect
              key={`b${i}-${s}`}
              data-series={series.name}
              data-value={value ?? ""}
              x={x}
              y={y}
              width={inner}
              height={size}
              style={{ fill: colour(s) }}
            >
              {tip(category, series.name, value)}
            </rect>,
          );
        });
      });
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
