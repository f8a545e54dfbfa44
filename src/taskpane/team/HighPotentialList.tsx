import {
  Badge,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
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
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { HighPotential, HistoryGap, RepPotential } from "@core/team/highPotential";
import { componentValueText } from "./componentValueText";
import { useNumberFormat, type NumberFormat } from "@taskpane/shared/useNumberFormat";
import { potentialComponentKeys } from "./potentialComponentKeys";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  card: {
    rowGap: tokens.spacingVerticalXS,
  },
  value: {
    display: "block",
    color: tokens.colorNeutralForeground3,
  },
  unranked: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

export type HighPotentialListProps = {
  potential: HighPotential;
};

function gapText(gap: HistoryGap, t: TFunction, format: NumberFormat, from: string): string {
  return gap.kind === "joined"
    ? t("team.potential.unranked.joined", { date: format.date(gap.startDate), from })
    : t("team.potential.unranked.fewDeals", { closed: gap.closed, min: gap.min });
}

/** One ranked rep: rank, index, and a row per component with its value, score, weight and what it adds. */
function RepPotentialCard({ rep }: { rep: RepPotential }) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const noScore = t("team.potential.noScore");
  return (
    <Card className={styles.card} size="small" role="article" aria-label={rep.member.rep}>
      <CardHeader
        header={
          <Subtitle2 as="h4">
            {t("team.potential.rank", { rank: rep.rank })} {rep.member.rep}
          </Subtitle2>
        }
        action={
          <Badge appearance="tint" color="brand" size="large">
            {t("team.potential.index", { index: format.number(rep.index ?? 0) })}
          </Badge>
        }
      />
      <Table size="extra-small" aria-label={t("team.potential.caption", { rep: rep.member.rep })}>
        <TableHeader>
          <TableRow className={figures.header}>
            <TableHeaderCell>{t("team.potential.columns.component")}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("team.potential.columns.score")}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("team.potential.columns.weight")}</TableHeaderCell>
            <TableHeaderCell className={figures.number}>{t("team.potential.columns.adds")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rep.components.map((component) => (
            <TableRow key={component.component}>
              <TableCell>
                <Text>{t(potentialComponentKeys[component.component])}</Text>
                <Caption1 className={styles.value}>{componentValueText(t, format, component)}</Caption1>
              </TableCell>
              <TableCell className={figures.number}>
                {component.score === null ? noScore : format.number(component.score)}
              </TableCell>
              <TableCell className={figures.number}>{component.weight}</TableCell>
              <TableCell className={figures.number}>
                {component.contribution === null ? noScore : format.fixed(component.contribution, 1)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

/** The ranked reps, highest index first, then the reps with too little history and why. */
export function HighPotentialList({ potential }: HighPotentialListProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const ranked = potential.reps.filter((rep) => rep.rank !== null);
  const unranked = potential.reps.filter((rep) => rep.gaps.length > 0);
  const from = potential.months[0]?.label ?? "";
  const weighted = Object.values(potential.weights).some((weight) => weight > 0);

  return (
    <div className={styles.root}>
      {!weighted && <Text>{t("team.potential.noWeights")}</Text>}
      {weighted && ranked.length === 0 && <Text>{t("team.potential.noneRanked")}</Text>}
      {ranked.map((rep) => (
        <RepPotentialCard key={rep.member.row} rep={rep} />
      ))}
      {unranked.length > 0 && (
        <section aria-label={t("team.potential.unranked.title")}>
          <Subtitle2 as="h4">{t("team.potential.unranked.title")}</Subtitle2>
          <ul className={styles.unranked}>
            {unranked.map((rep) => (
              <li key={rep.member.row}>
                <Text weight="semibold">{rep.member.rep}</Text>
                {": "}
                <Text>{format.list(rep.gaps.map((gap) => gapText(gap, t, format, from)))}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
