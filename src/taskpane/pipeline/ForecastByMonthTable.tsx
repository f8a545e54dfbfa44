import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ForecastBucket, ForecastByMonth } from "@core/pipeline/forecastByMonth";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

export type ForecastByMonthTableProps = {
  forecast: ForecastByMonth;
};

/** Open deals by expected close month, with the overdue and undated buckets kept apart. */
export function ForecastByMonthTable({ forecast }: ForecastByMonthTableProps) {
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
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
          <TableRow className={figures.header}>
            <TableHeaderCell>{t("pipeline.forecast.month")}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("pipeline.forecast.deals")}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("pipeline.forecast.amount")}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("pipeline.forecast.weighted")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ key, label, bucket }) => (
            <TableRow key={key}>
              <TableCell>{label}</TableCell>
              <TableCell className={figures.number}>{bucket.deals}</TableCell>
              <TableCell className={figures.number}>{f.money(bucket.amount)}</TableCell>
              <TableCell className={figures.number}>{f.money(bucket.weighted)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
