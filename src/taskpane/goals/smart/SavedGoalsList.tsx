import { Body1, Button, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { ReadGoal } from "@core/goals/savedGoals";
import { isoDate } from "@core/cells/isoDate";
import { kpiNameKeys } from "./kpiNameKeys";
import type { TranslationKey } from "@i18n/translationKey";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
  // A button as wide as the pane whose words wrap: a long goal is read whole at 320 px, never clipped.
  goal: {
    width: "100%",
    minWidth: 0,
    // Fluent caps a button at 280 px: the goal takes the pane's whole width instead.
    maxWidth: "none",
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    paddingBlock: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  lines: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  facts: { color: tokens.colorNeutralForeground2 },
});

/** The metric name of each signed or collected goal. */
const METRIC_KEYS: Readonly<Record<"signed" | "collected", TranslationKey>> = {
  signed: "goals.metric.name.signed",
  collected: "goals.metric.name.collected",
};

export type SavedGoalsListProps = {
  goals: readonly ReadGoal[];
  /** The GoalID on the card ("" for a new goal). */
  current: string;
  onPick: (goal: ReadGoal) => void;
  onNew: () => void;
};

/**
 * The goals saved in the Goals table, one wrapping button each — the goal in words, whom it is for,
 * what it counts, the target and the deadline — to load it on the card; and "New goal" to clear the card.
 */
export function SavedGoalsList({ goals, current, onPick, onNew }: SavedGoalsListProps) {
  const styles = useStyles();
  const f = useNumberFormat();
  const { t } = useTranslation();
  const scopeOf = (goal: ReadGoal) =>
    goal.scope === "company"
      ? t("goals.saved.company")
      : goal.scope === "team"
        ? t("goals.saved.team", { name: goal.scopeName })
        : goal.scopeName;
  const metricOf = (goal: ReadGoal) =>
    t(goal.metric === "signed" || goal.metric === "collected" ? METRIC_KEYS[goal.metric] : kpiNameKeys[goal.metric]);

  return (
    <section className={styles.root} aria-label={t("goals.saved.title")}>
      <div className={styles.head}>
        <Text weight="semibold">{t("goals.saved.title")}</Text>
        <Button size="small" icon={<AddRegular />} onClick={onNew}>
          {t("goals.saved.new")}
        </Button>
      </div>
      {goals.length === 0 ? (
        <Body1>{t("goals.saved.none")}</Body1>
      ) : (
        <ul className={styles.list}>
          {goals.map((goal) => {
            const facts = [
              goal.id,
              scopeOf(goal),
              metricOf(goal),
              ...(goal.target === null
                ? []
                : [
                    t("goals.saved.target", {
                      figure: f.money(goal.target, Number.isInteger(goal.target) ? 0 : 2),
                    }),
                  ]),
              ...(goal.deadline === null ? [] : [t("goals.saved.deadline", { date: isoDate(goal.deadline) })]),
            ];
            const selected = current !== "" && goal.id === current;
            return (
              <li key={`${goal.row}:${goal.id}`} className={styles.item}>
                <Button
                  appearance="subtle"
                  className={selected ? mergeClasses(styles.goal, styles.current) : styles.goal}
                  aria-current={selected ? "true" : undefined}
                  onClick={() => onPick(goal)}
                >
                  <span className={styles.lines}>
                    <Text weight="semibold">{goal.text || goal.id}</Text>
                    <Caption1 className={styles.facts}>{facts.join(" · ")}</Caption1>
                  </span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
