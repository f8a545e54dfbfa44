import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { WriteProgress } from "@excel/write/writeInChunks";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalM,
  },
  bar: {
    alignSelf: "stretch",
  },
});

export type ProgressStepProps = {
  progress: WriteProgress;
  onCancel: () => void;
};

/** Step 4: rows written so far (updated after each chunk) and a cancel button. */
export function ProgressStep({ progress, onCancel }: ProgressStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { done, total } = progress;
  const handleCancel = () => onCancel();
  return (
    <div className={styles.root}>
      <Field
        className={styles.bar}
        label={t("import.writing.title")}
        validationMessage={t("import.writing.progress", { done, total })}
        validationState="none"
      >
        <ProgressBar value={total === 0 ? 0 : done / total} max={1} />
      </Field>
      <Button onClick={handleCancel}>{t("common.cancel")}</Button>
    </div>
  );
}
