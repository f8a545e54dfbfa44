import {
  Badge,
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PipelineFunnel } from "@core/pipeline/pipelineFunnel";
import { useFigureText } from "./useFigureText";

const useStyles = makeStyles({
  number: { textAlign: "end" },
  bottleneck: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  note: { color: tokens.colorNeutralForeground2 },
  // Wider than a 320 px pane: the table scrolls sideways inside its box, its first column stays.
  scroller: { overflowX: "auto" },
  first: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
});

export type PipelineFunnelTableProps = {
  funnel: PipelineFunnel;
};

/** The funnel by stage (SALES.FUNNEL), with the weakest step called out as the bottleneck. */
export function PipelineFunnelTable({ funnel }: PipelineFunnelTableProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const f = useFigureText();
  const titleId = useId();
  const at = funnel.bottleneck;
  const rate = at === null ? undefined : f.result(funnel.stages[at].fromPrevious, f.percent).text;

  return (
    <section aria-labelledby={titleId}>
      <Subtitle2 as="h3" block id={titleId}>
        {t("pipeline.funnel.title")}
      </Subtitle2>
      <Body1 as="p" className={styles.note}>
        {at === null
          ? t("pipeline.funnel.noBottleneck")
          : t("pipeline.funnel.bottleneckNote", {
              from: funnel.stages[at - 1].stage,
              to: funnel.stages[at].stage,
              rate,
            })}
      </Body1>
      <div className={styles.scroller} role="region" aria-label={t("pipeline.funnel.caption")} tabIndex={0}>
        <Table size="small" aria-label={t("pipeline.funnel.caption")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.first}>{t("pipeline.funnel.stage")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("pipeline.funnel.reached")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("pipeline.funnel.fromPrevious")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("pipeline.funnel.open")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {funnel.stages.map((stage, k) => {
              const conversion = f.result(stage.fromPrevious, f.percent);
              return (
                <TableRow key={stage.stage} className={k === at ? styles.bottleneck : undefined}>
                  <TableCell className={mergeClasses(styles.first, k === at && styles.bottleneck)}>
                    {stage.stage}{" "}
                    {k === at && (
                      <Badge appearance="filled" color="warning">
                        {t("pipeline.funnel.bottleneck")}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell className={styles.number}>{stage.reached}</TableCell>
                  <TableCell className={styles.number} title={conversion.error}>
                    {conversion.text}
                  </TableCell>
                  <TableCell className={styles.number}>
                    {stage.openDeals > 0 ? `${stage.openDeals} · ${f.money(stage.openAmount)}` : "—"}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
