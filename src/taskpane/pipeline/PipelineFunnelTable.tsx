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
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";

const useStyles = makeStyles({
  bottleneck: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  note: { color: tokens.colorNeutralForeground2 },
});

export type PipelineFunnelTableProps = {
  funnel: PipelineFunnel;
};

/** The funnel by stage (SALES.FUNNEL), with the weakest step called out as the bottleneck. */
export function PipelineFunnelTable({ funnel }: PipelineFunnelTableProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const { t } = useTranslation();
  const f = useNumberFormat();
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
      <div className={figures.scroller} role="region" aria-label={t("pipeline.funnel.caption")} tabIndex={0}>
        <Table size="small" aria-label={t("pipeline.funnel.caption")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={figures.sticky}>{t("pipeline.funnel.stage")}</TableHeaderCell>
              <TableHeaderCell className={figures.number}>{t("pipeline.funnel.reached")}</TableHeaderCell>
              <TableHeaderCell className={figures.number}>{t("pipeline.funnel.fromPrevious")}</TableHeaderCell>
              <TableHeaderCell className={figures.number}>{t("pipeline.funnel.open")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {funnel.stages.map((stage, k) => {
              const conversion = f.result(stage.fromPrevious, f.percent);
              return (
                <TableRow key={stage.stage} className={k === at ? styles.bottleneck : undefined}>
                  <TableCell className={mergeClasses(figures.sticky, k === at && styles.bottleneck)}>
                    {stage.stage}{" "}
                    {k === at && (
                      <Badge appearance="filled" color="warning">
                        {t("pipeline.funnel.bottleneck")}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell className={figures.number}>{stage.reached}</TableCell>
                  <TableCell className={figures.number} title={conversion.error}>
                    {conversion.text}
                  </TableCell>
                  <TableCell className={figures.number}>
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
