import { Body1, Caption1, Spinner, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ExcelFailure } from "@excel/excelFailure";
import type { RecordingService, RecordingStatus } from "@excel/pipeline/history/dealRecording";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  facts: {
    display: "flex",
    flexDirection: "column",
    color: tokens.colorNeutralForeground2,
  },
});

export type DealRecordingSwitchProps = {
  /** The recording operations (the Workbook area renders this only where the service has them). */
  recording: RecordingService;
};

/**
 * The switch that makes this workbook load SalesGrid when it opens and record deal changes, with
 * whether this Excel records now and the counts: history rows, deals without a DealID.
 */
export function DealRecordingSwitch({ recording }: DealRecordingSwitchProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const titleId = useId();
  const [status, setStatus] = useState<RecordingStatus>();
  const [readFailure, setReadFailure] = useState<ExcelFailure>();
  const [reading, setReading] = useState(true);
  useLatestRead({
    read: () => recording.read(),
    start: () => setReading(true),
    land: (result) => {
      setReading(false);
      if (result.ok) {
        setStatus(result.value);
        setReadFailure(undefined);
      } else setReadFailure(result.error);
    },
  });
  const turn = useWorkbookAction((_controls, on: boolean) => recording.turn(on));

  const handleChange = async (_: ChangeEvent<HTMLInputElement>, data: { checked: boolean }) => {
    const result = await turn.run(data.checked);
    if (result.ok) {
      setStatus(result.value);
      setReadFailure(undefined);
    }
  };

  const busy = reading || turn.running;
  // The switch is off while the first read runs, so a turn's failure is always the newer one.
  const failure = turn.failure ?? readFailure;
  const unsupported = status?.startup === "unsupported";
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {t("workbook.recording.title")}
      </Subtitle2>
      <Switch
        label={t("workbook.recording.label")}
        checked={status?.startup === "load"}
        disabled={busy || unsupported || !status}
        onChange={handleChange}
      />
      <Body1>{t("workbook.recording.hint")}</Body1>
      {busy && <Spinner size="extra-tiny" />}
      {failure && <ExcelFailureBar failure={failure} />}
      {status && (
        <div className={styles.facts}>
          <Caption1>
            {unsupported
              ? t("workbook.recording.unsupported")
              : status.running
                ? t("workbook.recording.running")
                : t("workbook.recording.stopped")}
          </Caption1>
          <Caption1>{t("workbook.recording.historyRows", { count: status.historyRows })}</Caption1>
          {status.withoutId !== null && status.withoutId > 0 && (
            <Caption1>{t("workbook.recording.withoutId", { count: status.withoutId })}</Caption1>
          )}
        </div>
      )}
    </section>
  );
}
