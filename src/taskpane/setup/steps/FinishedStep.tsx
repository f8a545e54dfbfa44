import { Button } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SetupResult } from "@excel/setup/setUpWorkbook";
import { SetupReportView } from "../SetupReportView";
import { useStepStyles } from "./useStepStyles";

export type FinishedStepProps = {
  result: SetupResult;
  /** Read the workbook again, for another run. */
  onAgain: () => void;
};

/** What set-up did, table by table, and the way back to the preview. */
export function FinishedStep({ result, onAgain }: FinishedStepProps) {
  const styles = useStepStyles();
  const { t } = useTranslation();
  return (
    <>
      <SetupReportView result={result} />
      <div className={styles.actions}>
        <Button onClick={onAgain}>{t("setup.report.again")}</Button>
      </div>
    </>
  );
}
