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

const useStyles = makeStyles({
  // Wider than a 320 px pane: the table scrolls sideways inside its box, its first column stays.
  scroller: { overflowX: "auto" },
  first: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  tableName: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  number: {
    textAlign: "end",
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
  DealHistory: "workbook.tables.DealHistory",
  DealSnapshot: "workbook.tables.DealSnapshot",
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
  const { t } = useTranslation();
  return (
    <div className={styles.scroller} role="region" aria-label={t("workbook.caption")} tabIndex={0}>
      <Table size="small" aria-label={t("workbook.caption")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.first}>{t("workbook.columns.table")}</TableHeaderCell>
            <TableHeaderCell>{t("workbook.columns.sheet")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("workbook.columns.rows")}</TableHeaderCell>
            <TableHeaderCell>{t("workbook.columns.status")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tables.map((table) => (
            <TableRow key={table.name}>
              <TableCell className={styles.first}>
                {t(TABLE_KEYS[table.name])}
                <Text className={styles.tableName}>{table.name}</Text>
              </TableCell>
              <TableCell>{table.present ? table.sheet : t("workbook.notInWorkbook")}</TableCell>
              <TableCell className={styles.number}>
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
