import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SetupProgress } from "@excel/setup/setUpWorkbook";
import { setupPhaseKeys } from "./setupKeys";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
  bar: {
    alignSelf: "stretch",
  },
});

export type SetupRunProgressProps = {
  progress: SetupProgress | null;
  onCancel: () => void;
};

/** The write in progress: a progress bar (rows done of total while adding rows) and Cancel. */
export function SetupRunProgress({ progress, onCancel }: SetupRunProgressProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const phase = progress?.phase ?? "tables";
  const label =
    phase === "rows"
      ? t("setup.progress.rows", { done: progress!.done.toLocaleString(), total: progress!.total.toLocaleString() })
      : t(setupPhaseKeys[phase]);
  const value = phase === "rows" && progress!.total > 0 ? progress!.done / progress!.total : undefined;
  const handleCancel = () => onCancel();
  return (
    <div className={styles.root}>
      <Field className={styles.bar} label={label}>
        <ProgressBar value={value} max={1} aria-label={label} />
      </Field>
      <Button onClick={handleCancel} disabled={phase === "finishing"}>
        {t("common.cancel")}
      </Button>
    </div>
  );
}
