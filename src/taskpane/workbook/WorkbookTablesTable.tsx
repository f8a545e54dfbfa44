import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TableStatus } from "@excel/workbookStatus";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { tableNameKeys } from "@taskpane/shared/tableNameKeys";

const useStyles = makeStyles({
  tableName: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  missingColumns: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorStatusWarningForeground1,
  },
});

export type WorkbookTablesTableProps = {
  tables: readonly TableStatus[];
};

/**
 * One row per SalesGrid table: what it holds, its sheet, its row count, present or missing, and
 * the schema columns a present one lacks (headers as the user would type them back).
 */
export function WorkbookTablesTable({ tables }: WorkbookTablesTableProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  return (
    <div className={figures.scroller} role="region" aria-label={t("workbook.caption")} tabIndex={0}>
      <Table size="small" aria-label={t("workbook.caption")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={figures.sticky}>{t("workbook.columns.table")}</TableHeaderCell>
            <TableHeaderCell>{t("workbook.columns.sheet")}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("workbook.columns.rows")}</TableHeaderCell>
            <TableHeaderCell>{t("workbook.columns.status")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tables.map((table) => (
            <TableRow key={table.name}>
              <TableCell className={figures.sticky}>
                {t(tableNameKeys[table.name])}
                <Text className={styles.tableName}>{table.name}</Text>
              </TableCell>
              <TableCell>{table.present ? table.sheet : t("workbook.notInWorkbook")}</TableCell>
              <TableCell className={figures.number}>
                {table.present ? table.rowCount : t("workbook.notInWorkbook")}
              </TableCell>
              <TableCell>
                {table.present ? (
                  <>
                    <Badge appearance="tint" color="success">
                      {t("workbook.present")}
                    </Badge>
                    {table.missingColumns.length > 0 && (
                      <Text size={200} className={styles.missingColumns}>
                        {t("workbook.missingColumns", {
                          columns: table.missingColumns.map((column) => column.header).join(", "),
                        })}
                      </Text>
                    )}
                  </>
                ) : (
                  <Badge appearance="tint" color="danger">
                    {t("workbook.missing")}
                  </Badge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
