import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { filterProblems } from "@core/import/filterProblems";
import type { ImportProblemKind } from "@core/import/importProblem";
import { knownStageNames } from "@core/import/knownStageNames";
import { canWriteImport, reviewImport } from "@core/import/reviewImport";
import type { ValueField } from "@core/import/validateRows";
import { addedValues, fieldTable, knownFieldValues } from "@core/import/valueChoices";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ImportMode } from "@core/import/tableLayout";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";
import { languageFromOffice } from "@i18n/paneLanguage";
import { addTableKeys, addValueKeys, modeKeys, problemKindKeys, unknownValuesKey } from "@taskpane/import/importKeys";
import { paneColumnName } from "@taskpane/import/paneColumnName";
import { previewRows } from "@taskpane/import/previewRows";
import type { CheckedImport } from "@taskpane/import/useImportWizard";
import { ListFilter } from "@taskpane/shared/ListFilter";
import { PagedList } from "@taskpane/shared/PagedList";
import type { ImportWizardStep } from "./types";
import { UnknownValues } from "./UnknownValues";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  scroll: {
    overflowX: "auto",
  },
  // The preview is as wide as the table it previews: its cells keep to one line (so a value never
  // reads one character per line), the block scrolls sideways, and the first column stays put.
  previewTable: {
    width: "max-content",
    minWidth: "100%",
    tableLayout: "auto",
  },
  previewCell: {
    whiteSpace: "nowrap",
  },
  stickyCell: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  formula: {
    color: tokens.colorNeutralForeground3,
    fontStyle: "italic",
  },
  actions: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
  },
});

export type ReviewStepProps = {
  step: Extract<ImportWizardStep, { type: "review" }>;
  checked: CheckedImport;
  workbook: ImportWorkbook;
  onMode: (mode: ImportMode) => void;
  onStageChoice: (stage: string, choice: string) => void;
  /** The workbook's language: owners, tiers and methods are known in it. */
  language: WorkbookLanguage;
  onValueChoice: (field: ValueField, value: string, choice: string) => void;
  onConfirmAdd: (confirmed: boolean) => void;
  onConfirm: (confirmed: boolean) => void;
  onReplacePending: (replace: boolean) => void;
  onBack: () => void;
  onWrite: () => void;
};

const PREVIEW_ROWS = 5;
/** Longer preview values are cut (with …) so one long note does not make the preview a page wide. */
const PREVIEW_CHARS = 40;
const severityColor = { error: "danger", warning: "warning", info: "informative" } as const;

