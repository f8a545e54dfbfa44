import { Body1, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { StageAgeing } from "@core/pipeline/review/stageAgeing";
import type { HistoryReview, ProcessReview } from "@core/pipeline/review/processReview";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

/** Deals a slipped or shrunk list shows before "and n more": the worst ones. */
const LISTED = 5;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  slower: { color: tokens.colorPaletteRedForeground1 },
  faster: { color: tokens.colorPaletteGreenForeground1 },
});

export type ProcessReviewSectionProps = {
  review: ProcessReview;
};

/** A heading and its list, labelled by the heading. */
function Block({ title, children }: { title: string; children: React.ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.block} aria-labelledby={id}>
      <Subtitle2 as="h4" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** Each stage's open deals by age (the buckets of stageAgeing's AGE_BUCKETS), and past its StaleDays. */
function AgeingList({ ageing }: { ageing: readonly StageAgeing[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
  const buckets = [
    t("pipelineReview.ageing.bucket0"),
    t("pipelineReview.ageing.bucket1"),
    t("pipelineReview.ageing.bucket2"),
    t("pipelineReview.ageing.bucket3"),
  ];
  return (
    <ul className={styles.list} aria-label={t("pipelineReview.ageing.caption")}>
      {ageing.map((stage) => (
        <li key={stage.stage} className={styles.item}>
          <Body1>
            {t("pipelineReview.ageing.stage", {
              stage: stage.stage,
              count: stage.deals,
              amount: f.money(stage.amount),
            })}
          </Body1>
          {stage.deals > 0 && (
            <Caption1 className={styles.muted}>
              {[
                ...stage.buckets.map((count, i) =>
                  t("pipelineReview.ageing.bucketCount", { bucket: buckets[i], count }),
                ),
                ...(stage.staleDays !== null && stage.overStaleDays > 0
                  ? [t("pipelineReview.ageing.over", { count: stage.overStaleDays, limit: stage.staleDays })]
                  : []),
                ...(stage.noDate > 0 ? [t("pipelineReview.ageing.noDate", { count: stage.noDate })] : []),
              ].join(" · ")}
            </Caption1>
          )}
        </li>
      ))}
    </ul>
  );
}

function HistoryBlocks({ history }: { history: HistoryReview }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
  const { days, slower, cohorts, slipped, shrunk } = history;
  const sign = (change: number) => `${change > 0 ? "+" : ""}${f.days(change)}`;
  const more = (count: number) =>
    count > LISTED ? (
      <Caption1 className={styles.muted}>{t("pipelineReview.more", { count: count - LISTED })}</Caption1>
    ) : null;
  const rate = (part: number, entered: number) => (entered === 0 ? "" : ` (${f.percent(part / entered)})`);
  const quarter = (value: { entered: number; advanced: number; won: number }) =>
    value.entered === 0
      ? t("pipelineReview.cohorts.noneEntered")
      : t("pipelineReview.cohorts.line", {
          entered: value.entered,
          advanced: `${value.advanced}${rate(value.advanced, value.entered)}`,
          won: `${value.won}${rate(value.won, value.entered)}`,
        });

  return (
    <>
      {history.rows === 0 && <Body1 as="p">{t("pipelineReview.empty")}</Body1>}
      {history.unreadable > 0 && (
        <Caption1 className={styles.muted}>{t("pipelineReview.unreadable", { count: history.unreadable })}</Caption1>
      )}
      <Block title={t("pipelineReview.days.title")}>
        <ul className={styles.list} aria-label={t("pipelineReview.days.caption")}>
          {days.map((stage) => (
            <li key={stage.stage} className={styles.item}>
              <Body1>
                {stage.average === null
                  ? t("pipelineReview.days.none", { stage: stage.stage })
                  : t("pipelineReview.days.stage", {
                      stage: stage.stage,
                      average: f.days(stage.average),
                      median: f.days(stage.median ?? 0),
                      count: stage.intervals,
                    })}
              </Body1>
              {stage.unknown > 0 && (
                <Caption1 className={styles.muted}>
                  {t("pipelineReview.days.unknown", { count: stage.unknown })}
                </Caption1>
              )}
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t("pipelineReview.slower.title")}>
        <Caption1 className={styles.muted}>
          {t("pipelineReview.slower.periods", {
            from: f.date(slower.period.start),
            to: f.date(slower.period.end),
            previousFrom: f.date(slower.previous.start),
            previousTo: f.date(slower.previous.end),
          })}
        </Caption1>
        {slower.steps.length === 0 ? (
          <Body1 as="p">{t("pipelineReview.slower.none")}</Body1>
        ) : (
          <ul className={styles.list} aria-label={t("pipelineReview.slower.title")}>
            {slower.steps.map((step) => (
              <li key={step.stage} className={styles.item}>
                <Body1>
                  {t("pipelineReview.slower.step", {
                    stage: step.stage,
                    previous: f.days(step.previous.average ?? 0),
                    current: f.days(step.current.average ?? 0),
                    change: sign(step.change),
                  })}{" "}
                  <span className={step.change > 0 ? styles.slower : step.change < 0 ? styles.faster : styles.muted}>
                    {t(
                      step.change > 0
                        ? "pipelineReview.slower.slower"
                        : step.change < 0
                          ? "pipelineReview.slower.faster"
                          : "pipelineReview.slower.same",
                    )}
                  </span>
                </Body1>
                <Caption1 className={styles.muted}>
                  {t("pipelineReview.slower.counts", {
                    current: step.current.intervals,
                    previous: step.previous.intervals,
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
        {slower.thin.length > 0 && (
          <Caption1 className={styles.muted}>
            {t("pipelineReview.slower.thin", { min: slower.minIntervals, stages: slower.thin.join(", ") })}
          </Caption1>
        )}
      </Block>
      <Block title={t("pipelineReview.cohorts.title")}>
        <Caption1 className={styles.muted}>{t("pipelineReview.cohorts.note")}</Caption1>
        <ul className={styles.list} aria-label={t("pipelineReview.cohorts.title")}>
          {cohorts.quarters.map((stage) => (
            <li key={stage.stage} className={styles.item}>
              <Body1>{stage.stage}</Body1>
              <Caption1>
                {t("pipelineReview.cohorts.thisQuarter")}: {quarter(stage.thisQuarter)}
              </Caption1>
              <Caption1 className={styles.muted}>
                {t("pipelineReview.cohorts.lastQuarter")}: {quarter(stage.lastQuarter)}
              </Caption1>
            </li>
          ))}
        </ul>
        {cohorts.unknown > 0 && (
          <Caption1 className={styles.muted}>
            {t("pipelineReview.cohorts.unknown", { count: cohorts.unknown })}
          </Caption1>
        )}
      </Block>
      <Block title={t("pipelineReview.slipped.title")}>
        {slipped.deals.length === 0 ? (
          <Body1 as="p">{t("pipelineReview.slipped.none")}</Body1>
        ) : (
          <>
            <Body1 as="p">
              {t("pipelineReview.slipped.summary", {
                deals: slipped.deals.length,
                slips: slipped.slips,
                days: slipped.days,
              })}
            </Body1>
            <ul className={styles.list} aria-label={t("pipelineReview.slipped.title")}>
              {slipped.deals.slice(0, LISTED).map((deal) => (
                <li key={deal.dealId} className={styles.item}>
                  <Caption1>
                    {t("pipelineReview.slipped.deal", {
                      deal: deal.dealId,
                      owner: deal.owner,
                      stage: deal.stage,
                      slips: deal.slips,
                      days: deal.days,
                    })}
                  </Caption1>
                </li>
              ))}
            </ul>
            {more(slipped.deals.length)}
          </>
        )}
      </Block>
      <Block title={t("pipelineReview.shrunk.title")}>
        {shrunk.deals.length === 0 ? (
          <Body1 as="p">{t("pipelineReview.shrunk.none")}</Body1>
        ) : (
          <>
            <Body1 as="p">
              {t("pipelineReview.shrunk.summary", { deals: shrunk.deals.length, shrink: f.money(shrunk.shrink) })}
            </Body1>
            <ul className={styles.list} aria-label={t("pipelineReview.shrunk.title")}>
              {shrunk.deals.slice(0, LISTED).map((deal) => (
                <li key={deal.dealId} className={styles.item}>
                  <Caption1>
                    {t("pipelineReview.shrunk.deal", {
                      deal: deal.dealId,
                      owner: deal.owner,
                      stage: deal.stage,
                      first: f.money(deal.first),
                      now: f.money(deal.now),
                    })}
                  </Caption1>
                </li>
              ))}
            </ul>
            {more(shrunk.deals.length)}
          </>
        )}
      </Block>
    </>
  );
}

/**
 * The process review (持续优化): where deals get stuck and whether it is getting better — days in
 * each stage, which step got slower than in the period before, conversion of this quarter's
 * cohorts against last quarter's, slipped and shrunk deals (all from DealHistory) and the ageing
 * of open deals. Without DealHistory it says recording is off and where to turn it on.
 */
export function ProcessReviewSection({ review }: ProcessReviewSectionProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipelineReview.title")}
      </Subtitle2>
      <Body1 as="p">{t("pipelineReview.intro")}</Body1>
      {review.history === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("pipelineReview.recordingOff")}</MessageBarBody>
        </MessageBar>
      ) : (
        <HistoryBlocks history={review.history} />
      )}
      <Block title={t("pipelineReview.ageing.title")}>
        <AgeingList ageing={review.ageing} />
      </Block>
    </section>
  );
}
