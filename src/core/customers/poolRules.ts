import type { Cell, Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseNumber } from "@core/cells/parseNumber";
import type { CustomerTier, WorkbookLanguage } from "@core/workbook/schema";

/** The public pool's (公海) rules, editable by the manager. All numbers are whole days or counts. */
export type PoolRules = {
  /** A customer goes back to the pool after this many days without a follow-up, per tier. */
  readonly noFollowUpDays: Readonly<Record<CustomerTier, number>>;
  /** …or when no deal was opened or won within this many days (an open deal protects). */
  readonly protectionDays: number;
  /** Candidates are warned this many days before they are due. */
  readonly warnDays: number;
  /** A rep may claim at most this many customers from the pool per day. */
  readonly claimsPerDay: number;
};

export const defaultPoolRules: PoolRules = {
  noFollowUpDays: { A: 45, B: 90, C: 180 },
  protectionDays: 180,
  warnDays: 7,
  claimsPerDay: 5,
};

/** The stable key of each rule, in the first column of the PoolRules table. */
export type PoolRuleKey =
  "NoFollowUpDays.A" | "NoFollowUpDays.B" | "NoFollowUpDays.C" | "ProtectionDays" | "WarnDays" | "ClaimsPerDay";

export const poolRuleKeys: readonly PoolRuleKey[] = [
  "NoFollowUpDays.A",
  "NoFollowUpDays.B",
  "NoFollowUpDays.C",
  "ProtectionDays",
  "WarnDays",
  "ClaimsPerDay",
];

const descriptions: Readonly<Record<PoolRuleKey, Readonly<Record<WorkbookLanguage, string>>>> = {
  "NoFollowUpDays.A": { "en-US": "Days without follow-up, tier A", "zh-CN": "A 类客户未跟进天数" },
  "NoFollowUpDays.B": { "en-US": "Days without follow-up, tier B", "zh-CN": "B 类客户未跟进天数" },
  "NoFollowUpDays.C": { "en-US": "Days without follow-up, tier C", "zh-CN": "C 类客户未跟进天数" },
  ProtectionDays: { "en-US": "Protection period without a deal (days)", "zh-CN": "未成单保护期（天）" },
  WarnDays: { "en-US": "Warn days before recycling", "zh-CN": "回收前提醒天数" },
  ClaimsPerDay: { "en-US": "Claims per rep per day", "zh-CN": "每人每天领取上限" },
};

function valueOf(rules: PoolRules, key: PoolRuleKey): number {
  switch (key) {
    case "NoFollowUpDays.A":
      return rules.noFollowUpDays.A;
    case "NoFollowUpDays.B":
      return rules.noFollowUpDays.B;
    case "NoFollowUpDays.C":
      return rules.noFollowUpDays.C;
    case "ProtectionDays":
      return rules.protectionDays;
    case "WarnDays":
      return rules.warnDays;
    default:
      return rules.claimsPerDay;
  }
}

/**
 * The PoolRules table's data rows for some rules: key, a description in the workbook's language, value.
 *
 * @example
 * poolRuleRows(defaultPoolRules, "en-US")[0] //=> ["NoFollowUpDays.A", "Days without follow-up, tier A", 45]
 */
export function poolRuleRows(rules: PoolRules, language: WorkbookLanguage): (string | number)[][] {
  return poolRuleKeys.map((key) => [key, descriptions[key][language], valueOf(rules, key)]);
}

/** A rule the PoolRules table gives a value for that is not a whole number ≥ 0 (the default is used). */
export type PoolRuleProblem = { readonly key: PoolRuleKey; readonly value: string };

/**
 * Reads the PoolRules table: the first column is the key, the last the value. A missing row keeps
 * its default; a value that is not a whole number ≥ 0 keeps the default and is reported.
 *
 * @param rows - the table's data rows; undefined when the workbook has no PoolRules table
 * @returns the rules and what could not be read
 *
 * @example
 * poolRulesFrom([["WarnDays", "…", 3]]).rules.warnDays //=> 3
 */
export function poolRulesFrom(rows: Matrix | undefined): { rules: PoolRules; problems: PoolRuleProblem[] } {
  const found = new Map<PoolRuleKey, Cell>();
  for (const row of rows ?? []) {
    const key = poolRuleKeys.find((candidate) => normalizeLabel(candidate) === normalizeLabel(row[0]));
    if (key && !found.has(key)) found.set(key, row[row.length - 1]);
  }
  const problems: PoolRuleProblem[] = [];
  const read = (key: PoolRuleKey): number => {
    const fallback = valueOf(defaultPoolRules, key);
    const cell = found.get(key);
    if (cell === undefined || isEmpty(cell)) return fallback;
    const value = parseNumber(cell);
    if (value === undefined || !Number.isInteger(value) || value < 0) {
      problems.push({ key, value: String(cell) });
      return fallback;
    }
    return value;
  };
  const rules: PoolRules = {
    noFollowUpDays: { A: read("NoFollowUpDays.A"), B: read("NoFollowUpDays.B"), C: read("NoFollowUpDays.C") },
    protectionDays: read("ProtectionDays"),
    warnDays: read("WarnDays"),
    claimsPerDay: read("ClaimsPerDay"),
  };
  return { rules, problems };
}

/** Why rules typed in the pane cannot be saved: a field that is not a whole number ≥ 0. */
export function invalidPoolRuleKeys(values: Readonly<Record<PoolRuleKey, string>>): PoolRuleKey[] {
  return poolRuleKeys.filter((key) => {
    const value = parseNumber(values[key]);
    return value === undefined || !Number.isInteger(value) || value < 0;
  });
}

/**
 * Rules from the texts of the pane's form, or undefined when one is invalid (see {@link invalidPoolRuleKeys}).
 *
 * @example
 * poolRulesFromForm({ ...formOf(defaultPoolRules), WarnDays: "3" })?.warnDays //=> 3
 */
export function poolRulesFromForm(values: Readonly<Record<PoolRuleKey, string>>): PoolRules | undefined {
  if (invalidPoolRuleKeys(values).length > 0) return undefined;
  return poolRulesFrom(poolRuleKeys.map((key) => [key, values[key]])).rules;
}

/**
 * The texts the pane's form starts with.
 *
 * @example
 * poolRulesForm(defaultPoolRules).WarnDays //=> "7"
 */
export function poolRulesForm(rules: PoolRules): Record<PoolRuleKey, string> {
  return Object.fromEntries(poolRuleKeys.map((key) => [key, String(valueOf(rules, key))])) as Record<
    PoolRuleKey,
    string
  >;
}
