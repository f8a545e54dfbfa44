import { Divider, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { LeaderboardPanel } from "./LeaderboardPanel";
import { ReviewSheetPanel } from "./ReviewSheetPanel";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { usePerformanceWorkbook } from "./usePerformanceWorkbook";
import { ScorecardWizard } from "./wizard/ScorecardWizard";
import { useScorecardWizard } from "./wizard/useScorecardWizard";

export type PerformanceViewProps = {
  /** The clock, injectable for tests; the wizard starts at its year and quarter. */
  now?: () => Date;
};

/** The Performance area: the scorecard wizard, the leaderboard with the team roll-up, and review sheets. */
export function PerformanceView({ now = () => new Date() }: PerformanceViewProps) {
  const { t } = useTranslation();
  const { loading, workbook, failure, missing, refresh } = usePerformanceWorkbook();
  const wizard = useScorecardWizard({ workbook, now, refresh });
  const { draft, plan, lines } = wizard;
  const handleRefresh = () => refresh();

  return (
    <AreaSection
      title={t("performance.title")}
      intro={t("performance.intro")}
      onRefresh={handleRefresh}
      refreshDisabled={loading}
      progress={loading ? t("performance.loading") : null}
      failure={failure}
    >
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
    </AreaSection>
  );
}
