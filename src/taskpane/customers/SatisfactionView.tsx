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
import { formatNumber, formatPercent } from "./customerFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export type SatisfactionViewProps = { summary: SatisfactionSummary };

/** CSAT and NPS overall, by owner and by tier. */
export function SatisfactionView({ summary }: SatisfactionViewProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? "en-US";
  const nps = (value: number | null) => (value === null ? t("customers.none") : formatNumber(value, language, 1));

  const table = (rows: readonly SatisfactionFigures[], label: string, column: string) => (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{column}</TableHeaderCell>
          <TableHeaderCell>{t("customers.satisfaction.csat")}</TableHeaderCell>
          <TableHeaderCell>{t("customers.satisfaction.nps")}</TableHeaderCell>
          <TableHeaderCell>{t("customers.satisfaction.responses")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.group}>
            <TableCell>{row.group || t("customers.none")}</TableCell>
            <TableCell>{formatPercent(row.csat, language)}</TableCell>
            <TableCell>{nps(row.nps)}</TableCell>
            <TableCell>{row.responses}</TableCell>
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
          csat: formatPercent(summary.overall.csat, language),
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
