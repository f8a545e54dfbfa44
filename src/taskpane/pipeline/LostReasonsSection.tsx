import { Body1, Caption1, Select, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LostGroup, LostReasons } from "@core/pipeline/review/lostReasons";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  track: {
    height: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  bar: {
    height: "100%",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Grouping = "reason" | "stage" | "rep";

export type LostReasonsSectionProps = {
  lost: LostReasons;
};

/**
 * Lost deals of the area's owner and period grouped by LostReason, by the stage they were lost
 * at, or by rep: each group's deals and amount, with a bar by amount against the largest group.
 */
export function LostReasonsSection({ lost }: LostReasonsSectionProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
  const titleId = useId("lost");
  const selectId = useId("lost-by");
  const [by, setBy] = useState<Grouping>("reason");
  const groups: Record<Grouping, { list: readonly LostGroup[]; empty: string; name: string }> = {
    reason: { list: lost.byReason, empty: t("pipelineReview.lost.noReason"), name: t("pipelineReview.lost.byReason") },
    stage: { list: lost.byStage, empty: t("pipelineReview.lost.noStage"), name: t("pipelineReview.lost.byStage") },
    rep: { list: lost.byRep, empty: t("pipelineReview.lost.noRep"), name: t("pipelineReview.lost.byRep") },
  };
  const shown = groups[by];
  const largest = shown.list.reduce((most, group) => Math.max(most, group.amount), 0);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("pipelineReview.lost.title")}
      </Subtitle2>
      {lost.lost === 0 ? (
        <Body1 as="p">{t("pipelineReview.lost.none")}</Body1>
      ) : (
        <>
          <Body1 as="p">{t("pipelineReview.lost.summary", { count: lost.lost, amount: f.money(lost.amount) })}</Body1>
          <label htmlFor={selectId}>
            <Caption1>{t("pipelineReview.lost.by")}</Caption1>
          </label>
          <Select id={selectId} value={by} onChange={(_, data) => setBy(data.value as Grouping)}>
            <option value="reason">{groups.reason.name}</option>
            <option value="stage">{groups.stage.name}</option>
            <option value="rep">{groups.rep.name}</option>
          </Select>
          <ul className={styles.list} aria-label={t("pipelineReview.lost.caption", { by: shown.name })}>
            {shown.list.map((group) => {
              const label = group.label === "" ? shown.empty : group.label;
              const share = largest > 0 ? Math.max(0, group.amount) / largest : 0;
              return (
                <li key={`${by}-${label}`} className={styles.item}>
                  <Body1>
                    {t("pipelineReview.lost.item", { label, count: group.deals, amount: f.money(group.amount) })}
                  </Body1>
                  <div className={styles.track} aria-hidden="true">
                    <div className={styles.bar} style={{ width: `${(share * 100).toFixed(1)}%` }} />
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
