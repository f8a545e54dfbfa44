import {
  Caption1,
  Input,
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
import { useTranslation } from "react-i18next";
import { useFigureTableStyles } from "@taskpane/shared/useFigureTableStyles";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { parseNumber } from "@core/cells/parseNumber";
import { isSalesError } from "@core/errors";
import { kpiBaselines } from "@core/goals/breakdown/kpiBaselines";
import { kpiChange, kpiFigure, kpiIds, kpiSpecs, type KpiId } from "@core/goals/breakdown/kpiTargets";
import type { GoalsData } from "@excel/goals/goalsData";
import { isoDate } from "@core/cells/isoDate";
import { fiscalYearRange } from "@core/goals/breakdown/buildPlans";
import type { WizardChoices } from "@core/goals/breakdown/wizardChoices";
import type { KpiTargetDrafts } from "./smartDraft";
import { kpiNameKeys } from "./kpiNameKeys";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  // An input is about 20 characters wide unless told otherwise, more than its column at 320 px.
  input: { width: "100%", minWidth: "4em", "& input": { width: "100%", minWidth: 0 } },
  // Wider than a 320 px pane: the table scrolls sideways inside its box, the KPI column stays.
});

export type KpiTargetsTableProps = {
  data: GoalsData;
  choices: WizardChoices;
  targets: KpiTargetDrafts;
  onTargetsChange: (targets: KpiTargetDrafts) => void;
};

/**
 * A typed KPI target as a number in the KPI's unit: rates typed as percentages ("30" or "30%"),
 * the rest as plain numbers.
 */
export function kpiTargetValue(id: KpiId, typed: string | undefined): number | null {
  const text = (typed ?? "").trim();
  if (text === "") return null;
  const n = parseNumber(text);
  if (n === undefined || !Number.isFinite(n) || n < 0) return null;
  return kpiSpecs[id].unit === "percent" && !text.endsWith("%") ? n / 100 : n;
}

/**
 * KPI targets beside the revenue target: each KPI with last fiscal year's value computed from the
 * workbook (the same core functions as the SALES formulas), the target typed, and the change it
 * asks for.
 */
export function KpiTargetsTable({ data, choices, targets, onTargetsChange }: KpiTargetsTableProps) {
  const styles = useStyles();
  const figures = useFigureTableStyles();
  const f = useNumberFormat();
  const { t } = useTranslation();
  const fiscalYear = Number(choices.fiscalYear);
  const range = fiscalYearRange(Number.isInteger(fiscalYear) ? fiscalYear - 1 : 2000, choices.startMonth);
  const baselines = kpiBaselines(data.deals, data.activities, data.customers, range);

  return (
    <section className={styles.root} aria-label={t("goals.kpis.title")}>
      <Text weight="semibold">{t("goals.kpis.title")}</Text>
      <Caption1 className={styles.note}>
        {t("goals.kpis.intro", { range: `${isoDate(range.start)} – ${isoDate(range.end)}` })}
      </Caption1>
      <div className={figures.scroller} role="region" aria-label={t("goals.kpis.title")} tabIndex={0}>
        <Table size="small" aria-label={t("goals.kpis.title")}>
          <TableHeader>
            <TableRow className={figures.header}>
              <TableHeaderCell className={figures.sticky}>{t("goals.kpis.kpi")}</TableHeaderCell>
              <TableHeaderCell className={figures.number}>{t("goals.kpis.lastYear")}</TableHeaderCell>
              <TableHeaderCell>{t("goals.kpis.target")}</TableHeaderCell>
              <TableHeaderCell className={figures.number}>{t("goals.kpis.change")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {kpiIds.map((id) => {
              const raw = baselines[id];
              const baseline = typeof raw === "number" ? raw : null;
              const target = kpiTargetValue(id, targets[id]);
              const change = target === null ? null : kpiChange(target, baseline);
              const name = t(kpiNameKeys[id]);
              return (
                <TableRow key={id}>
                  <TableCell className={figures.sticky}>{name}</TableCell>
                  <TableCell className={figures.number}>
                    {baseline === null || isSalesError(raw)
                      ? t("goals.kpis.nothing")
                      : kpiFigure(id, baseline, data.language)}
                  </TableCell>
                  <TableCell>
                    <Input
                      className={styles.input}
                      size="small"
                      inputMode="decimal"
                      aria-label={t("goals.kpis.targetFor", { kpi: name })}
                      value={targets[id] ?? ""}
                      onChange={(_, d) => onTargetsChange({ ...targets, [id]: d.value })}
                    />
                  </TableCell>
                  <TableCell className={figures.number}>{f.change(change)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
