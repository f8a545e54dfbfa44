import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ScorecardLine } from "@core/performance/scorecardLines";
import { performanceFormat } from "./performanceFormat";

const useStyles = makeStyles({
  number: { textAlign: "end" },
});

export type ScorecardTableProps = {
  lines: readonly ScorecardLine[];
  caption: string;
  /** Ranks to show in a first column (the leaderboard), one per line. */
  ranks?: readonly (number | null)[];
  withPeriod?: boolean;
};

/** Scorecard lines as a table: rep (and period), revenue, attainment, score, rating, commission. */
export function ScorecardTable({ lines, caption, ranks, withPeriod }: ScorecardTableProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const format = performanceFormat(i18n.language);
  const dash = t("performance.none");
  const zh = i18n.language.startsWith("zh");
  return (
    <Table size="extra-small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          {ranks && <TableHeaderCell>{t("performance.columns.rank")}</TableHeaderCell>}
          {withPeriod && <TableHeaderCell>{t("performance.columns.period")}</TableHeaderCell>}
          <TableHeaderCell>{t("performance.columns.rep")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("performance.columns.revenue")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("performance.columns.attainment")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("performance.columns.score")}</TableHeaderCell>
          <TableHeaderCell>{t("performance.columns.rating")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("performance.columns.commission")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line, i) => (
          <TableRow key={`${line.period.key}-${line.rep}`}>
            {ranks && <TableCell>{ranks[i] ?? dash}</TableCell>}
            {withPeriod && <TableCell>{zh ? line.period.label.zh : line.period.label.en}</TableCell>}
            <TableCell>{line.rep}</TableCell>
            <TableCell className={styles.number}>{format.money(line.kpis.revenue, dash)}</TableCell>
            <TableCell className={styles.number}>{format.percent(line.kpis.attainment, dash)}</TableCell>
            <TableCell className={styles.number}>{format.score(line.score, dash)}</TableCell>
            <TableCell>{line.rating ?? dash}</TableCell>
            <TableCell className={styles.number}>{format.money(line.commission, dash)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
