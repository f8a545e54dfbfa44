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
import { csvEncodingChoices, type CsvEncodingChoice } from "@core/import/readCsvBytes";
import { encodingChoiceKeys, encodingKeys } from "@taskpane/import/importKeys";
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

/** Lines named in a message before "and N more". */
const NAMED_LINES = 10;

const AUTO = "auto";

export type SourceStepProps = {
  /** The workbook's sheets, for the "a whole sheet" source. */
  sheets: readonly string[];
  /** A source is being read. */
  busy: boolean;
  onReadSelection: () => void;
  onReadSheet: (sheet: string) => void;
  onLoadCsv: (file: CsvFile) => void;
};

/**
 * Step 1: where the rows come from — the selection, a whole sheet, or a CSV file. A CSV file is
 * read in the detected encoding or the one the user chooses; a file with lines that do not fit
 * its encoding is held here, naming them, until the user chooses another encoding or goes on;
 * binary data is refused.
 */
export function SourceStep({ sheets, busy, onReadSelection, onReadSheet, onLoadCsv }: SourceStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [kind, setKind] = useState<SourceKind>("selection");
  const [sheet, setSheet] = useState(sheets[0] ?? "");
  const [csvError, setCsvError] = useState<string>();
  const [empty, setEmpty] = useState(false);
  const [binary, setBinary] = useState(false);
  const [picked, setPicked] = useState<File>();
  const [encoding, setEncoding] = useState<CsvEncodingChoice>();
  /** A file read with lines that do not fit its encoding, held until the user chooses or goes on. */
  const [doubtful, setDoubtful] = useState<CsvFile>();
  const fileId = useId();
  const encodingId = useId();

  const handleKindChange = (_event: unknown, data: { value: string }) => setKind(data.value as SourceKind);
  const handleSheetChange = (event: ChangeEvent<HTMLSelectElement>) => setSheet(event.target.value);
  const handleRead = () => {
    if (kind === "selection") onReadSelection();
    else onReadSheet(sheet || sheets[0]);
  };
  const read = (file: File, choice: CsvEncodingChoice | undefined) => {
    setCsvError(undefined);
    setEmpty(false);
    setBinary(false);
    setDoubtful(undefined);
    readCsvFile(file, choice)
      .then((csv) => {
        if ("unreadable" in csv) setBinary(true);
        else if (csv.rows.length === 0) setEmpty(true);
        else if ((csv.suspectLines?.length ?? 0) > 0) setDoubtful(csv);
        else onLoadCsv(csv);
      })
      .catch((error: unknown) => setCsvError(error instanceof Error ? error.message : String(error)));
  };
  const handleFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setPicked(file);
    read(file, encoding);
  };
  const handleEncoding = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    const choice = csvEncodingChoices.find((c) => c === value);
    setEncoding(choice);
    if (picked) read(picked, choice);
  };
  const handleContinue = () => {
    if (doubtful) onLoadCsv(doubtful);
  };
  const suspect = doubtful?.suspectLines ?? [];
  const named = suspect.slice(0, NAMED_LINES).join(", ");
  const lines =
    suspect.length > NAMED_LINES
      ? t("import.source.more", { lines: named, count: suspect.length - NAMED_LINES })
      : named;
  const doubtfulEncoding = doubtful ? t(encodingKeys[doubtful.encoding]) : "";

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
          <Label htmlFor={encodingId}>{t("import.source.encodingLabel")}</Label>
          <Select id={encodingId} value={encoding ?? AUTO} onChange={handleEncoding}>
            <option value={AUTO}>{t("import.source.encodingAuto")}</option>
            {csvEncodingChoices.map((choice) => (
              <option key={choice} value={choice}>
                {t(encodingChoiceKeys[choice])}
              </option>
            ))}
          </Select>
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
      {binary && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("import.source.binary")}</MessageBarBody>
        </MessageBar>
      )}
      {doubtful && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {doubtful.bomMismatch && !doubtful.chosen
                ? t("import.source.bomMismatch", { lines, encoding: doubtfulEncoding })
                : t("import.source.suspect", { lines, encoding: doubtfulEncoding })}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button onClick={handleContinue}>{t("import.source.continue")}</Button>
          </div>
        </>
      )}
      {empty && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("import.source.empty")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
