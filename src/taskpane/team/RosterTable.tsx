import {
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { TeamMember } from "@core/team/teamData";
import type { Roster, TeamFigures } from "@core/team/teamRoster";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

const useStyles = makeStyles({
  figure: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
  },
  detail: {
    color: tokens.colorNeutralForeground3,
  },
  group: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
  },
  total: {
    backgroundColor: tokens.colorNeutralBackground4,
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  member: {
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

export type RosterTableProps = {
  roster: Roster;
  /** Called when the user asks to see a rep's row in the sheet. */
  onSelectMember: (member: TeamMember) => void;
};

/** The roster: each team's roll-up row, then its reps, then the roll-up of all teams. */
export function RosterTable({ roster, onSelectMember }: RosterTableProps) {
  const styles = useStyles();
  const figureTable = useFigureTableStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();

  const figureCells = (figures: TeamFigures) => {
    const main =
      figures.target === null
        ? format.compact(figures.actual)
        : figures.attainment === null
          ? t("team.potential.noScore")
          : format.percent(figures.attainment, 0);
    const note =
      figures.target !== null
        ? t("team.roster.wonOfTarget", {
            actual: format.compact(figures.actual),
            target: format.compact(figures.target),
          })
        : roster.period.fromTargets
          ? t("team.roster.noTarget")
          : null;
    return (
      <>
        <TableCell>
          <div className={styles.figure}>
            <Text>{main}</Text>
            {note && <Caption1 className={styles.detail}>{note}</Caption1>}
          </div>
        </TableCell>
        <TableCell>
          <div className={styles.figure}>
            <Text>{format.compact(figures.collected)}</Text>
            <Caption1 className={styles.detail}>
              {t("team.roster.ofSigned", { signed: format.compact(figures.signed) })}
            </Caption1>
          </div>
        </TableCell>
        <TableCell>
          <div className={styles.figure}>
            <Text>{format.compact(figures.openPipeline)}</Text>
            <Caption1 className={styles.detail}>
              {t("team.roster.weighted", {
                weighted: format.compact(figures.weightedPipeline),
                deals: figures.openDeals,
              })}
            </Caption1>
          </div>
        </TableCell>
        <TableCell className={figureTable.number}>{figures.activities}</TableCell>
      </>
    );
  };

  return (
    <div className={figureTable.scroller} role="region" aria-label={t("team.roster.caption")} tabIndex={0}>
      <Table size="small" aria-label={t("team.roster.caption")}>
        <TableHeader>
          <TableRow className={figureTable.header}>
            <TableHeaderCell className={figureTable.sticky}>{t("team.roster.rep")}</TableHeaderCell>
            <TableHeaderCell className={figureTable.number}>
              {t(roster.period.fromTargets ? "team.roster.attainment" : "team.roster.won")}
            </TableHeaderCell>
            <TableHeaderCell className={figureTable.number}>{t("team.roster.collected")}</TableHeaderCell>
            <TableHeaderCell className={figureTable.number}>{t("team.roster.pipeline")}</TableHeaderCell>
            <TableHeaderCell className={figureTable.number}>{t("team.roster.activities")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {roster.groups.map((group) => (
            <Fragment key={group.team || "-"}>
              <TableRow className={styles.group}>
                <TableCell className={figureTable.sticky}>
                  {t("team.roster.team", {
                    team: group.team || t("team.roster.noTeam"),
                    manager: group.manager || t("team.roster.noManager"),
                  })}
                </TableCell>
                {figureCells(group)}
              </TableRow>
              {group.rows.map((row) => (
                <TableRow key={row.member.row}>
                  <TableCell className={mergeClasses(figureTable.sticky, styles.member)}>
                    <Link
                      as="button"
                      title={t("team.roster.select", { rep: row.member.rep })}
                      onClick={() => onSelectMember(row.member)}
                    >
                      {row.member.rep}
                    </Link>
                  </TableCell>
                  {figureCells(row)}
                </TableRow>
              ))}
            </Fragment>
          ))}
          <TableRow className={styles.total}>
            <TableCell className={figureTable.sticky}>{t("team.roster.total")}</TableCell>
            {figureCells(roster.total)}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
