import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExcelFailure } from "@excel/excelFailure";
import { memberRange, teamTableNames } from "@excel/team/teamWorkbook";
import { highPotential } from "@core/team/highPotential";
import { defaultPotentialWeights, type PotentialWeights } from "@core/team/potentialWeights";
import type { TeamMember } from "@core/team/teamData";
import { teamRoster } from "@core/team/teamRoster";
import { periodDay, periodKey, targetPeriods } from "@core/team/targetPeriods";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { HighPotentialList } from "./HighPotentialList";
import { PotentialWeightsEditor } from "./PotentialWeightsEditor";
import { RosterTable } from "./RosterTable";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { useTeamWorkbook } from "./useTeamWorkbook";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import type { TargetMetric } from "@core/team/periodActual";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  period: {
    maxWidth: "20em",
  },
});

/** The name of the metric a period's figures are on. */
const METRIC_KEYS: Readonly<Record<TargetMetric, TranslationKey>> = {
  signed: "team.metric.signed",
  collected: "team.metric.collected",
};

/**
 * The Team area: the roster with roll-ups by team for a period of the Targets table (the one
 * holding today unless the manager picks another), and the high-potential reps with editable weights.
 */
export function TeamView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const service = useWorkbookService();
  const { loading, workbook, today, failure, missing: missingColumns, refresh } = useTeamWorkbook();
  const [weights, setWeights] = useState<PotentialWeights>(defaultPotentialWeights);
  const [selectFailure, setSelectFailure] = useState<ExcelFailure | null>(null);
  // The period picked, by its days: kept across a refresh while Targets still has it.
  const [periodChoice, setPeriodChoice] = useState<string | null>(null);
  const format = useNumberFormat();
  const rosterId = useId();
  const potentialId = useId();

  const periods = useMemo(
    () => (workbook && today !== undefined ? targetPeriods(workbook.data.targets, today) : []),
    [workbook, today],
  );
  const roster = useMemo(() => {
    if (!workbook || today === undefined) return null;
    const chosen = periods.find((period) => periodKey(period) === periodChoice);
    return chosen ? teamRoster(workbook.data, today, chosen) : teamRoster(workbook.data, today);
  }, [workbook, today, periods, periodChoice]);
  const potential = useMemo(
    () => (workbook && today !== undefined ? highPotential(workbook.data, today, weights) : null),
    [workbook, today, weights],
  );

  const handleRefresh = () => {
    setSelectFailure(null);
    refresh();
  };
  const handleSelectMember = (member: TeamMember) => {
    const range = workbook && memberRange(workbook, member);
    if (!range) return;
    void service.team
      .select(range.sheet, range.address)
      .then((result) => setSelectFailure(result.ok ? null : result.error));
  };
  const handleResetWeights = () => setWeights(defaultPotentialWeights);
  const handlePeriodChange = (event: React.ChangeEvent<HTMLSelectElement>) => setPeriodChoice(event.target.value);

  const data = workbook?.data;
  const missing = data ? teamTableNames.filter((name) => name !== "Team" && !data.present.has(name)) : [];
  const last = potential?.months[potential.months.length - 1];
  const seenFrom = roster && today !== undefined ? periodDay(roster.period, today) : undefined;

  return (
    <AreaSection
      title={t("team.title")}
      intro={t("team.intro")}
      onRefresh={handleRefresh}
      refreshDisabled={loading}
      progress={loading ? t("team.loading") : null}
      failure={failure}
    >
      {missingColumns && <MissingColumnsBar missing={missingColumns} />}
      {selectFailure && <ExcelFailureBar failure={selectFailure} />}
      {data && !data.present.has("Team") && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("team.noTeamTable.title")}</MessageBarTitle>
            {t("team.noTeamTable.body")}
          </MessageBarBody>
        </MessageBar>
      )}
      {data && data.present.has("Team") && data.members.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("team.noMembers")}</MessageBarBody>
        </MessageBar>
      )}
      {data && data.members.length > 0 && missing.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("team.missingTables", { tables: missing.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {roster && data && data.members.length > 0 && (
        <section className={styles.section} aria-labelledby={rosterId}>
          <Subtitle2 as="h3" id={rosterId}>
            {t("team.roster.title")}
          </Subtitle2>
          <Field label={t("team.period.choose")} className={styles.period}>
            <Select value={periodKey(roster.period)} onChange={handlePeriodChange}>
              {periods.map((period) => (
                <option key={periodKey(period)} value={periodKey(period)}>
                  {t("team.period.option", {
                    period: period.label,
                    from: format.date(period.start),
                    to: format.date(period.end),
                  })}
                </option>
              ))}
            </Select>
          </Field>
          <Caption1>
            {t(roster.period.fromTargets ? "team.period.targets" : "team.period.month", {
              period: roster.period.label,
              metric: t(METRIC_KEYS[roster.period.metric]),
            })}
          </Caption1>
          {seenFrom !== undefined && seenFrom !== today && (
            <Caption1 className={styles.note}>{t("team.period.asOf", { day: format.date(seenFrom) })}</Caption1>
          )}
          <RosterTable roster={roster} onSelectMember={handleSelectMember} />
          <Caption1 className={styles.note}>{t("team.roster.rollUpNote")}</Caption1>
        </section>
      )}
      {potential && data && data.members.length > 0 && (
        <section className={styles.section} aria-labelledby={potentialId}>
          <Subtitle2 as="h3" id={potentialId}>
            {t("team.potential.title")}
          </Subtitle2>
          <Caption1>
            {t("team.potential.intro", { from: potential.months[0]?.label ?? "", to: last?.label ?? "" })}
          </Caption1>
          <PotentialWeightsEditor weights={weights} onWeightsChange={setWeights} onReset={handleResetWeights} />
          <HighPotentialList potential={potential} />
        </section>
      )}
    </AreaSection>
  );
}
