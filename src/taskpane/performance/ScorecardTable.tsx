import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScorecardLine } from "@core/performance/scorecardLines";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  // Seven figures a line do not fit a 320 px pane without cutting "Commission" or breaking the
  // amounts: the table keeps each figure on one line and scrolls sideways, the first column stays.
  table: { width: "max-content", minWidth: "100%", tableLayout: "auto" },
  cell: { whiteSpace: "nowrap" },
});

type Column =
  "rank" | "period" | "rep" | "revenue" | "attainment" | "collectionRate" | "score" | "rating" | "commission";

export type ScorecardTableProps = {
  lines: readonly ScorecardLine[];
  caption: string;
  /** Ranks to show in a first column (the leaderboard), one per line. */
  ranks?: readonly (number | null)[];
  withPeriod?: boolean;
};

/**
 * Scorecard lines as a table: rep (and period), revenue, attainment, the collection rate (回款率,
 * only when some line has installments due in its period), score, rating, commission.
 */
export function ScorecardTable({ lines, caption, ranks, withPeriod }: ScorecardTableProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const dash = t("performance.none");
  const zh = i18n.language.startsWith("zh");
  const cell = (column: number, number = false) =>
    mergeClasses(styles.cell, column === 0 && figures.sticky, number && figures.number);
  const collection = lines.some((line) => line.kpis.collectionRate !== null);
  // The columns in order: the first one is sticky, whichever it is.
  const columns: readonly Column[] = [
    ...(ranks ? (["rank"] as const) : []),
    ...(withPeriod ? (["period"] as const) : []),
    "rep",
    "revenue",
    "attainment",
    ...(collection ? (["collectionRate"] as const) : []),
    "score",
    "rating",
    "commission",
  ];
  // Each key written whole, so tsc checks it (no keys built from template strings).
  const header: Record<Column, string> = {
    rank: t("performance.columns.rank"),
    period: t("performance.columns.period"),
    rep: t("performance.columns.rep"),
    revenue: t("performance.columns.revenue"),
    attainment: t("performance.columns.attainment"),
    collectionRate: t("performance.columns.collectionRate"),
    score: t("performance.columns.score"),
    rating: t("performance.columns.rating"),
    commission: t("performance.columns.commission"),
  };
  const numbers = new Set<string>(["revenue", "attainment", "collectionRate", "score", "commission"]);
  const at = (column: Column) => columns.indexOf(column);
  return (
    <div className={figures.scroller} role="region" aria-label={caption} tabIndex={0}>
      <Table size="extra-small" className={styles.table} aria-label={caption}>
        <TableHeader>
          <TableRow className={figures.header}>
            {columns.map((column, index) => (
              <TableHeaderCell key={column} className={cell(index, numbers.has(column))}>
                {header[column]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line, i) => (
            <TableRow key={`${line.period.key}-${line.rep}`}>
              {ranks && <TableCell className={cell(at("rank"))}>{ranks[i] ?? dash}</TableCell>}
              {withPeriod && (
                <TableCell className={cell(at("period"))}>{zh ? line.period.label.zh : line.period.label.en}</TableCell>
              )}
              <TableCell className={cell(at("rep"))}>{line.rep}</TableCell>
              <TableCell className={cell(at("revenue"), true)}>{format.money(line.kpis.revenue)}</TableCell>
              <TableCell className={cell(at("attainment"), true)}>{format.percent(line.kpis.attainment)}</TableCell>
              {collection && (
                <TableCell className={cell(at("collectionRate"), true)}>
                  {format.percent(line.kpis.collectionRate)}
                </TableCell>
              )}
              <TableCell className={cell(at("score"), true)}>{format.score(line.shown)}</TableCell>
              <TableCell className={cell(at("rating"))}>{line.rating ?? dash}</TableCell>
              <TableCell className={cell(at("commission"), true)}>{format.money(line.commission)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
