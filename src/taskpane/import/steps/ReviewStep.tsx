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
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ImportProblemKind } from "@core/import/importProblem";
import type { ImportMode } from "@core/import/tableLayout";
import { languageFromOffice } from "@i18n/paneLanguage";
import { previewRows } from "../previewRows";
import { ADD_STAGE, type ImportWizard } from "../useImportWizard";

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
  wizard: ImportWizard;
};

const PREVIEW_ROWS = 5;
const LISTED_PROBLEMS = 50;
const kinds: readonly ImportProblemKind[] = [
  "missing-required",
  "bad-date",
  "bad-number",
  "unknown-stage",
  "duplicate-name",
  "duplicate-phone",
  "number-as-text",
  "formula-text",
];
const severityColor = { error: "danger", warning: "warning", info: "informative" } as const;

/** Step 3: where to write, unknown stages, the problems per row, a preview, and the confirmation. */
export function ReviewStep({ wizard }: ReviewStepProps) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const paneLanguage = languageFromOffice(i18n.resolvedLanguage ?? i18n.language);
  const { plan, target, mode, workbook } = wizard;
  if (!plan || !workbook) return null;
  const { result, layout } = plan;
  const table = target;
  const rows = layout.rows.length;
  const pending = workbook.pending;
  const knownStages = (workbook.tables.Stages?.rows ?? [])
    .map((row) => row[workbook.tables.Stages?.columns.Stage ?? -1])
    .filter((s): s is string => typeof s === "string" && s !== "");
  const needsStages = target === "Deals" && !workbook.tables.Stages;
  const mustReplace =
    wizard.resumesFrom === 0 &&
    pending !== null &&
    pending.done > 0 &&
    ((mode === "new-sheet" && pending.mode === "new-sheet" && workbook.sheets.includes(pending.sheet)) ||
      (mode === "append" && pending.mode === "append" && pending.target === target));
  const needsConfirm = mode !== "new-sheet";
  const canWrite =
    rows > 0 && !needsStages && (!needsConfirm || wizard.confirmed) && (!mustReplace || wizard.replacePending);
  const counts = kinds
    .map((kind) => ({ kind, count: result.problems.filter((p) => p.kind === kind).length }))
    .filter((entry) => entry.count > 0);
  const below = wizard.source?.values.slice(wizard.headerRow + 1);
  const preview = previewRows(layout, below, PREVIEW_ROWS);

  const handleMode = (_event: unknown, data: { value: string }) => {
    wizard.setMode(data.value as ImportMode);
    wizard.setConfirmed(false);
  };
  const handleStage = (stage: string) => (event: ChangeEvent<HTMLSelectElement>) =>
    wizard.setStageChoice(stage, event.target.value);
  const handleConfirm = (_event: unknown, data: { checked: boolean | "mixed" }) =>
    wizard.setConfirmed(data.checked === true);
  const handleReplace = (_event: unknown, data: { checked: boolean | "mixed" }) =>
    wizard.setReplacePending(data.checked === true);
  const handleBack = () => wizard.goTo("mapping");
  const handleWrite = () => wizard.write();

  return (
    <div className={styles.root}>
      <Field label={t("import.review.where")}>
        <RadioGroup value={mode} onChange={handleMode}>
          {wizard.modes.map((option) => (
            <Radio
              key={option}
              value={option}
              label={t(
                option === "new-sheet"
                  ? "import.review.newSheet"
                  : option === "append"
                    ? "import.review.append"
                    : "import.review.inPlace",
                { table },
              )}
            />
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

      {Object.keys(wizard.stageChoices).length > 0 && (
        <>
          <Subtitle2 as="h3">{t("import.review.stagesTitle")}</Subtitle2>
          <Table size="small" aria-label={t("import.review.stagesCaption")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("import.review.stageFrom")}</TableHeaderCell>
                <TableHeaderCell>{t("import.review.stageTo")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {Object.entries(wizard.stageChoices).map(([stage, choice]) => (
                <TableRow key={stage}>
                  <TableCell>{stage}</TableCell>
                  <TableCell>
                    <Select aria-label={stage} value={choice} onChange={handleStage(stage)}>
                      <option value={ADD_STAGE}>{t("import.review.addStage")}</option>
                      {knownStages.map((known) => (
                        <option key={known} value={known}>
                          {known}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}

      <Subtitle2 as="h3">{t("import.review.problemsTitle")}</Subtitle2>
      {counts.length === 0 ? (
        <Body1>{t("import.review.noProblems")}</Body1>
      ) : (
        <>
          <div className={styles.counts}>
            {counts.map(({ kind, count }) => (
              <Badge
                key={kind}
                appearance="tint"
                color={severityColor[result.problems.find((p) => p.kind === kind)?.severity ?? "info"]}
              >
                {t(`import.review.kinds.${kind}`)}: {count}
              </Badge>
            ))}
          </div>
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
                {result.problems.slice(0, LISTED_PROBLEMS).map((problem, index) => (
                  <TableRow key={index}>
                    <TableCell>{problem.row}</TableCell>
                    <TableCell>{problem.column}</TableCell>
                    <TableCell>{paneLanguage === "zh-CN" ? problem.message.zh : problem.message.en}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {result.problems.length > LISTED_PROBLEMS && (
            <Caption1>{t("import.review.moreProblems", { count: result.problems.length - LISTED_PROBLEMS })}</Caption1>
          )}
        </>
      )}

      <Subtitle2 as="h3">{t("import.review.previewTitle")}</Subtitle2>
      <div className={styles.scroll}>
        <Table size="small" aria-label={t("import.review.previewCaption")}>
          <TableHeader>
            <TableRow>
              {layout.headers.map((header, index) => (
                <TableHeaderCell key={index}>{header}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.map((row, r) => (
              <TableRow key={r}>
                {row.map((cell, c) => (
                  <TableCell key={c} className={cell.formula ? styles.formula : undefined}>
                    {cell.formula ? t("import.review.formula") : cell.text}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <Body1>{t("import.review.rowsToWrite", { rows })}</Body1>
      {wizard.resumesFrom > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t("import.review.resumes", { from: wizard.resumesFrom + 1, total: rows })}</MessageBarBody>
        </MessageBar>
      )}
      {mustReplace && pending && (
        <Checkbox
          checked={wizard.replacePending}
          onChange={handleReplace}
          label={t("import.review.replace", {
            what:
              pending.mode === "new-sheet"
                ? t("import.review.replaceSheet", { sheet: pending.sheet })
                : t("import.review.replaceRows", { done: pending.done, table: pending.target }),
          })}
        />
      )}
      {mode === "append" && (
        <Checkbox
          checked={wizard.confirmed}
          onChange={handleConfirm}
          label={t("import.review.confirmAppend", { rows, table })}
        />
      )}
      {mode === "in-place" && (
        <Checkbox
          checked={wizard.confirmed}
          onChange={handleConfirm}
          label={t("import.review.confirmInPlace", { sheet: wizard.source?.sheet ?? "" })}
        />
      )}
      <div className={styles.actions}>
        <Button onClick={handleBack}>{t("import.review.back")}</Button>
        <Button appearance="primary" onClick={handleWrite} disabled={!canWrite}>
          {t("import.review.write", { rows })}
        </Button>
      </div>
    </div>
  );
}
