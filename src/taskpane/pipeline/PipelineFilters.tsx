import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { OwnerOptions } from "@core/pipeline/ownerOptions";
import type { PeriodOption } from "@core/pipeline/periodOptions";
import type { OwnerFilter } from "@core/pipeline/pipelineScope";
import type { TranslationKey } from "@i18n/translationKey";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  quiet: {
    maxWidth: "8em",
  },
});

export type PipelineFiltersProps = {
  periods: readonly PeriodOption[];
  periodId: string;
  owners: OwnerOptions;
  owner: OwnerFilter;
  quietDays: number;
  onPeriodChange: (id: string) => void;
  onOwnerChange: (owner: OwnerFilter) => void;
  onQuietDaysChange: (days: number) => void;
};

/** The label of each period that needs no target label. */
const PERIOD_KEYS: Readonly<Record<Exclude<PeriodOption["kind"], "target">, TranslationKey>> = {
  all: "pipeline.periods.all",
  month: "pipeline.periods.month",
  quarter: "pipeline.periods.quarter",
  nextQuarter: "pipeline.periods.nextQuarter",
  year: "pipeline.periods.year",
};

function ownerValue(owner: OwnerFilter): string {
  return owner.kind === "all" ? "all" : `${owner.kind}:${owner.name}`;
}

function ownerFromValue(value: string): OwnerFilter {
  if (value.startsWith("team:")) return { kind: "team", name: value.slice(5) };
  if (value.startsWith("rep:")) return { kind: "rep", name: value.slice(4) };
  return { kind: "all" };
}

/** Period, owner (everyone, a team, a rep) and the days without activity that make a deal stale. */
export function PipelineFilters(props: PipelineFiltersProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const periodLabel = (option: PeriodOption) =>
    option.kind === "target" ? t("pipeline.periods.target", { label: option.label }) : t(PERIOD_KEYS[option.kind]);

  const handlePeriodChange = (event: React.ChangeEvent<HTMLSelectElement>) => props.onPeriodChange(event.target.value);
  const handleOwnerChange = (event: React.ChangeEvent<HTMLSelectElement>) =>
    props.onOwnerChange(ownerFromValue(event.target.value));
  const handleQuietChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const days = Number(event.target.value);
    if (Number.isInteger(days) && days >= 1) props.onQuietDaysChange(days);
  };

  return (
    <div className={styles.root} role="group" aria-label={t("pipeline.filters.label")}>
      <Field label={t("pipeline.filters.period")}>
        <Select value={props.periodId} onChange={handlePeriodChange}>
          {props.periods.map((option) => (
            <option key={option.id} value={option.id}>
              {periodLabel(option)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("pipeline.filters.owner")}>
        <Select value={ownerValue(props.owner)} onChange={handleOwnerChange}>
          <option value="all">{t("pipeline.owners.all")}</option>
          {props.owners.teams.length > 0 && (
            <optgroup label={t("pipeline.owners.teams")}>
              {props.owners.teams.map((team) => (
                <option key={team} value={`team:${team}`}>
                  {t("pipeline.owners.team", { name: team })}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t("pipeline.owners.reps")}>
            {props.owners.reps.map((rep) => (
              <option key={rep} value={`rep:${rep}`}>
                {rep}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Field label={t("pipeline.filters.quietDays")}>
        <Input
          className={styles.quiet}
          type="number"
          min={1}
          value={String(props.quietDays)}
          onChange={handleQuietChange}
        />
      </Field>
    </div>
  );
}
