import { Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isSalesError } from "@core/errors";
import { formatMessage } from "@core/messages";
import { everyone, type OwnerFilter } from "@core/pipeline/pipelineScope";
import { pipelineView } from "@core/pipeline/pipelineView";
import type { StaleDeal } from "@core/pipeline/staleDeals";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { ForecastByMonthTable } from "./ForecastByMonthTable";
import { ForecastCallSection } from "./ForecastCallSection";
import { NeedsCloseDateTable } from "./NeedsCloseDateTable";
import { PipelineFilters } from "./PipelineFilters";
import { PipelineFunnelTable } from "./PipelineFunnelTable";
import { PipelineReview } from "./PipelineReview";
import { PipelineSummaryCards } from "./PipelineSummaryCards";
import { StaleDealsTable } from "./StaleDealsTable";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { usePipelineBook } from "./usePipelineBook";
import { WriteDashboard } from "./WriteDashboard";

const useStyles = makeStyles({
  // The pipeline's many sections get a wider gap than other areas.
  root: { rowGap: tokens.spacingVerticalL },
  facts: {
    color: tokens.colorNeutralForeground3,
  },
});

/** Default days without activity after which an open deal counts as stale. */
const QUIET_DAYS = 30;

/**
 * The Pipeline area: summary, funnel with its bottleneck, forecast by close month, stale deals,
 * the won or lost deals that need a close date, the process review and lost reasons for a chosen
 * period and owner, read from the user's Deals, Stages, Team, Targets and Follow-ups tables (and
 * DealHistory, when recorded); the forecast call recorded in ForecastHistory and its accuracy;
 * clicking a listed deal selects its row; the dashboard sheet is written live.
 */
export function PipelineView() {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const f = useNumberFormat();
  const service = useWorkbookService();
  const { loading, book, noDeals, missing, failure, refresh } = usePipelineBook();
  const [periodId, setPeriodId] = useState("all");
  const [owner, setOwner] = useState<OwnerFilter>(everyone);
  const [quietDays, setQuietDays] = useState(QUIET_DAYS);
  const [selectFailure, setSelectFailure] = useState<ExcelFailure | undefined>();
  const [notFound, setNotFound] = useState<string | undefined>();
  const zh = (i18n.resolvedLanguage ?? i18n.language ?? "").startsWith("zh");

  const period = book?.periods.find((option) => option.id === periodId)?.period ?? null;
  const view = useMemo(
    () => (book ? pipelineView(book, { owner, period, quietDays }) : undefined),
    [book, owner, period, quietDays],
  );

  const handleRefresh = () => refresh();
  const handleSelectDeal = (deal: Pick<StaleDeal, "dealId" | "row">) => {
    setSelectFailure(undefined);
    setNotFound(undefined);
    service.pipeline
      .selectDeal(deal.dealId, deal.row)
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) setSelectFailure(result.error);
        else if (result.value === null) setNotFound(deal.dealId);
      });
  };

  return (
    <AreaSection
      className={styles.root}
      title={t("pipeline.title")}
      intro={t("pipeline.intro")}
      onRefresh={handleRefresh}
      refreshDisabled={loading}
      progress={loading ? t("pipeline.loading") : null}
      failure={failure}
    >
      {missing && <MissingColumnsBar missing={missing} />}
      {noDeals && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("pipeline.noDeals")}</MessageBarBody>
        </MessageBar>
      )}
      {book && view && (
        <>
          <Caption1 className={styles.facts}>
            {t("pipeline.facts", {
              deals: book.deals.count,
              stages: book.stages.all.length,
              today: f.date(book.today),
            })}
          </Caption1>
          <PipelineFilters
            periods={book.periods}
            periodId={periodId}
            owners={book.owners}
            owner={owner}
            quietDays={quietDays}
            onPeriodChange={setPeriodId}
            onOwnerChange={setOwner}
            onQuietDaysChange={setQuietDays}
          />
          <PipelineSummaryCards summary={view.summary} />
          {isSalesError(view.funnel) ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{formatMessage(view.funnel.code, view.funnel.params, zh ? "zh" : "en")}</MessageBarBody>
            </MessageBar>
          ) : (
            <PipelineFunnelTable funnel={view.funnel} />
          )}
          <ForecastByMonthTable forecast={view.forecast} />
          <ForecastCallSection book={book} owner={owner} onRecorded={handleRefresh} />
          {selectFailure && <ExcelFailureBar failure={selectFailure} />}
          {notFound && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("pipeline.stale.notFound", { deal: notFound })}</MessageBarBody>
            </MessageBar>
          )}
          <StaleDealsTable deals={view.stale} onSelectDeal={handleSelectDeal} />
          <NeedsCloseDateTable book={book} owner={owner} onSelectDeal={handleSelectDeal} />
          <PipelineReview book={book} owner={owner} period={period} />
          <WriteDashboard />
        </>
      )}
    </AreaSection>
  );
}
