import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TranslationKey } from "@i18n/translationKey";
import { useOpenArea } from "@taskpane/paneNavigation";

/**
 * The pane's areas with their one-line descriptions, in tab order. Kept here rather than read from
 * areas.ts, which imports this view through the Workbook area; a test checks the two agree.
 */
export const getStartedAreas: readonly {
  readonly id: string;
  readonly labelKey: TranslationKey;
  readonly lineKey: TranslationKey;
}[] = [
  { id: "workbook", labelKey: "areas.workbook", lineKey: "workbook.getStarted.areas.workbook" },
  { id: "setup", labelKey: "setup.area", lineKey: "workbook.getStarted.areas.setup" },
  { id: "import", labelKey: "import.area", lineKey: "workbook.getStarted.areas.import" },
  { id: "goals", labelKey: "goals.area", lineKey: "workbook.getStarted.areas.goals" },
  { id: "pipeline", labelKey: "pipeline.area", lineKey: "workbook.getStarted.areas.pipeline" },
  { id: "customers", labelKey: "customers.area", lineKey: "workbook.getStarted.areas.customers" },
  { id: "collections", labelKey: "collections.area", lineKey: "workbook.getStarted.areas.collections" },
  { id: "service", labelKey: "service.area", lineKey: "workbook.getStarted.areas.service" },
  { id: "team", labelKey: "team.area", lineKey: "workbook.getStarted.areas.team" },
  { id: "performance", labelKey: "performance.area", lineKey: "workbook.getStarted.areas.performance" },
  { id: "weekly", labelKey: "weekly.area", lineKey: "workbook.getStarted.areas.weekly" },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalM,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * What an empty workbook opens on: Set up as the one primary action, then a line on what each
 * area does, so a new user sees where to begin instead of a table of tables that are all missing.
 * The Set up button appears only inside the pane, where it can open the Set up area.
 */
export function GetStarted() {
  const styles = useStyles();
  const { t } = useTranslation();
  const openArea = useOpenArea();
  const listTitleId = useId();

  const handleSetUp = () => openArea?.("setup");

  return (
    <div className={styles.root}>
      {openArea && (
        <Button appearance="primary" onClick={handleSetUp}>
          {t("workbook.getStarted.setUp")}
        </Button>
      )}
      <Subtitle2 as="h3" id={listTitleId}>
        {t("workbook.getStarted.areasTitle")}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={listTitleId}>
        {getStartedAreas.map((area) => (
          <li key={area.id}>
            <Body1>
              <span className={styles.name}>{t(area.labelKey)}</span>
              {t("workbook.getStarted.separator")}
              {t(area.lineKey)}
            </Body1>
          </li>
        ))}
      </ul>
    </div>
  );
}
