import {
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
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TicketAverage } from "@core/service/serviceSummary";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export type AverageTableProps = {
  /** The table's accessible name. */
  caption: string;
  /** Header of the first column (Type, Owner). */
  nameHeader: string;
  countHeader: string;
  averageHeader: string;
  rows: readonly TicketAverage[];
  /** How a row's name is shown (a type in the workbook's language). */
  nameOf?: (name: string) => string;
  /** Decimals of the average. */
  digits: number;
};

/** A small table of averages by group: name, how many tickets, the average. */
export function AverageTable({
  caption,
  nameHeader,
  countHeader,
  averageHeader,
  rows,
  nameOf,
  digits,
}: AverageTableProps) {
  const figures = useFigureTableStyles();
  const format = useNumberFormat();
  return (
    <Table size="small" aria-label={caption}>
      <TableHeader>
        <TableRow className={figures.header}>
          <TableHeaderCell>{nameHeader}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{countHeader}</TableHeaderCell>
          <TableHeaderCell className={figures.number}>{averageHeader}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <TableCell>{nameOf ? nameOf(row.name) : row.name}</TableCell>
            <TableCell className={figures.number}>{format.number(row.count)}</TableCell>
            <TableCell className={figures.number}>{format.fixed(row.average, digits)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export type ServiceFiguresProps = {
  resolution: readonly TicketAverage[];
  csatByType: readonly TicketAverage[];
  csatByOwner: readonly TicketAverage[];
  nameOfType: (key: string) => string;
};

/** Average resolution time by type, and CSAT by type and by owner. */
export function ServiceFigures({ resolution, csatByType, csatByOwner, nameOfType }: ServiceFiguresProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const resolutionId = useId();
  const csatId = useId();
  return (
    <>
      <section className={styles.section} aria-labelledby={resolutionId}>
        <Subtitle2 as="h3" id={resolutionId}>
          {t("service.resolution.title")}
        </Subtitle2>
        {resolution.length === 0 ? (
          <Caption1>{t("service.resolution.none")}</Caption1>
        ) : (
          <AverageTable
            caption={t("service.resolution.caption")}
            nameHeader={t("service.resolution.type")}
            countHeader={t("service.resolution.tickets")}
            averageHeader={t("service.resolution.days")}
            rows={resolution}
            nameOf={nameOfType}
            digits={1}
          />
        )}
      </section>
      <section className={styles.section} aria-labelledby={csatId}>
        <Subtitle2 as="h3" id={csatId}>
          {t("service.csat.title")}
        </Subtitle2>
        {csatByType.length === 0 ? (
          <Caption1>{t("service.csat.none")}</Caption1>
        ) : (
          <>
            <AverageTable
              caption={t("service.csat.byType")}
              nameHeader={t("service.csat.type")}
              countHeader={t("service.csat.tickets")}
              averageHeader={t("service.csat.average")}
              rows={csatByType}
              nameOf={nameOfType}
              digits={1}
            />
            <AverageTable
              caption={t("service.csat.byOwner")}
              nameHeader={t("service.csat.owner")}
              countHeader={t("service.csat.tickets")}
              averageHeader={t("service.csat.average")}
              rows={csatByOwner}
              digits={1}
            />
          </>
        )}
      </section>
    </>
  );
}
