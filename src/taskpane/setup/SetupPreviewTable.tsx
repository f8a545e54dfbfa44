import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { columnLetters } from "@core/workbook/columnLetters";
import type { SetupPlan, TablePlan } from "@core/setup/planSetup";
import { tableSpec } from "@core/workbook/schema";
import { tableNameKeys } from "@taskpane/shared/tableNameKeys";

export type SetupPreviewTableProps = {
  plan: SetupPlan;
};

function sheetText(plan: TablePlan, t: TFunction): string {
  switch (plan.action) {
    case "create":
      if (plan.newSheet) return t("setup.preview.newSheet", { sheet: plan.sheet });
      if (plan.firstColumn > 0)
        return t("setup.preview.besideData", { sheet: plan.sheet, column: columnLetters(plan.firstColumn) });
      return plan.sheet;
    case "complete":
    case "keep":
      return plan.existing.sheet;
    case "skip":
      return "—";
  }
}

function actionText(plan: TablePlan, setup: SetupPlan, t: TFunction): string {
  switch (plan.action) {
    case "create":
      if (plan.rows === "fixed") return t("setup.preview.createFixed");
      return plan.rows === "sample" ? t("setup.preview.createSample") : t("setup.preview.create");
    case "complete":
      return t("setup.preview.complete");
    case "keep": {
      if (plan.missingColumns.length === 0) return t("setup.preview.keep");
      const columns = tableSpec(plan.table).columns;
      const headers = plan.missingColumns.map(
        (key) => columns.find((column) => column.key === key)?.header[setup.language] ?? key,
      );
      return t("setup.preview.keepMissing", { columns: headers.join(", ") });
    }
    case "skip":
      return t("setup.preview.skip");
  }
}

/** The preview: for every SalesGrid table, its sheet and what set-up will do with it. */
export function SetupPreviewTable({ plan }: SetupPreviewTableProps) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t("setup.preview.caption")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("setup.preview.table")}</TableHeaderCell>
          <TableHeaderCell>{t("setup.preview.sheet")}</TableHeaderCell>
          <TableHeaderCell>{t("setup.preview.action")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plan.tables.map((table) => (
          <TableRow key={table.table}>
            <TableCell>{t(tableNameKeys[table.table])}</TableCell>
            <TableCell>{sheetText(table, t)}</TableCell>
            <TableCell>{actionText(table, plan, t)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
