import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { importColumns, importTargets, type ImportTarget } from "@core/import/importColumns";
import type { ImportSource } from "@core/import/importSource";
import { missingRequired } from "@core/import/requiredColumns";
import { tableSpec } from "@core/workbook/schema";
import { languageFromOffice } from "@i18n/paneLanguage";
import { widestRow } from "@core/cells/widestRow";
import { encodingKeys, targetKeys } from "@taskpane/import/importKeys";
import { displayCell } from "@taskpane/import/previewRows";
import type { MappingChoices } from "./types";
import { usePaneSelectStyles } from "@taskpane/shared/usePaneSelectStyles";

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
  // One entry per column of the user's list, stacked: a table of header, sample and choice did
  // not fit a 320 px pane.
  columns: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export type MappingStepProps = {
  source: ImportSource;
  choices: MappingChoices;
  onHeaderRow: (row: number) => void;
  onTarget: (target: ImportTarget) => void;
  onColumn: (index: number, key: string | null) => void;
  onBack: () => void;
  onNext: () => void;
};

const EXTRA = "";
const SEARCH_ROWS = 20;

function short(cell: Cell, format?: string, length = 40): string {
  const text = isEmpty(cell) ? "" : displayCell(cell, format);
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Step 2: which table, which row holds the headers, and where each of the user's columns goes. */
export function MappingStep({ source, choices, onHeaderRow, onTarget, onColumn, onBack, onNext }: MappingStepProps) {
  const styles = useStyles();
  const selects = usePaneSelectStyles();
  const { t, i18n } = useTranslation();
  const paneLanguage = languageFromOffice(i18n.resolvedLanguage ?? i18n.language);
  const columnsId = useId();
  const { headerRow, target, mapping } = choices;
  const values = source.values;
  const headers = values[headerRow] ?? [];
  const width = widestRow(values.slice(headerRow + 1, headerRow + 50), headers.length);
  const columns = importColumns(target);
  const missing = missingRequired(mapping, target);
  const top = source.top;
  const sampleRow = values[headerRow + 1] ?? [];
  const sampleFormats = source.numberFormats?.[headerRow + 1] ?? [];

  const handleTarget = (event: ChangeEvent<HTMLSelectElement>) => onTarget(event.target.value as ImportTarget);
  const handleHeaderRow = (event: ChangeEvent<HTMLSelectElement>) => onHeaderRow(Number(event.target.value));
  const handleColumn = (index: number) => (event: ChangeEvent<HTMLSelectElement>) =>
    onColumn(index, event.target.value === EXTRA ? null : event.target.value);
  const handleBack = () => onBack();
  const handleNext = () => onNext();

  const label = (index: number) =>
    isEmpty(headers[index]) ? t("import.mapping.unnamed", { number: index + 1 }) : String(headers[index]);

  return (
    <div className={styles.root}>
      <Caption1>
        {source.encoding
          ? t("import.source.csvRead", {
              rows: values.length,
              name: source.name,
              encoding: t(encodingKeys[source.encoding]),
            })
          : t("import.source.readFrom", { rows: values.length, name: source.name })}
      </Caption1>
      {choices.savedOn && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("import.mapping.saved", { date: choices.savedOn })}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t("import.mapping.target")}>
        <Select value={target} onChange={handleTarget}>
          {importTargets.map((option) => (
            <option key={option} value={option}>
              {t(targetKeys[option])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("import.mapping.headerRow")}>
        <Select className={selects.select} value={String(headerRow)} onChange={handleHeaderRow}>
          {values.slice(0, SEARCH_ROWS).map((row, index) => (
            <option key={index} value={index}>
              {t("import.mapping.headerRowOption", {
                row: top + index + 1,
                cells: row
                  .map((cell, column) => short(cell, source.numberFormats?.[index]?.[column], 20))
                  .filter((text) => text !== "")
                  .slice(0, 3)
                  .join(", "),
              })}
            </option>
          ))}
        </Select>
      </Field>
      <Subtitle2 as="h3" id={columnsId}>
        {t("import.mapping.columnsCaption")}
      </Subtitle2>
      <ul className={styles.columns} aria-labelledby={columnsId}>
        {Array.from({ length: width }, (_, index) => {
          const sample = short(sampleRow[index] ?? null, sampleFormats[index]);
          return (
            <li key={index}>
              <Field
                label={label(index)}
                hint={sample === "" ? t("import.mapping.noSample") : t("import.mapping.sample", { value: sample })}
              >
                <Select className={selects.select} value={mapping[index] ?? EXTRA} onChange={handleColumn(index)}>
                  <option value={EXTRA}>{t("import.mapping.extra")}</option>
                  {columns.map((column) => (
                    <option key={column.key} value={column.key}>
                      {column.header[paneLanguage]}
                    </option>
                  ))}
                </Select>
              </Field>
            </li>
          );
        })}
      </ul>
      {missing.map((group) => (
        <MessageBar key={group.join()} intent="warning">
          <MessageBarBody>
            {t("import.mapping.missing", {
              what: group
                .map((key) => tableSpec(target).columns.find((c) => c.key === key)?.header[paneLanguage] ?? key)
                .join(" / "),
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.actions}>
        <Button onClick={handleBack}>{t("common.back")}</Button>
        <Button appearance="primary" onClick={handleNext} disabled={missing.length > 0}>
          {t("import.mapping.next")}
        </Button>
      </div>
    </div>
  );
}
