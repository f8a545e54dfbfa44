import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowTrendingLinesRegular } from "@fluentui/react-icons";
import { useId, useMemo, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { forecastAccuracy } from "@core/pipeline/forecastHistory/forecastAccuracy";
import { periodName } from "@core/pipeline/forecastHistory/forecastSnapshot";
import { forecastTrend } from "@core/pipeline/forecastHistory/forecastTrend";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import type { OwnerFilter } from "@core/pipeline/pipelineScope";
import type { PipelineBook } from "@core/pipeline/pipelineView";
import type { ExcelFailure } from "@excel/excelFailure";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { ForecastCallChart } from "./ForecastCallChart";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export type ForecastCallSectionProps = {
  /** The tables as read, with the recorded forecast calls. */
  book: PipelineBook;
  /** The area's owner filter. */
  owner: OwnerFilter;
  /** Reads the tables again (after a recording, so the chart shows it). */
  onRecorded: () => void;
};

/**
 * The forecast call: "Record forecast" (one ForecastHistory row per rep), the workbook's opt-in to
 * a weekly automatic recording, and for the owner filter this quarter's recordings as a line
 * chart against the target, a table of the same points, and the accuracy of each recorded call.
 */
export function ForecastCallSection({ book, owner, onRecorded }: ForecastCallSectionProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
  const service = useWorkbookService();
  const titleId = useId();
  const accuracyId = useId();

  const { quarter, period } = useMemo(() => {
    const current = calendarPeriod("quarter", book.today);
    return { quarter: current, period: periodName(current, book.tables.targets) };
  }, [book]);
  const points = useMemo(() => forecastTrend(book.forecastHistory, owner, quarter), [book, owner, quarter]);
  const accuracy = useMemo(
    () => forecastAccuracy(book.forecastHistory, book.deals, owner, book.tables.team, book.today),
    [book, owner],
  );

  const record = useWorkbookAction(() => service.pipeline.recordForecast({ automatic: false }));
  const handleRecord = async () => {
    const result = await record.run();
    if (result.ok && result.value.kind === "recorded") onRecorded();
  };

  const [weekly, setWeekly] = useState<boolean>();
  const [weeklyFailure, setWeeklyFailure] = useState<ExcelFailure>();
  useLatestRead({
    read: (workbook) => workbook.pipeline.readWeeklyForecast(),
    start: () => undefined,
    land: (result) => {
      if (result.ok) setWeekly(result.value);
      else setWeeklyFailure(result.error);
    },
  });
  const turn = useWorkbookAction((_controls, on: boolean) => service.pipeline.writeWeeklyForecast(on));
  const handleWeekly = async (_: ChangeEvent<HTMLInputElement>, data: { checked: boolean }) => {
    const result = await turn.run(data.checked);
    if (result.ok) {
      setWeekly(result.value);
      setWeeklyFailure(undefined);
    }
  };

  const outcome = record.value;
  const failure = record.failure ?? turn.failure ?? weeklyFailure;
  const target = (value: number | null) => (value === null ? t("pipeline.forecastCall.noTarget") : f.money(value));
  const percent = (value: number | null) => f.percent(value);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipeline.forecastCall.title")}
      </Subtitle2>
      <Body1 as="p">{t("pipeline.forecastCall.intro")}</Body1>
      <div className={styles.actions}>
        <Button icon={<ArrowTrendingLinesRegular />} onClick={handleRecord} disabled={record.running}>
          {t("pipeline.forecastCall.record")}
        </Button>
        {record.running && <Spinner size="tiny" label={t("pipeline.forecastCall.recording")} />}
        <Switch
          label={t("pipeline.forecastCall.weekly")}
          checked={weekly === true}
          disabled={weekly === undefined || turn.running}
          onChange={handleWeekly}
        />
        <Caption1 className={styles.hint}>{t("pipeline.forecastCall.weeklyHint")}</Caption1>
      </div>
      {failure && <ExcelFailureBar failure={failure} />}
      {outcome && (
        <MessageBar intent={outcome.kind === "recorded" ? "success" : "info"} layout="multiline">
          <MessageBarBody>
            {outcome.kind === "recorded"
              ? t("pipeline.forecastCall.recorded", { period: outcome.period, week: outcome.week, rows: outcome.rows })
              : outcome.kind === "already-recorded"
                ? t("pipeline.forecastCall.alreadyRecorded", { week: outcome.week })
                : t("pipeline.forecastCall.nothingToRecord")}
          </MessageBarBody>
        </MessageBar>
      )}
      {points.length === 0 ? (
        <Body1 as="p">{t("pipeline.forecastCall.empty", { period })}</Body1>
      ) : (
        <>
          <ForecastCallChart points={points} period={period} />
          <div
            className={figures.scroller}
            role="region"
            aria-label={t("pipeline.forecastCall.caption", { period })}
            tabIndex={0}
          >
            <Table size="small" aria-label={t("pipeline.forecastCall.caption", { period })}>
              <TableHeader>
                <TableRow className={figures.header}>
                  <TableHeaderCell className={figures.sticky}>{t("pipeline.forecastCall.date")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{t("pipeline.forecastCall.closed")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{t("pipeline.forecastCall.commit")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{t("pipeline.forecastCall.bestCase")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{t("pipeline.forecastCall.weighted")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{t("pipeline.forecastCall.target")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {points.map((point, i) => (
                  <TableRow key={i}>
                    <TableCell className={mergeClasses(figures.sticky, figures.number)}>
                      {point.automatic
                        ? t("pipeline.forecastCall.weeklyMark", { date: f.date(point.recordedOn) })
                        : f.date(point.recordedOn)}
                    </TableCell>
                    <TableCell className={figures.number}>{f.money(point.closed)}</TableCell>
                    <TableCell className={figures.number}>{f.money(point.commit)}</TableCell>
                    <TableCell className={figures.number}>{f.money(point.bestCase)}</TableCell>
                    <TableCell className={figures.number}>{f.money(point.weighted)}</TableCell>
                    <TableCell className={figures.number}>{target(point.target)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      {accuracy.length > 0 && (
        <section className={styles.root} aria-labelledby={accuracyId}>
          <Subtitle2 as="h4" id={accuracyId}>
            {t("pipeline.forecastCall.accuracy.title")}
          </Subtitle2>
          <Body1 as="p">{t("pipeline.forecastCall.accuracy.intro")}</Body1>
          <div
            className={figures.scroller}
            role="region"
            aria-label={t("pipeline.forecastCall.accuracy.caption")}
            tabIndex={0}
          >
            <Table size="small" aria-label={t("pipeline.forecastCall.accuracy.caption")}>
              <TableHeader>
                <TableRow className={figures.header}>
                  <TableHeaderCell className={figures.sticky}>
                    {t("pipeline.forecastCall.accuracy.recorded")}
                  </TableHeaderCell>
                  <TableHeaderCell>{t("pipeline.forecastCall.accuracy.period")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>
                    {t("pipeline.forecastCall.accuracy.won")}
                  </TableHeaderCell>
                  <TableHeaderCell className={figures.number}>
                    {t("pipeline.forecastCall.accuracy.commit")}
                  </TableHeaderCell>
                  <TableHeaderCell className={figures.number}>
                    {t("pipeline.forecastCall.accuracy.weighted")}
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {accuracy.map((entry, i) => (
                  <TableRow key={i}>
                    <TableCell className={mergeClasses(figures.sticky, figures.number)}>
                      {f.date(entry.recordedOn)}
                    </TableCell>
                    <TableCell>
                      {entry.ended
                        ? entry.period
                        : t("pipeline.forecastCall.accuracy.toDate", { period: entry.period })}
                    </TableCell>
                    <TableCell className={figures.number}>{f.money(entry.actual)}</TableCell>
                    <TableCell className={figures.number}>{percent(entry.commitAccuracy)}</TableCell>
                    <TableCell className={figures.number}>{percent(entry.weightedAccuracy)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
    </section>
  );
}
