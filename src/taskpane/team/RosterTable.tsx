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
  tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { TeamMember } from "@core/team/teamData";
import type { Roster, TeamFigures } from "@core/team/teamRoster";
import { useTeamFormat } from "./teamFormat";

const useStyles = makeStyles({
  number: {
    textAlign: "end",
  },
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
  const { t } = useTranslation();
  const format = useTeamFormat();

  const figureCells = (figures: TeamFigures) => {
    const main =
      figures.target === null
        ? format.amount(figures.actual)
        : figures.attainment === null
          ? t("team.potential.noScore")
          : format.percent(figures.attainment);
    const note =
      figures.target !== null
        ? t("team.roster.wonOfTarget", { actual: format.amount(figures.actual), target: format.amount(figures.target) })
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
            <Text>{format.amount(figures.openPipeline)}</Text>
            <Caption1 className={styles.detail}>
              {t("team.roster.weighted", {
                weighted: format.amount(figures.weightedPipeline),
                deals: figures.openDeals,
              })}
            </Caption1>
          </div>
        </TableCell>
        <TableCell className={styles.number}>{figures.activities}</TableCell>
      </>
    );
  };

  return (
    <Table size="small" aria-label={t("team.roster.caption")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("team.roster.rep")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>
            {t(roster.period.fromTargets ? "team.roster.attainment" : "team.roster.won")}
          </TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("team.roster.pipeline")}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t("team.roster.activities")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {roster.groups.map((group) => (
          <Fragment key={group.team || "-"}>
            <TableRow className={styles.group}>
              <TableCell>
                {t("team.roster.team", {
                  team: group.team || t("team.roster.noTeam"),
                  manager: group.manager || t("team.roster.noManager"),
                })}
              </TableCell>
              {figureCells(group)}
            </TableRow>
            {group.rows.map((row) => (
              <TableRow key={row.member.row}>
                <TableCell className={styles.member}>
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
          <TableCell>{t("team.roster.total")}</TableCell>
          {figureCells(roster.total)}
        </TableRow>
      </TableBody>
    </Table>
  );
}
