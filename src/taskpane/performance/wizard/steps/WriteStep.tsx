import { Button, Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useStepStyles } from "./useStepStyles";

export type WriteStepProps = {
  /** The plan has problems: nothing may be written. */
  blocked: boolean;
  writing: boolean;
  onWrite: () => void;
};

/** The Write button, with a spinner while the scorecard is written. */
export function WriteStep({ blocked, writing, onWrite }: WriteStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" disabled={blocked || writing} onClick={onWrite}>
        {t("performance.wizard.write")}
      </Button>
      {writing && <Spinner size="tiny" label={t("performance.wizard.writing")} />}
    </div>
  );
}
