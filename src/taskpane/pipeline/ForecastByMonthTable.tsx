import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ForecastBucket, ForecastByMonth } from "@core/pipeline/forecastByMonth";
import { useFigureText } from "./useFigureText";

const useStyles = makeStyles({
  number: { textAlign: "end" },
});

export type ForecastByMonthTableProps = {
  forecast: ForecastByMonth;
};

/** Open deals by expected close month, with the overdue and undated buckets kept apart. */
export function ForecastByMonthTable({ forecast }: ForecastByMonthTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useFigureText();
  const titleId = useId();
  const rows: { key: string; label: string; bucket: ForecastBucket }[] = [
    { key: "overdue", label: t("pipeline.forecast.overdue"), bucket: forecast.overdue },
    ...forecast.months.map((month) => ({
      key: `${month.year}-${month.month}`,
      label: f.month(month.year, month.month),
      bucket: month,
    })),
    { key: "none", label: t("pipeline.forecast.noCloseDate"), bucket: forecast.noCloseDate },
  ];

  return (
    <section aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipeline.forecast.title")}
      </Subtitle2>
      <Table size="small" aria-label={t("pipeline.forecast.caption")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("pipeline.forecast.month")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("pipeline.forecast.deals")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("pipeline.forecast.amount")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("pipeline.forecast.weighted")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ key, label, bucket }) => (
            <TableRow key={key}>
              <TableCell>{label}</TableCell>
              <TableCell className={styles.number}>{bucket.deals}</TableCell>
              <TableCell className={styles.number}>{f.money(bucket.amount)}</TableCell>
              <TableCell className={styles.number}>{f.money(bucket.weighted)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
