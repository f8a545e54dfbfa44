import {
  Button,
  Caption1,
  Field,
  SpinButton,
  makeStyles,
  tokens,
  type SpinButtonChangeEvent,
  type SpinButtonOnChangeData,
} from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import {
  potentialComponents,
  usableWeights,
  type PotentialComponent,
  type PotentialWeights,
} from "@core/team/potentialWeights";
import { useNumberFormat } from "@taskpane/shared/useNumberFormat";
import { potentialComponentKeys } from "./potentialComponentKeys";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

export type PotentialWeightsEditorProps = {
  weights: PotentialWeights;
  onWeightsChange: (weights: PotentialWeights) => void;
  onReset: () => void;
};

/** One number per component of the index, with the share of the index it makes. */
export function PotentialWeightsEditor({ weights, onWeightsChange, onReset }: PotentialWeightsEditorProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const format = useNumberFormat();
  const usable = usableWeights(weights);
  const total = potentialComponents.reduce((sum, component) => sum + usable[component], 0);

  const handleChange =
    (component: PotentialComponent) => (_event: SpinButtonChangeEvent, data: SpinButtonOnChangeData) => {
      // Typing gives displayValue; the arrows give value.
      const next = data.value ?? (data.displayValue !== undefined ? Number.parseFloat(data.displayValue) : Number.NaN);
      if (Number.isFinite(next)) onWeightsChange({ ...weights, [component]: Math.max(0, next) });
    };

  return (
    <>
      <div className={styles.actions}>
        <Caption1 className={styles.hint}>{t("team.potential.weightsHint")}</Caption1>
        <Button size="small" icon={<ArrowResetRegular />} onClick={onReset}>
          {t("team.potential.resetWeights")}
        </Button>
      </div>
      <div className={styles.root} role="group" aria-label={t("team.potential.weights")}>
        {potentialComponents.map((component) => (
          <Field
            key={component}
            label={t(potentialComponentKeys[component])}
            hint={t("team.potential.share", {
              share: format.percent(total > 0 ? usable[component] / total : 0, 0),
            })}
          >
            <SpinButton min={0} max={1000} step={5} value={weights[component]} onChange={handleChange(component)} />
          </Field>
        ))}
      </div>
    </>
  );
}
