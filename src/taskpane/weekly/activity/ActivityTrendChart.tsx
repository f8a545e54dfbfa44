import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ActivityTrendPoint } from "@core/weekly/activity/activityTrend";
import { weekLabel } from "@core/weekly/week";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

/** The drawing's own units (the SVG scales to the pane's width): a slot per week. */
const SLOT = 40;
const BAR = 24;
const HEIGHT = 100;
/** Room above the tallest bar or the target line, so neither touches the top edge. */
const HEADROOM = 1.15;

const useStyles = makeStyles({
  chart: { display: "block", width: "100%", height: "auto" },
  bar: { fill: tokens.colorBrandBackground },
  target: { stroke: tokens.colorPaletteRedBorder2, strokeWidth: 2, strokeDasharray: "6 4" },
  axis: { stroke: tokens.colorNeutralStroke1 },
  weeks: { display: "flex", justifyContent: "space-between", color: tokens.colorNeutralForeground3 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  key: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: tokens.spacingHorizontalM,
    height: tokens.spacingVerticalM,
    backgroundColor: tokens.colorBrandBackground,
  },
  line: {
    display: "inline-block",
    width: tokens.spacingHorizontalL,
    borderTop: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteRedBorder2}`,
  },
});

export type ActivityTrendChartProps = {
  /** The weeks' points, oldest first (activityTrend's summary). */
  points: readonly ActivityTrendPoint[];
};

/**
 * Follow-ups done per week as bars against the weekly target as a dashed line, drawn as plain
 * SVG that scales to the pane. A screen reader hears the figures themselves (the image's label);
 * a pointer shows each bar's week, count and target.
 */
export function ActivityTrendChart({ points }: ActivityTrendChartProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (points.length === 0) return null;
  const target = points[points.length - 1].target;
  const top = points.reduce((most, point) => Math.max(most, point.done), Math.max(1, target)) * HEADROOM;
  const y = (value: number) => HEIGHT - (value / top) * HEIGHT;
  const width = points.length * SLOT;
  const from = weekLabel(points[0].week);
  const to = weekLabel(points[points.length - 1].week);
  const label = t("weeklyActivity.chart.label", {
    from,
    to,
    points: format.list(
      points.map((point) =>
        t("weeklyActivity.chart.point", { week: weekLabel(point.week), done: format.number(point.done) }),
      ),
    ),
    target: format.number(target, 1),
    met: points.filter((point) => target > 0 && point.done >= point.target).length,
    count: points.length,
  });
  return (
    <div>
      <svg className={styles.chart} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
        {points.map((point, i) => {
          const barTop = y(point.done);
          return (
            <rect
              key={point.week.start}
              className={styles.bar}
              x={i * SLOT + (SLOT - BAR) / 2}
              y={barTop}
              width={BAR}
              height={HEIGHT - barTop}
              data-done={point.done}
            >
              <title>
                {t("weeklyActivity.chart.bar", {
                  week: weekLabel(point.week),
                  done: format.number(point.done),
                  target: format.number(point.target, 1),
                })}
              </title>
            </rect>
          );
        })}
        <line className={styles.axis} x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} />
        {target > 0 && <line className={styles.target} x1={0} x2={width} y1={y(target)} y2={y(target)} />}
      </svg>
      <div className={styles.weeks}>
        <Caption1>{from}</Caption1>
        <Caption1>{to}</Caption1>
      </div>
      <div className={styles.legend}>
        <Caption1 className={styles.key}>
          <span className={styles.swatch} />
          {t("weeklyActivity.chart.legendDone")}
        </Caption1>
        {target > 0 && (
          <Caption1 className={styles.key}>
            <span className={styles.line} />
            {t("weeklyActivity.chart.legendTarget", { target: format.number(target, 1) })}
          </Caption1>
        )}
      </div>
    </div>
  );
}
