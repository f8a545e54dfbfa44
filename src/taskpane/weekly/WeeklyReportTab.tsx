import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { WeeklyReport } from "@core/weekly/report/weeklyReport";
import { weekLabel } from "@core/weekly/week";
import { WeeklyBlockCard } from "./WeeklyBlockCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground3 },
});

export type WeeklyReportTabProps = {
  report: WeeklyReport;
};

/**
 * The Report tab: the scope's summary on top, then one card per rep in Team order. A rep with a
 * quiet week keeps their place (that is news too), folded to one line that opens to the card.
 */
export function WeeklyReportTab({ report }: WeeklyReportTabProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const week = weekLabel(report.week);
  const scopeName =
    report.team === null ? t("weekly.summary.everyone") : t("weekly.summary.team", { team: report.team });
  const detailOf = (rep: WeeklyReport["reps"][number]) => (rep.listed ? rep.team : t("weekly.rep.notInTeam"));

  return (
    <div className={styles.root}>
      <WeeklyBlockCard name={scopeName} block={report.summary} week={week} />
      {report.reps.map((rep) =>
        rep.quiet ? (
          <Accordion key={rep.name} collapsible>
            <AccordionItem value={rep.name}>
              <AccordionHeader size="small">{t("weekly.rep.quiet", { rep: rep.name })}</AccordionHeader>
              <AccordionPanel>
                <Caption1 className={styles.note}>{t("weekly.rep.quietDetail")}</Caption1>
                <WeeklyBlockCard name={rep.name} detail={detailOf(rep)} block={rep} week={week} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        ) : (
          <WeeklyBlockCard key={rep.name} name={rep.name} detail={detailOf(rep)} block={rep} week={week} />
        ),
      )}
    </div>
  );
}
