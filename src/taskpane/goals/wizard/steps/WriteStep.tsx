import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { TranslationKey } from "@i18n/translationKey";
import { ExcelFailureBar } from "@taskpane/shared/ExcelFailureBar";
import type { WritePhase } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, alignItems: "flex-start" },
});

export type WriteStepProps = {
  /** The Targets rows the plans make. */
  rowCount: number;
  /** The levels of time written (granularitiesOf). */
  granularities: readonly Granularity[];
  write: WritePhase;
  /** Write the rows; `replace` once the manager agreed to replace rows of the same metric and year. */
  onWrite: (replace: boolean) => void;
  /** Keep the rows there: back to before the write. */
  onCancel: () => void;
};

/** The strings key naming the levels of time written. */
function levelsKey(granularities: readonly Granularity[]): TranslationKey {
  if (granularities.includes("week")) return "goals.write.levelsWeeks";
  if (granularities.includes("year")) return "goals.write.levels";
  return granularities.includes("quarter") ? "goals.write.levelsQuarter" : "goals.write.levelsMonths";
}

/** Step 6: write the Targets rows (asking before replacing rows of the same metric and periods). */
export function WriteStep({ rowCount, granularities, write, onWrite, onCancel }: WriteStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const writing = write.phase === "writing";
  return (
    <div className={styles.root}>
      <Body1>
        {t("goals.write.summary", {
          rows: rowCount,
          levels: t(levelsKey(granularities)),
        })}
      </Body1>
      <Button appearance="primary" disabled={writing || write.phase === "confirm"} onClick={() => onWrite(false)}>
        {t("goals.write.button")}
      </Button>
      {writing && write.progress && (
        <ProgressBar
          value={write.progress.total === 0 ? 0 : write.progress.done / write.progress.total}
          aria-label={t("goals.write.writing", write.progress)}
        />
      )}
      {write.phase === "confirm" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("goals.write.confirmTitle")}</MessageBarTitle>
            {t("goals.write.confirm", { rows: write.replacing })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => onWrite(true)}>{t("goals.write.replace")}</Button>
            <Button onClick={onCancel}>{t("common.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {write.phase === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {write.outcome.cancelled
              ? t("goals.write.cancelled", { rows: write.outcome.added })
              : write.outcome.replaced > 0
                ? t("goals.write.doneReplaced", {
                    rows: write.outcome.added,
                    sheet: write.outcome.sheet,
                    replaced: write.outcome.replaced,
                  })
                : t("goals.write.done", { rows: write.outcome.added, sheet: write.outcome.sheet })}
          </MessageBarBody>
        </MessageBar>
      )}
      {write.phase === "failed" && <ExcelFailureBar failure={write.failure} />}
    </div>
  );
}
