import {
  Checkbox,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { KpiDraft } from "@core/performance/scorecardDraft";
import { KPI_NAME_KEYS } from "./scorecardKeys";

const useStyles = makeStyles({
  // The input's own size (about 20 characters) would set its column's width: it fills the cell instead.
  number: { width: "100%", minWidth: "4em", "& input": { width: "100%", minWidth: 0 } },
});

export type KpiEditorProps = {
  kpis: readonly KpiDraft[];
  onKpisChange: (kpis: KpiDraft[]) => void;
};

/** The KPI set: weight, target and direction per KPI, each field labelled with its KPI. */
export function KpiEditor({ kpis, onKpisChange }: KpiEditorProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const handleChange = (index: number, change: Partial<KpiDraft>) =>
    onKpisChange(kpis.map((kpi, i) => (i === index ? { ...kpi, ...change } : kpi)));
  return (
    <Table size="extra-small" aria-label={t("performance.wizard.kpis")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("performance.wizard.kpi")}</TableHeaderCell>
          <TableHeaderCell>{t("performance.wizard.weight")}</TableHeaderCell>
          <TableHeaderCell>{t("performance.wizard.target")}</TableHeaderCell>
          <TableHeaderCell>{t("performance.wizard.lowerIsBetter")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {kpis.map((kpi, i) => {
          const name = t(KPI_NAME_KEYS[kpi.key]);
          return (
            <TableRow key={kpi.key}>
              <TableCell>{name}</TableCell>
              <TableCell>
                <Input
                  className={styles.number}
                  size="small"
                  inputMode="decimal"
                  aria-label={t("performance.wizard.weightOf", { kpi: name })}
                  value={kpi.weight}
                  onChange={(_, data) => handleChange(i, { weight: data.value })}
                />
              </TableCell>
              <TableCell>
                <Input
                  className={styles.number}
                  size="small"
                  inputMode="decimal"
                  aria-label={t("performance.wizard.targetOf", { kpi: name })}
                  value={kpi.target}
                  onChange={(_, data) => handleChange(i, { target: data.value })}
                />
              </TableCell>
              <TableCell>
                <Checkbox
                  aria-label={t("performance.wizard.lowerOf", { kpi: name })}
                  checked={kpi.lowerIsBetter}
                  onChange={(_, data) => handleChange(i, { lowerIsBetter: data.checked === true })}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
