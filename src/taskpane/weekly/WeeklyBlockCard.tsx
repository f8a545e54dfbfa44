import {
  Caption1,
  Card,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { MoneyCount, WeeklyBlock } from "@core/weekly/report/weeklyReport";
import type { WeeklyAttainment } from "@core/weekly/report/weeklyAttainment";
import type { TranslationKey } from "@i18n/translationKey";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { display: "flex", flexDirection: "column" },
  note: { color: tokens.colorNeutralForeground3 },
  figure: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export type WeeklyBlockCardProps = {
  /** The rep's name, or the scope's ("Everyone", "Team East"). */
  name: string;
  /** Under the name: the rep's team, or that the Team table does not list them. */
  detail?: string;
  block: WeeklyBlock;
  /** The week's ISO name, for the table's accessible name. */
  week: string;
};

/** One block of the weekly report: the figures of a rep (or of the scope), then its deals and moves. */
export function WeeklyBlockCard({ name, detail, block, week }: WeeklyBlockCardProps) {
  const styles = useStyles();
  const figureTable = useFigureTableStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const headingId = useId();
  const { figures, followUps } = block;

  const deals = (value: MoneyCount) =>
    t("weekly.figures.deals", { count: format.number(value.count), amount: format.money(value.amount) });
  const attainment = (value: WeeklyAttainment) =>
    value.target === null ? (
      <Text>{t("weekly.figures.noTarget")}</Text>
    ) : (
      <div className={styles.figure}>
        <Text>
          {t("weekly.figures.attainment", {
            attainment: format.percent(value.attainment, 0),
            target: format.money(value.target),
          })}
        </Text>
        <Caption1 className={styles.note}>{t("weekly.figures.pace", { pace: format.percent(value.pace, 0) })}</Caption1>
      </div>
    );
  const rows: readonly [TranslationKey, React.ReactNode, string?][] = [
    ["weekly.figures.newDeals", deals(figures.newDeals)],
    ["weekly.figures.newCustomers", format.number(figures.newCustomers)],
    ["weekly.figures.won", deals(figures.won)],
    ["weekly.figures.lost", deals(figures.lost)],
    ["weekly.figures.stageMoves", format.number(figures.stageMoves)],
    [
      "weekly.figures.followUps",
      t("weekly.figures.doneOfDue", { done: format.number(followUps.done), due: format.number(followUps.due) }),
    ],
    ["weekly.figures.overdue", format.number(followUps.overdue), followUps.overdue > 0 ? styles.late : undefined],
    ["weekly.figures.expectedNextWeek", deals(figures.expectedNextWeek)],
    ["weekly.figures.dueNextWeek", format.number(figures.dueNextWeek)],
    ["weekly.figures.month", attainment(block.month)],
    ["weekly.figures.quarter", attainment(block.quarter)],
  ];

  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <Subtitle2 as="h3" id={headingId}>
          {name}
        </Subtitle2>
        {detail && <Caption1 className={styles.note}>{detail}</Caption1>}
      </div>
      <Table size="extra-small" aria-label={t("weekly.figures.caption", { name, week })}>
        <TableBody>
          {rows.map(([key, value, className]) => (
            <TableRow key={key}>
              <TableCell>{t(key)}</TableCell>
              <TableCell className={mergeClasses(figureTable.number, className)}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {block.wonDeals.length > 0 && (
        <div>
          <Caption1 className={figureTable.header}>{t("weekly.lists.won")}</Caption1>
          <ul className={styles.list}>
            {block.wonDeals.map((deal) => (
              <li key={deal.dealId}>
                {t("weekly.lists.deal", {
                  deal: deal.dealId,
                  customer: deal.customer,
                  amount: format.money(deal.amount),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {block.lostDeals.length > 0 && (
        <div>
          <Caption1 className={figureTable.header}>{t("weekly.lists.lost")}</Caption1>
          <ul className={styles.list}>
            {block.lostDeals.map((deal) => {
              const line = t("weekly.lists.deal", {
                deal: deal.dealId,
                customer: deal.customer,
                amount: format.money(deal.amount),
              });
              return (
                <li key={deal.dealId}>
                  {deal.lostReason ? t("weekly.lists.reason", { deal: line, reason: deal.lostReason }) : line}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {block.stageMoves.length > 0 && (
        <div>
          <Caption1 className={figureTable.header}>{t("weekly.lists.moves")}</Caption1>
          <ul className={styles.list}>
            {block.stageMoves.map((move, i) => (
              <li key={`${move.dealId}-${i}`}>
                {t("weekly.lists.move", {
                  deal: move.dealId,
                  customer: move.customer,
                  from: move.from || t("weekly.lists.noStage"),
                  to: move.to || t("weekly.lists.noStage"),
                  day: format.date(move.day),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
