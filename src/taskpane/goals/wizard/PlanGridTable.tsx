import {
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { PlanEdit } from "@core/goals/breakdown/applyEdit";
import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import { formatAmount } from "@core/goals/breakdown/formatFigure";
import { toAmount, type Plan } from "@core/goals/breakdown/plan";
import { planGrid } from "@core/goals/breakdown/planGrid";
import { useCoreText } from "../useCoreText";
import { FigureInput } from "./FigureInput";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

const useStyles = makeStyles({
  // The grid is wider than a 320 px pane: it scrolls sideways in its box, the period column stays.
  table: { width: "max-content", minWidth: "100%", tableLayout: "auto" },
  team: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  cell: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXXS },
  total: { fontWeight: tokens.fontWeightSemibold },
  teams: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

export type PlanGridTableProps = {
  plan: Plan;
  view: Granularity;
  onEdit: (edit: PlanEdit) => void;
};

/**
 * The preview grid, periods × reps with every total. In the month view each figure can be typed
 * over (which locks it) and a locked one released; quarter and week views are read-only sums
 * and splits of the months.
 */
export function PlanGridTable({ plan, view, onEdit }: PlanGridTableProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  const { text } = useCoreText();
  const grid = planGrid(plan, view);
  const places = Math.max(0, plan.decimals);
  const money = (units: number) => toAmount(units, plan.decimals);
  const show = (units: number) => formatAmount(money(units), places);
  const editable = view === "month";

  return (
    <>
      <div className={figures.scroller} role="region" aria-label={t("goals.preview.grid")} tabIndex={0}>
        <Table size="extra-small" className={styles.table} aria-label={t("goals.preview.grid")}>
          <TableHeader>
            <TableRow className={figures.header}>
              <TableHeaderCell className={figures.sticky}>{t("goals.preview.period")}</TableHeaderCell>
              {plan.reps.map((rep) => (
                <TableHeaderCell key={rep.name}>
                  <span>
                    {rep.name}
                    <Text className={styles.team}>{rep.team || t("goals.people.noTeam")}</Text>
                  </span>
                </TableHeaderCell>
              ))}
              <TableHeaderCell className={figures.number}>{t("goals.preview.total")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {grid.periods.map((period, p) => {
              const label = text(period.label);
              return (
                <TableRow key={period.key}>
                  <TableCell className={figures.sticky}>{label}</TableCell>
                  {plan.reps.map((rep, r) => {
                    const units = grid.cells[p][r];
                    const locked = grid.locked[p][r];
                    const names = { rep: rep.name, period: label };
                    return (
                      <TableCell key={rep.name} className={figures.number}>
                        {editable ? (
                          <div className={styles.cell}>
                            <FigureInput
                              value={money(units)}
                              display={show(units)}
                              label={t("goals.preview.cell", names)}
                              locked={locked}
                              onCommit={(value) => onEdit({ period: period.key, rep: rep.name, value, lock: true })}
                            />
                            {locked && (
                              <Button
                                size="small"
                                appearance="subtle"
                                icon={<LockClosedRegular />}
                                aria-label={t("goals.preview.unlock", names)}
                                title={t("goals.preview.locked")}
                                onClick={() => onEdit({ period: period.key, rep: rep.name, lock: false })}
                              />
                            )}
                          </div>
                        ) : (
                          show(units)
                        )}
                      </TableCell>
                    );
                  })}
                  <TableCell className={mergeClasses(figures.number, styles.total)}>
                    {show(grid.periodTotals[p])}
                  </TableCell>
                </TableRow>
              );
            })}
            <TableRow>
              <TableCell className={mergeClasses(figures.sticky, styles.total)}>{t("goals.preview.total")}</TableCell>
              {plan.reps.map((rep, r) => (
                <TableCell key={rep.name} className={mergeClasses(figures.number, styles.total)}>
                  {show(grid.repTotals[r])}
                </TableCell>
              ))}
              <TableCell className={mergeClasses(figures.number, styles.total)}>{show(grid.total)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
      {plan.teams.length > 0 && (
        <div className={styles.teams} aria-label={t("goals.preview.teams")} role="group">
          {plan.teams.map((team, k) => (
            <Caption1 key={team}>
              {team}: {show(plan.teamTotals[k])}
            </Caption1>
          ))}
        </div>
      )}
    </>
  );
}