/** Step 3: where to write, unknown stages, the problems per row, a preview, and the confirmation. */
export function ReviewStep({
  step,
  checked,
  workbook,
  onMode,
  onStageChoice,
  language,
  onValueChoice,
  onConfirmAdd,
  onConfirm,
  onReplacePending,
  onBack,
  onWrite,
}: ReviewStepProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const paneLanguage = languageFromOffice(i18n.resolvedLanguage ?? i18n.language);
  const { plan, modes, mode } = checked;
  const { target, headerRow } = step.choices;
  const { stageChoices, confirmed, replacePending } = step.review;
  const valueChoices = step.review.valueChoices ?? {};
  const valueFields = (["Owner", "Tier", "Method", "Type", "Priority", "Status"] as const).filter(
    (field) => valueChoices[field] !== undefined,
  );
  // Reps to add to Team: written with the import once the user confirms (tiers are fixed A/B/C).
  const additions = (["Owner"] as const)
    .map((field) => ({ table: fieldTable[field], values: addedValues(valueChoices[field] ?? {}) }))
    .filter((entry) => entry.values.length > 0);
  const listSeparator = paneLanguage === "zh-CN" ? "、" : ", ";
  const { result, layout } = plan;
  const table = target;
  const pending = workbook.pending;
  const knownStages = knownStageNames(workbook.tables.Stages);
  const review = reviewImport(plan, {
    target,
    mode,
    hasStages: workbook.tables.Stages !== undefined,
    sheets: workbook.sheets,
    pending,
  });
  const { rows, needsStages, mustReplace, resumesFrom } = review;
  const [kind, setKind] = useState<ImportProblemKind>();
  const problems = useMemo(() => filterProblems(result.problems, kind), [result.problems, kind]);
  const blocking = review.blocking ?? 0;
  const alreadyThere = review.alreadyThere ?? 0;
  const canWrite =
    canWriteImport(review, { confirmed, replacePending }) &&
    (additions.length === 0 || step.review.addConfirmed === true);
  const below = step.source.values.slice(headerRow + 1);
  const preview = previewRows(layout, below, PREVIEW_ROWS, step.source.numberFormats?.slice(headerRow + 1));
  const columnName = (name: string) => paneColumnName(target, name, paneLanguage);
  const previewCell = (column: number, formula = false) =>
    mergeClasses(styles.previewCell, column === 0 && styles.stickyCell, formula && styles.formula);
  const cut = (text: string) => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text);

  const handleMode = (_event: unknown, data: { value: string }) => onMode(data.value as ImportMode);
  const handleConfirm = (_event: unknown, data: { checked: boolean | "mixed" }) => onConfirm(data.checked === true);
  const handleConfirmAdd = (_event: unknown, data: { checked: boolean | "mixed" }) =>
    onConfirmAdd(data.checked === true);
  const handleReplace = (_event: unknown, data: { checked: boolean | "mixed" }) =>
    onReplacePending(data.checked === true);
  const handleBack = () => onBack();
  const handleWrite = () => onWrite();

  return (
    <div className={styles.root}>
      <Field label={t("import.review.where")}>
        <RadioGroup value={mode} onChange={handleMode}>
          {modes.map((option) => (
            <Radio key={option} value={option} label={t(modeKeys[option], { table })} />
          ))}
        </RadioGroup>
      </Field>
      {workbook.tables[target] && <Caption1 className={styles.hint}>{t("import.review.exists", { table })}</Caption1>}
      {mode === "in-place" && <Caption1 className={styles.hint}>{t("import.review.inPlaceHint")}</Caption1>}
      {needsStages && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("import.review.needsStages")}</MessageBarBody>
        </MessageBar>
      )}

      <UnknownValues
        title={t("import.review.stagesTitle")}
        caption={t("import.review.stagesCaption")}
        fromLabel={t("import.review.stageFrom")}
        choices={stageChoices}
        known={knownStages}
        addLabel={t("import.review.addStage")}
        onChoice={onStageChoice}
      />
      {valueFields.map((field) => (
        <UnknownValues
          key={field}
          title={t(unknownValuesKey(target, field))}
          caption={t(unknownValuesKey(target, field))}
          fromLabel={t("import.review.valueFrom")}
          choices={valueChoices[field] ?? {}}
          known={knownFieldValues(field, workbook.tables, language, target) ?? []}
          // Only reps are added (to Team); tiers (fixed A/B/C) and methods are mapped or left.
          addLabel={field === "Owner" ? t(addValueKeys.Owner) : undefined}
          onChoice={(value, choice) => onValueChoice(field, value, choice)}
        />
      ))}

      <Subtitle2 as="h3">{t("import.review.problemsTitle")}</Subtitle2>
      {review.problemCounts.length === 0 ? (
        <Body1>{t("import.review.noProblems")}</Body1>
      ) : (
        <>
          <div className={styles.counts}>
            {review.problemCounts.map(({ kind, count, severity }) => (
              <Badge key={kind} appearance="tint" color={severityColor[severity]}>
                {t(problemKindKeys[kind])}: {count}
              </Badge>
            ))}
          </div>
          <PagedList
            items={problems}
            label={t("import.review.problemsTitle")}
            resetKey={kind ?? ""}
            filters={
              <ListFilter
                label={t("import.review.problemKind")}
                value={kind}
                choices={review.problemCounts.map((entry) => ({
                  value: entry.kind,
                  text: t("import.review.kindCount", {
                    kind: t(problemKindKeys[entry.kind]),
                    total: new Intl.NumberFormat(paneLanguage).format(entry.count),
                  }),
                }))}
                onChange={setKind}
              />
            }
          >
            {(page) => (
              <div className={styles.scroll}>
                <Table size="small" aria-label={t("import.review.problemsCaption")}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t("import.review.row")}</TableHeaderCell>
                      <TableHeaderCell>{t("import.review.column")}</TableHeaderCell>
                      <TableHeaderCell>{t("import.review.problem")}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {page.map((problem, index) => (
                      <TableRow key={index}>
                        <TableCell>{problem.row}</TableCell>
                        <TableCell>{columnName(problem.column)}</TableCell>
                        <TableCell>{paneLanguage === "zh-CN" ? problem.message.zh : problem.message.en}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </PagedList>
        </>
      )}

      <Subtitle2 as="h3">{t("import.review.previewTitle")}</Subtitle2>
      <div className={styles.scroll}>
        <Table size="small" className={styles.previewTable} aria-label={t("import.review.previewCaption")}>
          <TableHeader>
            <TableRow>
              {layout.headers.map((header, index) => (
                <TableHeaderCell key={index} className={previewCell(index)}>
                  {columnName(header)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.map((row, r) => (
              <TableRow key={r}>
                {row.map((cell, c) => (
                  <TableCell
                    key={c}
                    className={previewCell(c, cell.formula)}
                    title={cell.text.length > PREVIEW_CHARS ? cell.text : undefined}
                  >
                    {cell.formula ? t("import.review.formula") : cut(cell.text)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <Body1>{t("import.review.rowsToWrite", { rows })}</Body1>
      {(review.updates ?? 0) > 0 && <Body1>{t("import.duplicates.reviewUpdates", { count: review.updates })}</Body1>}
      {alreadyThere > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("import.review.alreadyThere", { count: alreadyThere, table })}</MessageBarBody>
        </MessageBar>
      )}
      {blocking > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("import.review.blocked", { count: blocking })}</MessageBarBody>
        </MessageBar>
      )}
      {resumesFrom > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("import.review.resumes", { from: resumesFrom + 1, total: rows })}</MessageBarBody>
        </MessageBar>
      )}
      {mustReplace && pending && (
        <Checkbox
          checked={replacePending}
          onChange={handleReplace}
          label={t("import.review.replace", {
            what:
              pending.mode === "new-sheet"
                ? t("import.review.replaceSheet", { sheet: pending.sheet })
                : t("import.review.replaceRows", { done: pending.done, table: pending.target }),
          })}
        />
      )}
      {additions.length > 0 && (
        <Checkbox
          checked={step.review.addConfirmed === true}
          onChange={handleConfirmAdd}
          label={t("import.review.confirmAdd", {
            what: additions
              .map(({ table, values }) =>
                t("import.review.addTo", {
                  table: t(addTableKeys[table]),
                  values: values.join(listSeparator),
                }),
              )
              .join(paneLanguage === "zh-CN" ? "；" : "; "),
          })}
        />
      )}
      {mode === "append" && (
        <Checkbox
          checked={confirmed}
          onChange={handleConfirm}
          label={t("import.review.confirmAppend", { rows, table })}
        />
      )}
      {mode === "in-place" && (
        <Checkbox
          checked={confirmed}
          onChange={handleConfirm}
          label={t("import.review.confirmInPlace", { sheet: step.source.sheet ?? "" })}
        />
      )}
      <div className={styles.actions}>
        <Button onClick={handleBack}>{t("common.back")}</Button>
        <Button appearance="primary" onClick={handleWrite} disabled={!canWrite}>
          {t("import.review.write", { rows })}
        </Button>
      </div>
    </div>
  );
}
