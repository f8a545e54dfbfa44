import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
import type { SetupResult } from "@excel/setup/setUpWorkbook";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { tableNameKeys } from "@taskpane/shared/tableNameKeys";
import { setupActionKeys } from "./setupKeys";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  note: {
    display: "block",
    color: tokens.colorNeutralForeground3,
  },
});

export type SetupReportViewProps = {
  result: SetupResult;
};

/**
 * What a set-up run did: a success, cancel or failure message (the failure as Excel reported it),
 * then per table what was created, finished, kept or skipped, and how many rows were written.
 */
export function SetupReportView({ result }: SetupReportViewProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  const report = result.ok ? result.value : result.report;
  const created = report.tables.filter((table) => table.action === "created").length;
  const rows = report.tables.reduce((sum, table) => sum + table.rowsWritten, 0);

  return (
    <div className={styles.root}>
      {!result.ok && (
        <>
          <ExcelFailureBar failure={result.error} />
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("setup.report.failed")}</MessageBarBody>
          </MessageBar>
        </>
      )}
      {result.ok && report.sample !== "cancelled" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("setup.report.done")}</MessageBarTitle>
            {t("setup.report.doneSummary", { created, rows: rows.toLocaleString() })}
          </MessageBarBody>
        </MessageBar>
      )}
      {report.sample === "cancelled" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("setup.report.cancelled")}</MessageBarTitle>
            {t("setup.report.cancelledSummary")}
          </MessageBarBody>
        </MessageBar>
      )}
      {report.sample === "unavailable" && <Caption1 className={styles.note}>{t("setup.report.unavailable")}</Caption1>}
      {report.sample === "not-resumable" && (
        <Caption1 className={styles.note}>{t("setup.report.notResumable")}</Caption1>
      )}
      {report.tables.length > 0 && (
        <div className={figures.scroller} role="region" aria-label={t("setup.report.caption")} tabIndex={0}>
          <Table size="small" aria-label={t("setup.report.caption")}>
            <TableHeader>
              <TableRow className={figures.header}>
                <TableHeaderCell className={figures.sticky}>{t("setup.preview.table")}</TableHeaderCell>
                <TableHeaderCell>{t("setup.preview.sheet")}</TableHeaderCell>
                <TableHeaderCell>{t("setup.preview.action")}</TableHeaderCell>
                <TableHeaderCell className={figures.number}>{t("setup.report.rows")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.tables.map((table) => (
                <TableRow key={table.table}>
                  <TableCell className={figures.sticky}>{t(tableNameKeys[table.table])}</TableCell>
                  <TableCell>{table.sheet ?? "—"}</TableCell>
                  <TableCell>
                    {t(setupActionKeys[table.action])}
                    {!table.finished && (table.action === "created" || table.action === "completed") && (
                      <Caption1 className={styles.note}>{t("setup.report.unfinished")}</Caption1>
                    )}
                  </TableCell>
                  <TableCell className={figures.number}>
                    {table.rowsPlanned === 0
                      ? "—"
                      : t("setup.report.rowsOf", {
                          written: table.rowsWritten.toLocaleString(),
                          planned: table.rowsPlanned.toLocaleString(),
                        })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
