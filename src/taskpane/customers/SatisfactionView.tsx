import {
  Body1,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SatisfactionFigures, SatisfactionSummary } from "@core/customers/satisfactionSummary";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export type SatisfactionViewProps = { summary: SatisfactionSummary };

/** CSAT and NPS overall, by owner and by tier. */
export function SatisfactionView({ summary }: SatisfactionViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const figures = useFigureTableStyles();
  const nps = (value: number | null) => (value === null ? t("customers.none") : format.fixed(value, 1));

  const table = (rows: readonly SatisfactionFigures[], label: string, column: string) => (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow className={figures.header}>
          <TableHeaderCell>{column}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{t("customers.satisfaction.csat")}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{t("customers.satisfaction.nps")}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{t("customers.satisfaction.responses")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.group}>
            <TableCell>{row.group || t("customers.none")}</TableCell>
            <TableCell className={figures.number}>{format.percent(row.csat)}</TableCell>
            <TableCell className={figures.number}>{nps(row.nps)}</TableCell>
            <TableCell className={figures.number}>{format.number(row.responses)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

  if (summary.overall.responses === 0) return <Body1>{t("customers.satisfaction.noScores")}</Body1>;
  return (
    <div className={styles.root}>
      <Caption1>{t("customers.satisfaction.intro")}</Caption1>
      <Caption1>{t(summary.scale === 5 ? "customers.satisfaction.scale5" : "customers.satisfaction.scale10")}</Caption1>
      <Body1>
        {t("customers.satisfaction.overall", {
          csat: format.percent(summary.overall.csat),
          nps: nps(summary.overall.nps),
          count: summary.overall.responses,
        })}
      </Body1>
      {summary.ignored > 0 && <Caption1>{t("customers.satisfaction.ignored", { count: summary.ignored })}</Caption1>}
      <Subtitle2 as="h3">{t("customers.satisfaction.byOwner")}</Subtitle2>
      {table(summary.byOwner, t("customers.satisfaction.byOwner"), t("customers.satisfaction.owner"))}
      <Subtitle2 as="h3">{t("customers.satisfaction.byTier")}</Subtitle2>
      {table(summary.byTier, t("customers.satisfaction.byTier"), t("customers.satisfaction.tier"))}
    </div>
  );
}
