import { Caption1, MessageBar, MessageBarBody, Tab, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { defaultPlanYear } from "@core/goals/breakdown/defaultPlanYear";
import { kpiIds, kpiSpecs, kpiTargetText } from "@core/goals/breakdown/kpiTargets";
import type { GoalsData } from "@excel/goals/goalsData";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ActionPlanEditor } from "./actions/ActionPlanEditor";
import { BehindPaceList } from "./pace/BehindPaceList";
import { KpiTargetsTable, kpiTargetValue } from "./smart/KpiTargetsTable";
import { draftFromGoal } from "./smart/goalDraft";
import { SaveGoalBar } from "./smart/SaveGoalBar";
import { SavedGoalsList } from "./smart/SavedGoalsList";
import { SmartGoalCard } from "./smart/SmartGoalCard";
import { emptyDraft, type KpiTargetDrafts, type SmartDraft } from "./smart/smartDraft";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { useGoalsData } from "./useGoalsData";
import { BreakdownWizard } from "./wizard/BreakdownWizard";
import { initialChoices, type WizardChoices } from "@core/goals/breakdown/wizardChoices";
import { WrappingTabList } from "@taskpane/shared/WrappingTabList";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { SavedGoal } from "@core/goals/savedGoals";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  facts: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

type Section = "breakdown" | "smart" | "actions" | "pace";
const SECTIONS: readonly Section[] = ["breakdown", "smart", "actions", "pace"];

/** The strings key of each section's tab. */
const SECTION_KEYS: Readonly<Record<Section, TranslationKey>> = {
  breakdown: "goals.sections.breakdown",
  smart: "goals.sections.smart",
  actions: "goals.sections.actions",
  pace: "goals.sections.pace",
};

/** The workbook's language named in prose, for the facts line. */
const LANGUAGE_NAME_KEYS: Readonly<Record<WorkbookLanguage, TranslationKey>> = {
  "en-US": "goals.languageName.en-US",
  "zh-CN": "goals.languageName.zh-CN",
};

/** KPI texts for the action plan: the KPIs with a target typed, then the names of the others. */
function kpiOptionsOf(data: GoalsData, targets: KpiTargetDrafts): string[] {
  return kpiIds.map((id) => {
    const value = kpiTargetValue(id, targets[id]);
    return value === null ? kpiSpecs[id].name[data.language] : kpiTargetText(id, value, data.language);
  });
}

/**
 * The Goals area: the target breakdown wizard, the SMART goal card with KPI targets and the goals
 * saved from it (the Goals table), and the action plan — all read from and written to the
 * workbook's tables. The wizard stays mounted
 * while another section shows, so its steps and edits survive; the goal card's and KPI targets'
 * inputs are held here for the same reason.
 */
export function GoalsView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const { loading, data, failure, missing, refresh } = useGoalsData();
  const [today] = useState(() => service.goals.today());
  const [section, setSection] = useState<Section>("breakdown");
  // Until the manager picks, the choices follow the workbook: the default year and start month
  // come from the Targets rows, which are only known once the data is read.
  const [picked, setChoices] = useState<WizardChoices | null>(null);
  const targetPeriods = data?.targetPeriods;
  const defaults = useMemo(() => {
    const { fiscalYear, startMonth } = defaultPlanYear(targetPeriods ?? [], today);
    return initialChoices(fiscalYear, startMonth);
  }, [targetPeriods, today]);
  const choices = picked ?? defaults;
  const [draft, setDraft] = useState<SmartDraft>(emptyDraft);
  const [kpiTargets, setKpiTargets] = useState<KpiTargetDrafts>({});
  // The saved goal on the card, as read (null: a new goal); a pick or "New goal" starts a new save.
  const [editing, setEditing] = useState<SavedGoal | null>(null);
  const [card, setCard] = useState(0);

  const handleChoices = (patch: Partial<WizardChoices>) => setChoices((c) => ({ ...(c ?? defaults), ...patch }));
  const handleDraft = (patch: Partial<SmartDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const handlePick = (goal: SavedGoal, language: WorkbookLanguage) => {
    const loaded = draftFromGoal(goal, language);
    setEditing(goal);
    setDraft(loaded.draft);
    setKpiTargets(loaded.kpiTargets);
    setCard((n) => n + 1);
  };
  const handleNew = () => {
    setEditing(null);
    setDraft(emptyDraft);
    setKpiTargets({});
    setCard((n) => n + 1);
  };
  const handleSaved = (goal: SavedGoal) => {
    setEditing(goal);
    refresh();
  };

  return (
    <AreaSection
      title={t("goals.title")}
      intro={t("goals.intro")}
      onRefresh={refresh}
      refreshDisabled={loading}
      progress={loading && !data ? t("goals.loading") : null}
      failure={failure}
    >
      {missing && <MissingColumnsBar missing={missing} />}
      {data && (
        <>
          <Caption1 className={styles.facts}>
            {t("goals.facts", {
              reps: data.reps.length,
              deals: data.deals.length,
              language: t(LANGUAGE_NAME_KEYS[data.language]),
            })}
          </Caption1>
          <WrappingTabList
            aria-label={t("goals.sections.label")}
            selectedValue={section}
            onTabSelect={(_, d) => setSection(d.value as Section)}
          >
            {SECTIONS.map((s) => (
              <Tab key={s} value={s}>
                {t(SECTION_KEYS[s])}
              </Tab>
            ))}
          </WrappingTabList>
          <div className={styles.section} hidden={section !== "breakdown"}>
            {data.reps.length === 0 ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t("goals.noTeam")}</MessageBarBody>
              </MessageBar>
            ) : (
              <BreakdownWizard
                data={data}
                choices={choices}
                onChoicesChange={handleChoices}
                today={today}
                onWritten={refresh}
              />
            )}
          </div>
          {section === "smart" && (
            <div className={styles.section}>
              <SavedGoalsList
                goals={data.goals}
                current={editing?.id ?? ""}
                onPick={(goal) => handlePick(goal, data.language)}
                onNew={handleNew}
              />
              <SmartGoalCard data={data} choices={choices} draft={draft} today={today} onDraftChange={handleDraft}>
                <SaveGoalBar
                  key={card}
                  data={data}
                  choices={choices}
                  draft={draft}
                  kpiTargets={kpiTargets}
                  editing={editing}
                  today={today}
                  onSaved={handleSaved}
                />
              </SmartGoalCard>
              <KpiTargetsTable data={data} choices={choices} targets={kpiTargets} onTargetsChange={setKpiTargets} />
            </div>
          )}
          {section === "pace" && (
            <div className={styles.section}>
              <BehindPaceList data={data} today={today} />
            </div>
          )}
          {section === "actions" && (
            <div className={styles.section}>
              <ActionPlanEditor
                data={data}
                smartGoal={editing?.actionPlan || draft.text}
                kpiOptions={kpiOptionsOf(data, kpiTargets)}
                today={today}
                onSaved={refresh}
              />
            </div>
          )}
        </>
      )}
    </AreaSection>
  );
}
