import {
  Body1,
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
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { behindPace, type PaceSpan } from "@core/goals/behindPace";
import type { GoalsData } from "@excel/goals/goalsData";
import type { TranslationKey } from "@i18n/translationKey";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  span: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  behind: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

export type BehindPaceListProps = {
  data: GoalsData;
  /** Today as an Excel serial. */
  today: number;
};

const SPANS: readonly PaceSpan[] = ["month", "quarter"];
const SPAN_KEYS: Readonly<Record<PaceSpan, TranslationKey>> = {
  month: "goals.pace.month",
  quarter: "goals.pace.quarter",
};
const EMPTY_KEYS: Readonly<Record<PaceSpan, TranslationKey>> = {
  month: "goals.pace.noneMonth",
  quarter: "goals.pace.noneQuarter",
};

/**
 * Who is behind pace this month and this quarter (reps first, then teams, slowest first), from
 * the Targets rows and the deals won so far — what the Targets sheet's Pace column shows in red.
 * The area re-reads when the tables change, so the list follows the sheet.
 */
export function BehindPaceList({ data, today }: BehindPaceListProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const f = useNumberFormat();
  const { t } = useTranslation();
  const behind = useMemo(() => behindPace(data.targets, data.deals, data.reps, today), [data, today]);

  return (
    <section className={styles.root} aria-label={t("goals.pace.title")}>
      <Body1 className={styles.note}>{t("goals.pace.intro")}</Body1>
      {SPANS.map((span) => (
        <div key={span} className={styles.span}>
          <Text weight="semibold">{t(SPAN_KEYS[span])}</Text>
          {behind[span].length === 0 ? (
            <Body1>{t(EMPTY_KEYS[span])}</Body1>
          ) : (
            <Table size="extra-small" aria-label={t(SPAN_KEYS[span])}>
              <TableHeader>
                <TableRow className={figures.header}>
                  <TableHeaderCell>{t("goals.pace.who")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{t("goals.pace.won")}</TableHeaderCell>
                  <TableHeaderCell className={figures.number}>{t("goals.pace.pace")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {behind[span].map((line) => (
                  <TableRow key={`${line.level}|${line.name}|${line.metric}|${line.period}`}>
                    <TableCell>
                      {line.level === "Team" ? t("goals.pace.team", { name: line.name }) : line.name}
                    </TableCell>
                    <TableCell className={figures.number}>
                      {t("goals.pace.wonOf", {
                        won: f.money(line.actual),
                        target: f.money(line.target),
                      })}
                    </TableCell>
                    <TableCell className={mergeClasses(figures.number, styles.behind)}>
                      {f.percent(line.pace)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </div>
      ))}
    </section>
  );
}
