import {
  Body1,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { isoDate } from "@core/cells/isoDate";
import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import {
  duplicatePolicies,
  matchKeyColumns,
  matchKeys,
  usableMatchKeys,
  type DuplicatePolicy,
  type MatchKey,
  type RowUpdate,
} from "@core/import/matchImport";
import { tableSpec } from "@core/workbook/schema";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { matchKeyKeys, policyKeys, targetKeys } from "@taskpane/import/importKeys";
import type { CheckedImport } from "@taskpane/import/useImportWizard";
import { PagedList } from "@taskpane/shared/PagedList";
import { RejectedRowsAction } from "./RejectedRowsAction";
import type { ImportWizardStep } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  updates: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type DuplicatesStepProps = {
  step: Extract<ImportWizardStep, { type: "duplicates" }>;
  checked: CheckedImport;
  /** The workbook's language: the table's column names are shown in it. */
  language: WorkbookLanguage;
  onPolicy: (policy: DuplicatePolicy) => void;
  onKey: (key: MatchKey) => void;
  onBack: () => void;
  onNext: () => void;
};

/** A value as the preview shows it: dates as dates, empty as "(empty)". */
function shownValue(value: Cell, kind: string | undefined, empty: string): string {
  if (isEmpty(value)) return empty;
  if (kind === "date" && typeof value === "number") return isoDate(value);
  return String(value);
}

/**
 * Step 3 of an append into a table that has rows: what to do with the rows of the list that match
 * one of the table's — skip them, update the existing rows, or add them anyway — and what they
 * are matched by (ID, company, phone, company and contact; the keys whose columns the list maps).
 * It counts the matches from the plan and, for Update, lists each field that will change
 * (old → new) before anything is written; the rows left out can be copied to a sheet here too.
 */
export function DuplicatesStep({ step, checked, language, onPolicy, onKey, onBack, onNext }: DuplicatesStepProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { target, mapping } = step.choices;
  const match = step.review.match!;
  const mapped = mapping.filter((key): key is string => key !== null);
  const usable = usableMatchKeys(target, mapped);
  const keys = usable.length > 0 ? usable : matchKeys(target);
  const { plan } = checked;
  const matches = plan.matches;
  const table = t(targetKeys[target]);
  const specs = tableSpec(target).columns;
  const columnName = (key: string) => specs.find((spec) => spec.key === key)?.header[language] ?? key;
  const kindOf = (key: string) => specs.find((spec) => spec.key === key)?.kind;
  const handlePolicy = (_: unknown, data: { value: string }) => onPolicy(data.value as DuplicatePolicy);
  const handleKey = (event: ChangeEvent<HTMLSelectElement>) => onKey(event.target.value as MatchKey);
  const missing = usable.includes(match.key)
    ? undefined
    : matchKeyColumns(target, match.key).map(columnName).join(" / ");
  const updates: readonly RowUpdate[] = matches?.updates ?? [];

  return (
    <div className={styles.root}>
      <Body1>{t("import.duplicates.intro", { table })}</Body1>
      <Field label={t("import.duplicates.policy")}>
        <RadioGroup value={match.policy} onChange={handlePolicy}>
          {duplicatePolicies(target).map((policy) => (
            <Radio key={policy} value={policy} label={t(policyKeys[policy])} />
          ))}
        </RadioGroup>
      </Field>
      {match.policy !== "add" && (
        <Field
          label={t("import.duplicates.key")}
          hint={missing ? t("import.duplicates.noKey", { what: missing }) : undefined}
        >
          <Select value={match.key} onChange={handleKey}>
            {keys.map((key) => (
              <option key={key} value={key}>
                {key === "row"
                  ? // The columns a row is known by differ per table (a deal's customer, owner, amount
                    // and created date; an installment's contract, installment, customer, due date and amount).
                    t(matchKeyKeys.row, {
                      columns: matchKeyColumns(target, "row")
                        .map(columnName)
                        .join(language === "zh-CN" ? "、" : ", "),
                    })
                  : t(matchKeyKeys[key])}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {match.policy === "add" || !matches ? (
        <Body1>{t("import.duplicates.summaryAdd", { total: plan.layout.rows.length })}</Body1>
      ) : (
        <Body1>
          {t("import.duplicates.summary", {
            matched: matches.matched,
            total: matches.total,
            added: plan.layout.rows.length,
          })}
        </Body1>
      )}
      {matches && matches.rejected.length > 0 && (
        <>
          <Caption1 className={styles.hint}>
            {t("import.duplicates.rejected", { count: matches.rejected.length })}
          </Caption1>
          {/* Copied out here too: a list whose rows are all skipped has nothing to write. */}
          <RejectedRowsAction source={step.source} headerRow={step.choices.headerRow} plan={plan} />
        </>
      )}
      {match.policy === "update" && matches && (
        <>
          <Subtitle2 as="h3">{t("import.duplicates.changesTitle", { count: updates.length })}</Subtitle2>
          {matches.unchanged > 0 && (
            <Caption1 className={styles.hint}>
              {t("import.duplicates.unchanged", { count: matches.unchanged })}
            </Caption1>
          )}
          {updates.length === 0 ? (
            <Body1>{t("import.duplicates.noChanges")}</Body1>
          ) : (
            <PagedList items={updates} label={t("import.duplicates.changesCaption")} pageSize={20}>
              {(page) => (
                <ul className={styles.updates} aria-label={t("import.duplicates.changesCaption")}>
                  {page.map((update) => (
                    <li key={update.sourceRow}>
                      <Body1>{t("import.duplicates.row", { row: update.sourceRow, name: update.shown })}</Body1>
                      <ul className={styles.changes}>
                        {update.changes.map((change) => (
                          <li key={change.key}>
                            <Caption1>
                              {t("import.duplicates.change", {
                                field: columnName(change.key),
                                old: shownValue(change.old, kindOf(change.key), t("import.duplicates.empty")),
                                new: shownValue(change.new, kindOf(change.key), t("import.duplicates.empty")),
                              })}
                            </Caption1>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </PagedList>
          )}
        </>
      )}
      <div className={styles.actions}>
        <Button onClick={onBack}>{t("common.back")}</Button>
        <Button appearance="primary" onClick={onNext}>
          {t("import.duplicates.next")}
        </Button>
      </div>
    </div>
  );
}
