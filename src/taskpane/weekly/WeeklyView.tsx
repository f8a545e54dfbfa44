import {
  Body1,
  Field,
  Select,
  Tab,
  makeStyles,
  mergeClasses,
  tokens,
  type SelectTabData,
} from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { dateFromSerial } from "@core/cells/parseDate";
import { weekChoices } from "@core/weekly/report/weekChoices";
import { unavailableFigures, weeklyRequiredColumns, type WeeklyFigureKey } from "@core/weekly/report/weeklyColumns";
import { weeklyReport, type WeeklyReport } from "@core/weekly/report/weeklyReport";
import { weeklyTeams } from "@core/weekly/report/weeklyReps";
import { lastWeek, weekLabel, weekOf, type Week } from "@core/weekly/week";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import type { TablesData } from "@excel/tables/readTables";
import type { TranslationKey } from "@i18n/translationKey";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { MissingColumnsBar } from "@taskpane/shared/MissingColumnsBar";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { WrappingTabList } from "@taskpane/shared/WrappingTabList";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { useWeeklyWorkbook } from "./useWeeklyWorkbook";
import { WriteWeeklySheet } from "./WriteWeeklySheet";
import { ActivityView } from "./activity/ActivityView";
import { WeeklyReportTab } from "./WeeklyReportTab";

const useStyles = makeStyles({
  pickers: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  picker: { minWidth: 0, flexGrow: 1, flexBasis: "12em" },
  // A week's option ("2026-W50 · 12-07 – 12-13 (this week)") is as wide as a native select's
  // longest option: beside the scope picker it would stick out of a 450 px pane, so it takes a row.
  weekPicker: { flexBasis: "100%" },
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** What a tab of the Weekly area is given: the tables read, the week, the scope and today. */
export type WeeklyTabContext = {
  readonly tables: TablesData;
  readonly week: Week;
  readonly team: string | null;
  readonly today: number;
  /** The report of the week and scope, computed once for every tab. */
  readonly report: WeeklyReport;
  /** Figures that need a column the tables lack: the bar above names the columns. */
  readonly unavailable: ReadonlySet<WeeklyFigureKey>;
};

/** One tab of the Weekly area: adding a view is one entry here. */
type WeeklyTab = {
  readonly id: string;
  readonly labelKey: TranslationKey;
  readonly render: (context: WeeklyTabContext) => ReactNode;
};

const tabs: readonly WeeklyTab[] = [
  {
    id: "report",
    labelKey: "weekly.tabs.report",
    render: ({ report, unavailable, tables }) => (
      <WeeklyReportTab report={report} unavailable={unavailable} noHistory={!tables.DealHistory} />
    ),
  },
  {
    id: "activity",
    labelKey: "weeklyActivity.tab",
    // Every figure of the tab is a follow-up figure: without their columns there is nothing true to show.
    render: ({ tables, week, team, today, unavailable }) =>
      unavailable.has("followUps") ? (
        <NoColumns />
      ) : (
        <ActivityView tables={tables} week={week} team={team} today={today} />
      ),
  },
];

const EVERYONE = "";

/** A tab whose figures all need a missing column (named by the bar above the tabs). */
function NoColumns() {
  const { t } = useTranslation();
  return <Body1>{t("weekly.notes.noColumns")}</Body1>;
}

/**
 * The Weekly area (周报): a week (last week by default; this week and the twelve before it) and a
 * scope (everyone or a team), then the week's views as tabs — the Report first.
 */
export function WeeklyView() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { loading, tables, today, failure, refresh } = useWeeklyWorkbook();
  const service = useWorkbookService();
  // The chosen week by its ISO name and the team by name ("" for everyone): kept across a refresh.
  const [weekChoice, setWeekChoice] = useState<string | null>(null);
  const [teamChoice, setTeamChoice] = useState(EVERYONE);
  const [tab, setTab] = useState(tabs[0].id);
  const format = useNumberFormat();

  const weeks = useMemo(() => (today === undefined ? [] : weekChoices(today)), [today]);
  const teams = useMemo(() => weeklyTeams(tables?.Team), [tables]);
  const week = useMemo(
    () => (today === undefined ? undefined : (weeks.find((each) => weekLabel(each) === weekChoice) ?? lastWeek(today))),
    [weeks, weekChoice, today],
  );
  const team = teams.includes(teamChoice) ? teamChoice : null;
  const missing = useMemo(() => (tables ? missingColumnsIn(weeklyRequiredColumns, tables) : []), [tables]);
  const unavailable = useMemo(() => unavailableFigures(missing), [missing]);
  const report = useMemo(
    () => (tables && week && today !== undefined ? weeklyReport(tables, week, team, today) : null),
    [tables, week, team, today],
  );

  const day = (serial: number) => {
    const { month, day: date } = dateFromSerial(serial);
    // "01-03" reads as a date in English; Chinese writes "1月3日", never "01月03日".
    const [m, d] = [month, date].map((part) =>
      format.language === "zh-CN" ? String(part) : String(part).padStart(2, "0"),
    );
    return t("weekly.week.day", { month: m, day: d });
  };
  const weekText = (each: Week) => {
    const option = t("weekly.week.option", { week: weekLabel(each), from: day(each.start), to: day(each.end) });
    return today !== undefined && weekOf(today).start === each.start ? t("weekly.week.thisWeek", { option }) : option;
  };
  const handleTab = (_event: unknown, data: SelectTabData) => setTab(String(data.value));
  const current = tabs.find((each) => each.id === tab) ?? tabs[0];

  return (
    <AreaSection
      title={t("weekly.title")}
      intro={t("weekly.intro")}
      onRefresh={refresh}
      refreshDisabled={loading}
      progress={loading ? t("weekly.loading") : null}
      failure={failure}
    >
      <MissingColumnsBar missing={missing} />
      {week && tables && today !== undefined && report && (
        <>
          <div className={styles.pickers}>
            <Field label={t("weekly.week.label")} className={mergeClasses(styles.picker, styles.weekPicker)}>
              <Select value={weekLabel(week)} onChange={(event) => setWeekChoice(event.target.value)}>
                {weeks.map((each) => (
                  <option key={each.start} value={weekLabel(each)}>
                    {weekText(each)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("weekly.scope.label")} className={styles.picker}>
              <Select value={team ?? EVERYONE} onChange={(event) => setTeamChoice(event.target.value)}>
                <option value={EVERYONE}>{t("weekly.scope.everyone")}</option>
                {teams.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <WriteWeeklySheet week={week} team={team} write={service.weekly.writeSheet} />
          <WrappingTabList selectedValue={current.id} onTabSelect={handleTab} aria-label={t("weekly.tabs.label")}>
            {tabs.map((each) => (
              <Tab key={each.id} value={each.id}>
                {t(each.labelKey)}
              </Tab>
            ))}
          </WrappingTabList>
          <div role="tabpanel" aria-label={t(current.labelKey)} className={styles.panel}>
            {current.render({ tables, week, team, today, report, unavailable })}
          </div>
        </>
      )}
    </AreaSection>
  );
}
