import {
  Body1,
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { LeaderboardPanel } from "./LeaderboardPanel";
import { ReviewSheetPanel } from "./ReviewSheetPanel";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { usePerformanceWorkbook } from "./usePerformanceWorkbook";
import { ScorecardWizard } from "./wizard/ScorecardWizard";
import { useScorecardWizard } from "./wizard/useScorecardWizard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
});

export type PerformanceViewProps = {
  /** The clock, injectable for tests; the wizard starts at its year and quarter. */
  now?: () => Date;
};

/** The Performance area: the scorecard wizard, the leaderboard with the team roll-up, and review sheets. */
export function PerformanceView({ now = () => new Date() }: PerformanceViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const { loading, workbook, failure, missing, refresh } = usePerformanceWorkbook();
  const wizard = useScorecardWizard({ workbook, now, refresh });
  const { draft, plan, lines } = wizard;
  const handleRefresh = () => refresh();

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.heading}>
        <Subtitle2 as="h2" id={titleId}>
          {t("performance.title")}
        </Subtitle2>
        <Button icon={<ArrowClockwiseRegular />} onClick={handleRefresh} disabled={loading}>
          {t("common.refresh")}
        </Button>
      </div>
      <Body1>{t("performance.intro")}</Body1>
      {loading && <Spinner size="small" label={t("performance.loading")} />}
      {failure && <ExcelFailureBar failure={failure} />}
      {missing && <MissingColumnsBar missing={missing} />}
      {workbook && workbook.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("performance.missingTables.title")}</MessageBarTitle>
            {t("performance.missingTables.body", { tables: workbook.missing.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      {workbook && workbook.reps.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("performance.noReps")}</MessageBarBody>
        </MessageBar>
      )}
      {workbook && draft && plan && (
        <>
          <ScorecardWizard wizard={wizard} draft={draft} />
          {lines.length > 0 && (
            <>
              <Divider />
              <LeaderboardPanel periods={plan.periods} lines={lines} />
            </>
          )}
          <Divider />
          <ReviewSheetPanel reps={workbook.reps} />
        </>
      )}
    </section>
  );
}
