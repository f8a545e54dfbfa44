import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { ACTIVITY_METHODS, type ActivityMethod } from "@core/weekly/activity/activityMethod";
import type { ActivityFigures, WeeklyActivity } from "@core/weekly/activity/weeklyActivity";
import type { TranslationKey } from "@i18n/translationKey";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

/** The column header of each method. */
const methodKeys: Readonly<Record<ActivityMethod, TranslationKey>> = {
  call: "weeklyActivity.methods.call",
  wechat: "weeklyActivity.methods.wechat",
  visit: "weeklyActivity.methods.visit",
  email: "weeklyActivity.methods.email",
  other: "weeklyActivity.methods.other",
};

const useStyles = makeStyles({
  overdue: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  total: {
    backgroundColor: tokens.colorNeutralBackground4,
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
});

export type ActivityTableProps = {
  activity: WeeklyActivity;
};

/**
 * Each rep's follow-ups of the week against the weekly target, customers touched, overdue
 * follow-ups (red when there are any) and the follow-ups by method, with the scope's total last.
 * Wider than a 320 px pane: it scrolls sideways with the rep's name kept in view.
 */
export function ActivityTable({ activity }: ActivityTableProps) {
  const styles = useStyles();
  const figureTable = useFigureTableStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();

  const figureCells = (figures: ActivityFigures) => (
    <>
      <TableCell className={figureTable.number}>
        {t("weeklyActivity.table.doneValue", {
          done: format.number(figures.done),
          target: format.number(figures.target, 1),
        })}
      </TableCell>
      <TableCell className={figureTable.number}>{format.number(figures.touched)}</TableCell>
      <TableCell className={mergeClasses(figureTable.number, figures.overdue > 0 && styles.overdue)}>
        {format.number(figures.overdue)}
      </TableCell>
      {ACTIVITY_METHODS.map((method) => (
        <TableCell key={method} className={figureTable.number}>
          {format.number(figures.byMethod[method])}
        </TableCell>
      ))}
    </>
  );

  return (
    <div className={figureTable.scroller} role="region" aria-label={t("weeklyActivity.table.caption")} tabIndex={0}>
      <Table size="small" aria-label={t("weeklyActivity.table.caption")}>
        <TableHeader>
          <TableRow className={figureTable.header}>
            <TableHeaderCell className={figureTable.sticky}>{t("weeklyActivity.table.rep")}</TableHeaderCell>
            <TableHeaderCell className={figureTable.number}>{t("weeklyActivity.table.done")}</TableHeaderCell>
            <TableHeaderCell className={figureTable.number}>{t("weeklyActivity.table.touched")}</TableHeaderCell>
            <TableHeaderCell className={figureTable.number}>{t("weeklyActivity.table.overdue")}</TableHeaderCell>
            {ACTIVITY_METHODS.map((method) => (
              <TableHeaderCell key={method} className={figureTable.number}>
                {t(methodKeys[method])}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {activity.reps.map((rep) => (
            <TableRow key={rep.rep}>
              <TableCell className={figureTable.sticky}>{rep.rep}</TableCell>
              {figureCells(rep)}
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell className={figureTable.sticky}>{t("weeklyActivity.table.total")}</TableCell>
            {figureCells(activity.summary)}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
