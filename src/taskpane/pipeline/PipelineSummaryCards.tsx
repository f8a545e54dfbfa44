import { Caption1, Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PipelineSummary } from "@core/pipeline/pipelineSummary";
import type { Result } from "@core/errors";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  card: {
    padding: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  label: {
    color: tokens.colorNeutralForeground3,
  },
  value: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  detail: {
    color: tokens.colorNeutralForeground3,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
});

export type PipelineSummaryCardsProps = {
  summary: PipelineSummary;
};

type Figure = { key: string; label: string; text: string; detail?: string; error?: string };

/** The headline figures as cards: each a term (the figure's name) and its value. */
export function PipelineSummaryCards({ summary }: PipelineSummaryCardsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
  const titleId = useId();
  const money = (value: Result<number>) => f.result(value, f.money);

  const figures: Figure[] = [
    {
      key: "open",
      label: t("pipeline.summary.openPipeline"),
      text: f.money(summary.openPipeline),
      detail: t("pipeline.summary.openDeals", { count: summary.openDeals }),
    },
    { key: "weighted", label: t("pipeline.summary.weighted"), ...money(summary.weighted) },
    { key: "closed", label: t("pipeline.summary.closed"), ...money(summary.forecast.closed) },
    { key: "commit", label: t("pipeline.summary.commit"), ...money(summary.forecast.commit) },
    { key: "bestCase", label: t("pipeline.summary.bestCase"), ...money(summary.forecast.bestCase) },
    { key: "pipeline", label: t("pipeline.summary.pipeline"), ...money(summary.forecast.pipeline) },
    summary.coverage === null
      ? { key: "coverage", label: t("pipeline.summary.coverage"), text: "—", detail: t("pipeline.summary.noTarget") }
      : {
          key: "coverage",
          label: t("pipeline.summary.coverage"),
          ...f.result(summary.coverage.ratio, (value) => `${f.number(value, 2)}×`),
          detail: t("pipeline.summary.coverageDetail", {
            target: f.money(summary.coverage.target),
            won: f.money(summary.coverage.won),
            remaining: f.money(summary.coverage.remaining),
          }),
        },
    { key: "winRate", label: t("pipeline.summary.winRate"), ...f.result(summary.winRate, f.percent) },
    { key: "avgDeal", label: t("pipeline.summary.avgDeal"), ...money(summary.avgDeal) },
    {
      key: "cycle",
      label: t("pipeline.summary.cycle"),
      ...f.result(summary.cycle, (value) => t("pipeline.summary.days", { value: f.days(value) })),
    },
    {
      key: "velocity",
      label: t("pipeline.summary.velocity"),
      ...f.result(summary.velocity, (value) => t("pipeline.summary.perDay", { value: f.money(value) })),
    },
  ];

  return (
    <section aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipeline.summary.title")}
      </Subtitle2>
      <dl className={styles.grid} aria-label={t("pipeline.summary.caption")}>
        {figures.map((figure) => (
          <Card key={figure.key} className={styles.card} size="small">
            <dt>
              <Caption1 className={styles.label}>{figure.label}</Caption1>
            </dt>
            <dd className={styles.value} aria-label={figure.label}>
              <Text className={styles.value}>{figure.text}</Text>
              {figure.detail && <Caption1 className={styles.detail}>{` · ${figure.detail}`}</Caption1>}
              {figure.error && <Caption1 className={styles.error}>{` · ${figure.error}`}</Caption1>}
            </dd>
          </Card>
        ))}
      </dl>
    </section>
  );
}
