import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScorecardLine } from "@core/performance/scorecardLines";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

export type ScorecardTableProps = {
  lines: readonly ScorecardLine[];
  caption: string;
  /** Ranks to show in a first column (the leaderboard), one per line. */
  ranks?: readonly (number | null)[];
  withPeriod?: boolean;
};

/** Scorecard lines as a table: rep (and period), revenue, attainment, score, rating, commission. */
export function ScorecardTable({ lines, caption, ranks, withPeriod }: ScorecardTableProps) {
  const figures = useFigureTableStyles();
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const dash = t("performance.none");
  const zh = i18n.language.startsWith("zh");
  return (
    <Table size="extra-small" aria-label={caption}>
      <TableHeader>
        <TableRow className={figures.header}>
          {ranks && <TableHeaderCell>{t("performance.columns.rank")}</TableHeaderCell>}
          {withPeriod && <TableHeaderCell>{t("performance.columns.period")}</TableHeaderCell>}
          <TableHeaderCell>{t("performance.columns.rep")}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{t("performance.columns.revenue")}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{t("performance.columns.attainment")}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{t("performance.columns.score")}</TableHeaderCell>
          <TableHeaderCell>{t("performance.columns.rating")}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{t("performance.columns.commission")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line, i) => (
          <TableRow key={`${line.period.key}-${line.rep}`}>
            {ranks && <TableCell>{ranks[i] ?? dash}</TableCell>}
            {withPeriod && <TableCell>{zh ? line.period.label.zh : line.period.label.en}</TableCell>}
            <TableCell>{line.rep}</TableCell>
            <TableCell className={figures.number}>{format.money(line.kpis.revenue)}</TableCell>
            <TableCell className={figures.number}>{format.percent(line.kpis.attainment)}</TableCell>
            <TableCell className={figures.number}>{format.score(line.shown)}</TableCell>
            <TableCell>{line.rating ?? dash}</TableCell>
            <TableCell className={figures.number}>{format.money(line.commission)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
