import { Caption1, Checkbox, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SetupPlan } from "@core/setup/planSetup";
import { workbookLanguages, type WorkbookLanguage } from "@core/workbook/schema";
import { languageNameKeys } from "@taskpane/shared/languageNameKeys";
import { tableNameKeys } from "@taskpane/shared/tableNameKeys";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export type SetupOptionsProps = {
  plan: SetupPlan;
  /** The sample plan were sample data asked for. */
  sampleOffer: SetupPlan["sample"];
  language: WorkbookLanguage;
  sample: boolean;
  onLanguageChange: (language: WorkbookLanguage) => void;
  onSampleChange: (sample: boolean) => void;
};

/** The choices before writing: the workbook's language (fixed once it has one) and sample data. */
export function SetupOptions({
  plan,
  sampleOffer,
  language,
  sample,
  onLanguageChange,
  onSampleChange,
}: SetupOptionsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const unavailable = sampleOffer.kind === "unavailable" ? sampleOffer.tables : null;
  const customers = sampleOffer.kind === "write" ? sampleOffer.record.customers : 300;

  const handleLanguage = (_event: unknown, data: { value: string }) => {
    const next = workbookLanguages.find((candidate) => candidate === data.value);
    if (next) onLanguageChange(next);
  };
  const handleSample = (_event: unknown, data: { checked: boolean | "mixed" }) => onSampleChange(data.checked === true);

  return (
    <div className={styles.root}>
      <Field
        label={t("setup.language.label")}
        hint={
          plan.languageLocked ? t("setup.language.locked", { language: t(languageNameKeys[plan.language]) }) : undefined
        }
      >
        <RadioGroup
          layout="horizontal"
          value={plan.languageLocked ? plan.language : language}
          onChange={handleLanguage}
          disabled={plan.languageLocked}
        >
          {workbookLanguages.map((candidate) => (
            <Radio key={candidate} value={candidate} label={t(languageNameKeys[candidate])} />
          ))}
        </RadioGroup>
      </Field>
      <Checkbox
        checked={sample && !unavailable}
        disabled={unavailable !== null}
        onChange={handleSample}
        label={t("setup.sample.label", { customers })}
      />
      {unavailable && (
        <Caption1 className={styles.note}>
          {t("setup.sample.unavailable", { tables: unavailable.map((table) => t(tableNameKeys[table])).join(", ") })}
        </Caption1>
      )}
      {plan.sample.kind === "write" && plan.sample.resume && (
        <Caption1 className={styles.note}>{t("setup.sample.resume")}</Caption1>
      )}
    </div>
  );
}
