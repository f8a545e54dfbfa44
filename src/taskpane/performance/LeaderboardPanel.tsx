import {
  Caption1,
  Field,
  Select,
  Subtitle2,
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
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { leaderboard, type RankBy } from "@core/performance/leaderboard";
import type { ScorecardLine } from "@core/performance/scorecardLines";
import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";
import { teamRollup } from "@core/performance/teamRollup";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { ScorecardTable } from "./ScorecardTable";
import type { TranslationKey } from "@i18n/translationKey";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  inline: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  hint: { color: tokens.colorNeutralForeground3 },
  total: { fontWeight: tokens.fontWeightSemibold },
  // As in ScorecardTable: figures on one line, the table scrolls sideways, the team column stays.
  table: { width: "max-content", minWidth: "100%", tableLayout: "auto" },
  cell: { whiteSpace: "nowrap" },
});

/** The label of each order the leaderboard can rank by. */
const RANK_BY_KEYS: Readonly<Record<RankBy, TranslationKey>> = {
  revenue: "performance.leaderboard.by.revenue",
  attainment: "performance.leaderboard.by.attainment",
  score: "performance.leaderboard.by.score",
  collectionRate: "performance.leaderboard.by.collectionRate",
};

export type LeaderboardPanelProps = {
  periods: readonly ScorecardPeriod[];
  lines: readonly ScorecardLine[];
};

/** The leaderboard (排行榜) of one period by revenue, attainment or score, and the team roll-up. */
export function LeaderboardPanel({ periods, lines }: LeaderboardPanelProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [periodKey, setPeriodKey] = useState<string | null>(null);
  const [by, setBy] = useState<RankBy>("revenue");
  const zh = i18n.language.startsWith("zh");
  const format = useNumberFormat();
  const period = periods.find((p) => p.key === periodKey) ?? periods[0];
  if (!period) return null;
  const label = zh ? period.label.zh : period.label.en;
  const ofPeriod = lines.filter((line) => line.period.key === period.key);
  // The collection rate is offered only when some rep of the period has installments due in it.
  const orders: readonly RankBy[] = ofPeriod.some((line) => line.kpis.collectionRate !== null)
    ? ["revenue", "attainment", "score", "collectionRate"]
    : ["revenue", "attainment", "score"];
  const rankBy = orders.includes(by) ? by : "revenue";
  const ranked = leaderboard(ofPeriod, rankBy);
  const rollup = teamRollup(ofPeriod);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("performance.leaderboard.title")}
      </Subtitle2>
      <div className={styles.inline}>
        {periods.length > 1 && (
          <Field label={t("performance.leaderboard.period")}>
            <Select value={period.key} onChange={(_, data) => setPeriodKey(data.value)}>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {zh ? p.label.zh : p.label.en}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t("performance.leaderboard.rankBy")}>
          <Select value={rankBy} onChange={(_, data) => setBy(data.value as RankBy)}>
            {orders.map((key) => (
              <option key={key} value={key}>
                {t(RANK_BY_KEYS[key])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ScorecardTable
        lines={ranked.map((r) => r.line)}
        ranks={ranked.map((r) => r.rank)}
        caption={t("performance.leaderboard.caption", { period: label })}
      />
      <Subtitle2 as="h4">{t("performance.leaderboard.rollup")}</Subtitle2>
      <Caption1 className={styles.hint}>{t("performance.leaderboard.rollupHint")}</Caption1>
      <div
        className={figures.scroller}
        role="region"
        aria-label={t("performance.leaderboard.rollupCaption", { period: label })}
        tabIndex={0}
      >
        <Table
          size="extra-small"
          className={styles.table}
          aria-label={t("performance.leaderboard.rollupCaption", { period: label })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={mergeClasses(styles.cell, figures.sticky)}>
                {t("performance.columns.team")}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.cell, figures.number)}>
                {t("performance.columns.reps")}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.cell, figures.number)}>
                {t("performance.columns.revenue")}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.cell, figures.number)}>
                {t("performance.columns.target")}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.cell, figures.number)}>
                {t("performance.columns.attainment")}
              </TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.cell, figures.number)}>
                {t("performance.columns.commission")}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rollup.map((row) => (
              <TableRow key={row.team ?? "\u0000all"} className={row.team === null ? styles.total : undefined}>
                <TableCell className={mergeClasses(styles.cell, figures.sticky)}>
                  {row.team === null
                    ? t("performance.leaderboard.allReps")
                    : row.team || t("performance.leaderboard.noTeam")}
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, figures.number)}>{row.reps}</TableCell>
                <TableCell className={mergeClasses(styles.cell, figures.number)}>{format.money(row.revenue)}</TableCell>
                <TableCell className={mergeClasses(styles.cell, figures.number)}>{format.money(row.target)}</TableCell>
                <TableCell className={mergeClasses(styles.cell, figures.number)}>
                  {format.percent(row.attainment)}
                </TableCell>
                <TableCell className={mergeClasses(styles.cell, figures.number)}>
                  {format.money(row.commission)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
