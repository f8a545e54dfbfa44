import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ForecastPoint } from "@core/pipeline/forecastHistory/forecastTrend";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

/** The series drawn, in legend order; the target is drawn as a dashed line. */
export const CHART_SERIES = ["closed", "commit", "bestCase", "weighted", "target"] as const;
export type ChartSeries = (typeof CHART_SERIES)[number];

// The chart's own coordinate space (the SVG scales it to the pane's width).
const WIDTH = 300;
const HEIGHT = 150;
const INSET = 8;

const useStyles = makeStyles({
  chart: { width: "100%", height: "auto", display: "block" },
  axis: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  line: { fill: "none", strokeWidth: 2 },
  dot: { strokeWidth: 0 },
  dashed: { strokeDasharray: "6 4" },
  closed: { stroke: tokens.colorPaletteGreenForeground1, fill: tokens.colorPaletteGreenForeground1 },
  commit: { stroke: tokens.colorBrandForeground1, fill: tokens.colorBrandForeground1 },
  bestCase: { stroke: tokens.colorPaletteDarkOrangeForeground1, fill: tokens.colorPaletteDarkOrangeForeground1 },
  weighted: { stroke: tokens.colorPaletteBerryForeground1, fill: tokens.colorPaletteBerryForeground1 },
  target: { stroke: tokens.colorNeutralForeground3, fill: tokens.colorNeutralForeground3 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  key: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: tokens.spacingHorizontalM,
    height: tokens.strokeWidthThickest,
  },
  swatchClosed: { backgroundColor: tokens.colorPaletteGreenForeground1 },
  swatchCommit: { backgroundColor: tokens.colorBrandForeground1 },
  swatchBestCase: { backgroundColor: tokens.colorPaletteDarkOrangeForeground1 },
  swatchWeighted: { backgroundColor: tokens.colorPaletteBerryForeground1 },
  swatchTarget: { backgroundColor: tokens.colorNeutralForeground3 },
});

export type ForecastCallChartProps = {
  /** The recordings of the period for the filter, in the order recorded (at least one). */
  points: readonly ForecastPoint[];
  /** The period's name, for the chart's label. */
  period: string;
};

/**
 * The forecast call as a line chart: closed, commit, best case and weighted pipeline at each
 * recording, against the target (dashed). Plain SVG, one image for assistive technology whose
 * label names the latest figures; each point has a title with its date and amount.
 */
export function ForecastCallChart({ points, period }: ForecastCallChartProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
  const labels = {
    closed: t("pipeline.forecastCall.closed"),
    commit: t("pipeline.forecastCall.commit"),
    bestCase: t("pipeline.forecastCall.bestCase"),
    weighted: t("pipeline.forecastCall.weighted"),
    target: t("pipeline.forecastCall.target"),
  } as const;
  const label = (series: ChartSeries) => labels[series];
  const latest = points[points.length - 1];
  let top = 1;
  for (const point of points) for (const series of CHART_SERIES) top = Math.max(top, point[series] ?? 0);
  const x = (i: number) => (points.length === 1 ? WIDTH / 2 : INSET + (i * (WIDTH - 2 * INSET)) / (points.length - 1));
  const y = (value: number) => HEIGHT - INSET - (Math.max(0, value) / top) * (HEIGHT - 2 * INSET);
  const swatch = {
    closed: styles.swatchClosed,
    commit: styles.swatchCommit,
    bestCase: styles.swatchBestCase,
    weighted: styles.swatchWeighted,
    target: styles.swatchTarget,
  } as const;
  const money = (value: number | null) => (value === null ? t("pipeline.forecastCall.noTarget") : f.money(value));

  return (
    <div>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t("pipeline.forecastCall.chart", {
          period,
          count: points.length,
          first: f.date(points[0].recordedOn),
          last: f.date(latest.recordedOn),
          closed: f.money(latest.closed),
          commit: f.money(latest.commit),
          bestCase: f.money(latest.bestCase),
          weighted: f.money(latest.weighted),
          target: money(latest.target),
        })}
      >
        <line className={styles.axis} x1={INSET} x2={WIDTH - INSET} y1={HEIGHT - INSET} y2={HEIGHT - INSET} />
        {CHART_SERIES.map((series) => {
          const drawn = points.flatMap((point, i) => {
            const value = point[series];
            return value === null ? [] : [{ point, i, value }];
          });
          if (drawn.length === 0) return null;
          const path = drawn.map(({ i, value }) => `${x(i)},${y(value)}`).join(" ");
          return (
            <g key={series} className={styles[series]} data-series={series}>
              {drawn.length > 1 && (
                <polyline
                  className={mergeClasses(styles.line, styles[series], series === "target" && styles.dashed)}
                  points={path}
                />
              )}
              {drawn.map(({ point, i, value }) => (
                <circle key={i} className={styles.dot} cx={x(i)} cy={y(value)} r={3}>
                  <title>
                    {t("pipeline.forecastCall.point", {
                      series: label(series),
                      date: f.date(point.recordedOn),
                      amount: f.money(value),
                    })}
                  </title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-label={t("pipeline.forecastCall.legend")}>
        {CHART_SERIES.map((series) => (
          <li key={series} className={styles.key}>
            <span className={mergeClasses(styles.swatch, swatch[series])} aria-hidden="true" />
            <Caption1>{label(series)}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
