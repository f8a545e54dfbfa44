import {
  Button,
  Caption1,
  Field,
  Label,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { SourceKind } from "@core/import/importSource";
import { readCsvFile, type CsvFile } from "@taskpane/import/readCsvFile";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
  file: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
});

export type SourceStepProps = {
  /** The workbook's sheets, for the "a whole sheet" source. */
  sheets: readonly string[];
  /** A source is being read. */
  busy: boolean;
  onReadSelection: () => void;
  onReadSheet: (sheet: string) => void;
  onLoadCsv: (file: CsvFile) => void;
};

/** Step 1: where the rows come from — the selection, a whole sheet, or a CSV file. */
export function SourceStep({ sheets, busy, onReadSelection, onReadSheet, onLoadCsv }: SourceStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [kind, setKind] = useState<SourceKind>("selection");
  const [sheet, setSheet] = useState(sheets[0] ?? "");
  const [csvError, setCsvError] = useState<string>();
  const [empty, setEmpty] = useState(false);
  const fileId = useId();

  const handleKindChange = (_event: unknown, data: { value: string }) => setKind(data.value as SourceKind);
  const handleSheetChange = (event: ChangeEvent<HTMLSelectElement>) => setSheet(event.target.value);
  const handleRead = () => {
    if (kind === "selection") onReadSelection();
    else onReadSheet(sheet || sheets[0]);
  };
  const handleFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setCsvError(undefined);
    setEmpty(false);
    readCsvFile(file)
      .then((csv) => {
        if (csv.rows.length === 0) setEmpty(true);
        else onLoadCsv(csv);
      })
      .catch((error: unknown) => setCsvError(error instanceof Error ? error.message : String(error)));
  };

  return (
    <div className={styles.root}>
      <Field label={t("import.source.legend")}>
        <RadioGroup value={kind} onChange={handleKindChange}>
          <Radio value="selection" label={t("import.source.selection")} />
          <Radio value="sheet" label={t("import.source.sheet")} />
          <Radio value="csv" label={t("import.source.csv")} />
        </RadioGroup>
      </Field>
      {kind === "selection" && <Caption1 className={styles.hint}>{t("import.source.selectionHint")}</Caption1>}
      {kind === "sheet" && (
        <Field label={t("import.source.sheetLabel")}>
          <Select value={sheet || sheets[0]} onChange={handleSheetChange}>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {kind === "csv" ? (
        <div className={styles.file}>
          <Label htmlFor={fileId}>{t("import.source.csvLabel")}</Label>
          <input id={fileId} type="file" accept=".csv,.txt,.tsv,text/csv" onChange={handleFile} />
        </div>
      ) : (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            onClick={handleRead}
            disabled={busy || (kind === "sheet" && sheets.length === 0)}
          >
            {busy ? t("import.source.reading") : t("import.source.read")}
          </Button>
        </div>
      )}
      {csvError && (
        <MessageBar intent="error">
          <MessageBarBody>{t("import.source.csvFailed", { message: csvError })}</MessageBarBody>
        </MessageBar>
      )}
      {empty && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("import.source.empty")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
