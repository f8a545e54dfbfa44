import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SetupPlan } from "@core/setup/planSetup";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { SetupOptions } from "../SetupOptions";
import { SetupPreviewTable } from "../SetupPreviewTable";
import { useStepStyles } from "./useStepStyles";

export type ReadyStepProps = {
  plan: SetupPlan;
  sampleOffer: SetupPlan["sample"];
  language: WorkbookLanguage;
  sample: boolean;
  onLanguageChange: (language: WorkbookLanguage) => void;
  onSampleChange: (sample: boolean) => void;
  onRun: () => void;
};

/** The preview: the choices, per table what set-up will do, and the button that runs it. */
export function ReadyStep({ plan, onRun, ...options }: ReadyStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  return (
    <>
      <SetupOptions plan={plan} {...options} />
      <SetupPreviewTable plan={plan} />
      {!plan.hasWork && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("setup.nothingToDo")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRun} disabled={!plan.hasWork}>
          {t("setup.run")}
        </Button>
      </div>
    </>
  );
}
