import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { MissingColumn } from "@core/workbook/areaColumns";
import { missingColumnText } from "./missingColumnText";

const useStyles = makeStyles({
  list: {
    marginTop: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

export type MissingColumnsBarProps = {
  missing: readonly MissingColumn[];
};

/**
 * Names the required columns a table lacks ("Deals has no Amount column") instead of letting an
 * area show zeros; renders nothing when none is missing.
 */
export function MissingColumnsBar({ missing }: MissingColumnsBarProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("missingColumns.title")}</MessageBarTitle>
        <ul className={styles.list}>
          {missing.map((column) => (
            <li key={`${column.table}.${column.key}`}>{missingColumnText(t, column)}</li>
          ))}
        </ul>
        {t("missingColumns.hint")}
      </MessageBarBody>
    </MessageBar>
  );
}
