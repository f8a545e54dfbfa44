import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { activityTrend } from "@core/weekly/activity/activityTrend";
import { weeklyActivity } from "@core/weekly/activity/weeklyActivity";
import { weekLabel, type Week } from "@core/weekly/week";
import type { TablesData } from "@excel/tables/readTables";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { ActivityTable } from "./ActivityTable";
import { ActivityTrendChart } from "./ActivityTrendChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
});

export type ActivityViewProps = {
  /** The tables as the pane read them; Activities, Customers, Team and KpiWeights are used (activityColumns). */
  tables: TablesData;
  week: Week;
  /** The team chosen, or null for everyone. */
  team: string | null;
  /** Today's serial: overdue is judged on today while the week runs. */
  today: number;
};

/**
 * The Weekly area's Activity tab: per rep, the week's follow-ups by method against the weekly
 * target, customers touched and overdue follow-ups, and the follow-ups of the last 8 weeks
 * against the target as a chart.
 */
export function ActivityView({ tables, week, team, today }: ActivityViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const titleId = useId();
  const chartId = useId();
  const activity = useMemo(() => weeklyActivity(tables, week, team, today), [tables, week, team, today]);
  const trend = useMemo(() => activityTrend(tables, week, team), [tables, week, team]);
  const { summary } = activity;

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby={titleId}>
        <Subtitle2 as="h3" id={titleId}>
          {t("weeklyActivity.title", { week: weekLabel(week) })}
        </Subtitle2>
        {activity.reps.length === 0 ? (
          <Body1>{t("weeklyActivity.noReps")}</Body1>
        ) : (
          <>
            <Body1>
              {t("weeklyActivity.summary", {
                done: format.number(summary.done),
                target: format.number(summary.target, 1),
                touched: format.number(summary.touched),
                overdue: format.number(summary.overdue),
                asOf: format.date(activity.asOf),
              })}
            </Body1>
            <ActivityTable activity={activity} />
          </>
        )}
        <Caption1 className={styles.note}>
          {t("weeklyActivity.targetRule", { target: format.number(activity.repTarget, 1) })}
        </Caption1>
        {!tables.KpiWeights && <Caption1 className={styles.note}>{t("weeklyActivity.noKpiWeights")}</Caption1>}
      </section>
      {activity.reps.length > 0 && (
        <section className={styles.section} aria-labelledby={chartId}>
          <Subtitle2 as="h3" id={chartId}>
            {t("weeklyActivity.chart.title", { count: trend.weeks.length })}
          </Subtitle2>
          <ActivityTrendChart points={trend.summary} />
        </section>
      )}
    </div>
  );
}
