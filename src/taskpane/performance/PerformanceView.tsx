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
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { ScorecardOutcome } from "@excel/performance/writeScorecard";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardLines } from "@core/performance/scorecardLines";
import { planProblems } from "@core/performance/scorecardPlan";
import { teamBaselines } from "@core/performance/teamBaselines";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { LeaderboardPanel } from "./LeaderboardPanel";
import { ReviewSheetPanel } from "./ReviewSheetPanel";
import { ScorecardWizard } from "./ScorecardWizard";
import { draftPlan, initialDraft, type ScorecardDraft } from "./scorecardDraft";
import { usePerformanceWorkbook } from "./usePerformanceWorkbook";

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

type WriteState =
  | { readonly step: "idle" }
  | { readonly step: "confirming" }
  | { readonly step: "writing" }
  | { readonly step: "done"; readonly outcome: ScorecardOutcome }
  | { readonly step: "failed"; readonly failure: ExcelFailure };

/** The Performance area: the scorecard wizard, the leaderboard with the team roll-up, and review sheets. */
export function PerformanceView({ now = () => new Date() }: PerformanceViewProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const titleId = useId();
  const { loading, workbook, failure, refresh } = usePerformanceWorkbook();
  const [edited, setEdited] = useState<ScorecardDraft | null>(null);
  const [write, setWrite] = useState<WriteState>({ step: "idle" });

  const labels = useMemo(
    () => (workbook ? performanceLabels(workbook.language, workbook.data.deals) : null),
    [workbook],
  );
  const baselines = useMemo(() => (workbook && labels ? teamBaselines(workbook.data, labels) : {}), [workbook, labels]);
  const [clock] = useState(now);
  const draft = useMemo(
    () =>
      edited ??
      (workbook
        ? initialDraft({ kpis: workbook.kpis, bands: workbook.bands, tiers: workbook.tiers, baselines }, clock)
        : null),
    [edited, workbook, baselines, clock],
  );
  const plan = useMemo(() => (draft && workbook ? draftPlan(draft, workbook.reps) : null), [draft, workbook]);
  const problems = useMemo(() => (plan ? planProblems(plan) : []), [plan]);
  const lines = useMemo(
    () => (plan && workbook && labels && problems.length === 0 ? scorecardLines(workbook.data, plan, labels) : []),
    [plan, workbook, labels, problems],
  );
  const existingRows = useMemo(() => {
    if (!plan || !workbook) return 0;
    const lang = workbook.language === "zh-CN" ? "zh" : "en";
    const keys = new Set(
      plan.periods.flatMap((p) => plan.reps.map((rep) => `${p.label[lang].toLowerCase()}\u0000${rep.toLowerCase()}`)),
    );
    return workbook.scorecard.filter((row) => keys.has(`${row.period.toLowerCase()}\u0000${row.rep.toLowerCase()}`))
      .length;
  }, [plan, workbook]);

  const handleDraftChange = (next: ScorecardDraft) => {
    setEdited(next);
    if (write.step === "confirming") setWrite({ step: "idle" });
  };
  const doWrite = () => {
    if (!plan) return;
    setWrite({ step: "writing" });
    service.performance
      .writeScorecard(plan)
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        setWrite(result.ok ? { step: "done", outcome: result.value } : { step: "failed", failure: result.error });
        if (result.ok && result.value.kind === "written") refresh();
      });
  };
  const handleWrite = () => (existingRows > 0 ? setWrite({ step: "confirming" }) : doWrite());
  const handleCancel = () => setWrite({ step: "idle" });
  const handleRefresh = () => refresh();

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.heading}>
        <Subtitle2 as="h2" id={titleId}>
          {t("performance.title")}
        </Subtitle2>
        <Button icon={<ArrowClockwiseRegular />} onClick={handleRefresh} disabled={loading}>
          {t("performance.refresh")}
        </Button>
      </div>
      <Body1>{t("performance.intro")}</Body1>
      {loading && <Spinner size="small" label={t("performance.loading")} />}
      {failure && <ExcelFailureBar failure={failure} />}
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
          <ScorecardWizard
            draft={draft}
            onDraftChange={handleDraftChange}
            baselines={baselines}
            problems={problems}
            lines={lines}
            existingRows={existingRows}
            writing={write.step === "writing"}
            confirming={write.step === "confirming"}
            onWrite={handleWrite}
            onConfirm={doWrite}
            onCancel={handleCancel}
          />
          {write.step === "failed" && <ExcelFailureBar failure={write.failure} />}
          {write.step === "done" && <WriteOutcomeBar outcome={write.outcome} />}
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

function WriteOutcomeBar({ outcome }: { outcome: ScorecardOutcome }) {
  const { t } = useTranslation();
  if (outcome.kind === "written")
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t("performance.wizard.written", { ...outcome })}</MessageBarBody>
      </MessageBar>
    );
  const text =
    outcome.kind === "missing-tables"
      ? t("performance.wizard.missingWhenWriting", { tables: outcome.tables.join(", ") })
      : t("performance.wizard.kpiBlockBroken", { sheet: outcome.sheet });
  return (
    <MessageBar intent="error">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
