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
import type { TableName } from "@core/workbook/schema";
import type { TranslationKey } from "@i18n/translationKey";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

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

/** Each table's name in words, beside its Excel name. */
const TABLE_KEYS: Readonly<Record<TableName, TranslationKey>> = {
  Stages: "workbook.tables.Stages",
  Customers: "workbook.tables.Customers",
  Deals: "workbook.tables.Deals",
  Activities: "workbook.tables.Activities",
  Team: "workbook.tables.Team",
  Targets: "workbook.tables.Targets",
  ActionPlan: "workbook.tables.ActionPlan",
  Scorecard: "workbook.tables.Scorecard",
  Cadences: "workbook.tables.Cadences",
  KpiWeights: "workbook.tables.KpiWeights",
  RatingBands: "workbook.tables.RatingBands",
  CommissionTiers: "workbook.tables.CommissionTiers",
  PoolRules: "workbook.tables.PoolRules",
  Goals: "workbook.tables.Goals",
  DealHistory: "workbook.tables.DealHistory",
  DealSnapshot: "workbook.tables.DealSnapshot",
  ForecastHistory: "workbook.tables.ForecastHistory",
  Contracts: "workbook.tables.Contracts",
  Payments: "workbook.tables.Payments",
  Service: "workbook.tables.Service",
  ServiceLevels: "workbook.tables.ServiceLevels",
};

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
                {t(TABLE_KEYS[table.name])}
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
