import {
  schemaVersion,
  settingKeys,
  workbookLanguages,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { MAX_SERIAL } from "@core/cells/parseDate";
import { MAX_SAMPLE_CUSTOMERS } from "@core/sample/generateSampleWorkbook";
import { setupTableNames } from "@core/setup/setupTables";

/**
 * Keys set-up keeps in `workbook.settings`, beside schema.ts's schemaVersion and language:
 * which table plays which role (its id and sheet, so a renamed table is still found), and the
 * sample data asked for, so a set-up interrupted by a failure or a cancel can be finished.
 */
export const setupSettingKeys = {
  ...settingKeys,
  tables: "salesgrid.tables",
  sample: "salesgrid.sample",
} as const;

/** One table's role as recorded: `complete` turns true once its rows, validation and formats are all written. */
export type RecordedTable = { readonly id: string; readonly sheet: string; readonly complete: boolean };

/** The sample data a set-up writes; the same seed, today and size give the same rows. */
export type SampleRecord = { readonly seed: number; readonly today: number; readonly customers: number };

/** What the add-in recorded about a workbook it set up (everything null/empty when it never did). */
export type SetupRecord = {
  readonly schemaVersion: number | null;
  readonly language: WorkbookLanguage | null;
  readonly tables: Partial<Record<TableName, RecordedTable>>;
  readonly sample: SampleRecord | null;
};

/** The settings as read: key → value (JSON as Office stores it), absent keys missing. */
export type RawSettings = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function toVersion(value: unknown): number | null {
  const version = typeof value === "string" ? Number(value) : value;
  return typeof version === "number" && Number.isInteger(version) && version > 0 ? version : null;
}

function toTables(value: unknown): Partial<Record<TableName, RecordedTable>> {
  if (!isObject(value)) return {};
  const tables: Partial<Record<TableName, RecordedTable>> = {};
  for (const name of setupTableNames) {
    const entry = value[name];
    if (isObject(entry) && typeof entry.id === "string" && typeof entry.sheet === "string") {
      tables[name] = { id: entry.id, sheet: entry.sheet, complete: entry.complete !== false };
    }
  }
  return tables;
}

function toSample(value: unknown): SampleRecord | null {
  if (!isObject(value)) return null;
  const { seed, today, customers } = value;
  const whole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);
  // Anyone can write the settings: a size or date no set-up would have recorded counts as absent.
  const valid =
    whole(seed) &&
    whole(today) &&
    today >= 1 &&
    today <= MAX_SERIAL &&
    whole(customers) &&
    customers > 0 &&
    customers <= MAX_SAMPLE_CUSTOMERS;
  return valid ? { seed, today, customers } : null;
}

/**
 * Reads the set-up record from the raw settings, tolerating anything a user or an older
 * version left there: a value of the wrong shape counts as absent.
 *
 * @param settings - the settings values by key
 * @returns the record
 * @example
 * readSetupRecord({ "salesgrid.language": "zh-CN" }).language //=> "zh-CN"
 */
export function readSetupRecord(settings: RawSettings): SetupRecord {
  const language = workbookLanguages.find((candidate) => candidate === settings[setupSettingKeys.language]) ?? null;
  return {
    schemaVersion: toVersion(settings[setupSettingKeys.schemaVersion]),
    language,
    tables: toTables(settings[setupSettingKeys.tables]),
    sample: toSample(settings[setupSettingKeys.sample]),
  };
}

/** The settings set-up writes (key → value), for the record it leaves behind. */
export function setupSettings(
  language: WorkbookLanguage,
  tables: Partial<Record<TableName, RecordedTable>>,
  sample: SampleRecord | null,
): [string, unknown][] {
  const entries: [string, unknown][] = [
    [setupSettingKeys.schemaVersion, schemaVersion],
    [setupSettingKeys.language, language],
    [setupSettingKeys.tables, tables],
  ];
  if (sample) entries.push([setupSettingKeys.sample, sample]);
  return entries;
}
