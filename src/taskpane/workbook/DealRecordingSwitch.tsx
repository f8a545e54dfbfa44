import { Body1, Caption1, Spinner, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ExcelFailure } from "@excel/excelFailure";
import type { RecordingService, RecordingStatus } from "@excel/pipeline/history/dealRecording";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import { useLatestRead } from "@taskpane/services/useLatestRead";

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
  const [failure, setFailure] = useState<ExcelFailure>();
  const [busy, setBusy] = useState(true);
  useLatestRead({
    read: () => recording.read(),
    start: () => setBusy(true),
    land: (result) => {
      setBusy(false);
      if (result.ok) {
        setStatus(result.value);
        setFailure(undefined);
      } else setFailure(result.error);
    },
  });

  const handleChange = async (_: ChangeEvent<HTMLInputElement>, data: { checked: boolean }) => {
    setBusy(true);
    const result = await recording.turn(data.checked);
    setBusy(false);
    if (result.ok) {
      setStatus(result.value);
      setFailure(undefined);
    } else setFailure(result.error);
  };

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
