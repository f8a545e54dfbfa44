import type { Cell } from "@core/cells/cell";
import { importColumns, importTargets, type ImportTarget } from "@core/import/importColumns";
import { normalizeHeader } from "@core/import/normalizeHeader";
import type { ImportMapping } from "@core/import/proposeMapping";
import { valueMappingOf, type CheckedField, type ValueChoices } from "@core/import/valueChoices";

/** The checked fields whose value mappings are saved with a column mapping. */
const VALUE_FIELDS: readonly CheckedField[] = ["Stage", "Owner", "Tier", "Method", "Type", "Priority", "Status"];

/** Per checked field, the source values the user mapped onto the workbook's own (source → known value). */
export type SavedValueMappings = Partial<Record<CheckedField, Readonly<Record<string, string>>>>;

/** One column mapping the user wrote an import with, for the same export next time. */
export type SavedMapping = {
  readonly target: ImportTarget;
  /** Normalized source header (a repeated header as "phone#2") → target column key, or null for an extra column. */
  readonly columns: Readonly<Record<string, string | null>>;
  /** The day it was saved (YYYY-MM-DD), shown as "saved mapping from …". */
  readonly savedOn: string;
  /** The value choices that mapped a value onto a known one ("Closed Won" → "Won"), proposed again. */
  readonly values?: SavedValueMappings;
};

/** The saved mappings of a workbook, by header set (headerSetKey). */
export type SavedMappings = Readonly<Record<string, SavedMapping>>;

/**
 * Bounds on what the workbook keeps. Microsoft documents that document settings have a size
 * limit without giving a figure (see workbench/emulator/README.md), so the mappings stay small:
 * the 20 most recent header sets, none with more than 200 columns, 32,000 characters of JSON in all.
 */
export const SAVED_MAPPINGS_LIMITS = { entries: 20, columns: 200, chars: 32_000 } as const;

/** Each header in normalized form, a repeated one numbered ("phone", "phone#2"), blanks by position. */
function headerNames(headers: readonly Cell[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header, index) => {
    const name = normalizeHeader(header) || `#${index + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}#${count}`;
  });
}

/**
 * The key a source's header row is saved under: its normalized headers as a set (sorted, so an
 * export whose columns come in another order is the same export), trailing blank columns ignored.
 *
 * @param headers - the source's header row
 * @returns the key; "" for a row with no header
 *
 * @example
 * headerSetKey(["Account Name", "Owner", ""]) === headerSetKey(["owner", "ACCOUNT-NAME"]) //=> true
 */
export function headerSetKey(headers: readonly Cell[]): string {
  let width = headers.length;
  while (width > 0 && normalizeHeader(headers[width - 1]) === "") width -= 1;
  return headerNames(headers.slice(0, width)).sort().join("\u001f");
}

/**
 * The saved mappings with this one remembered for its header set: replaced if the set was saved
 * before, the oldest dropped beyond SAVED_MAPPINGS_LIMITS. A mapping wider than the limit (in
 * columns or characters), or a header row with no header, is not saved (the mappings come back unchanged).
 *
 * @param saved - the workbook's saved mappings
 * @param entry - the header row, target and mapping the import was written with, and today's date
 * @returns the mappings to store
 *
 * @example
 * rememberMapping({}, { headers: ["客户名称"], target: "Customers", mapping: ["Company"], savedOn: "2026-12-07" })
 * //=> { "客户名称": { target: "Customers", columns: { "客户名称": "Company" }, savedOn: "2026-12-07" } }
 */
export function rememberMapping(
  saved: SavedMappings,
  entry: {
    readonly headers: readonly Cell[];
    readonly target: ImportTarget;
    readonly mapping: ImportMapping;
    readonly savedOn: string;
    /** The value choices the import was written with; only the mapped ones are kept (at most 200 a field). */
    readonly values?: Partial<Record<CheckedField, ValueChoices>>;
  },
): SavedMappings {
  const key = headerSetKey(entry.headers);
  if (key === "" || entry.headers.length > SAVED_MAPPINGS_LIMITS.columns) return saved;
  const names = headerNames(entry.headers);
  const columns: Record<string, string | null> = {};
  names.forEach((name, index) => {
    if (key.split("\u001f").includes(name)) columns[name] = entry.mapping[index] ?? null;
  });
  const values: Record<string, Record<string, string>> = {};
  for (const field of VALUE_FIELDS) {
    const mapped = Object.entries(valueMappingOf(entry.values?.[field] ?? {})).slice(0, SAVED_MAPPINGS_LIMITS.columns);
    if (mapped.length > 0) values[field] = Object.fromEntries(mapped);
  }
  const fresh: SavedMapping = {
    target: entry.target,
    columns,
    savedOn: entry.savedOn,
    ...(Object.keys(values).length > 0 ? { values } : {}),
  };
  if (JSON.stringify({ [key]: fresh }).length > SAVED_MAPPINGS_LIMITS.chars) return saved;
  const next: [string, SavedMapping][] = [[key, fresh], ...Object.entries(saved).filter(([k]) => k !== key)];
  // Newest first: the oldest go when there are too many or they take too much room.
  next.sort((a, b) => (a[0] === key ? -1 : b[0] === key ? 1 : b[1].savedOn.localeCompare(a[1].savedOn)));
  const kept = next.slice(0, SAVED_MAPPINGS_LIMITS.entries);
  while (kept.length > 1 && JSON.stringify(Object.fromEntries(kept)).length > SAVED_MAPPINGS_LIMITS.chars) kept.pop();
  return Object.fromEntries(kept);
}

/** A saved mapping laid onto a source's header row. */
export type RecalledMapping = {
  readonly target: ImportTarget;
  readonly mapping: (string | null)[];
  readonly savedOn: string;
  /** The value mappings saved with it, when any. */
  readonly values?: SavedValueMappings;
};

/**
 * The mapping saved for this header row's set of headers, laid onto its columns in their present
 * order; a column key the target no longer has, or one taken twice, is dropped (the column is kept
 * as an extra). Undefined when the set was never saved.
 *
 * @param saved - the workbook's saved mappings
 * @param headers - the source's header row
 * @returns the target and mapping to propose, and when they were saved
 *
 * @example
 * recallMapping({ "accountname\u001fowner": { target: "Customers", columns: { accountname: "Company", owner: "Owner" }, savedOn: "2026-12-01" } },
 *   ["Owner", "Account Name"])
 * //=> { target: "Customers", mapping: ["Owner", "Company"], savedOn: "2026-12-01" }
 */
export function recallMapping(saved: SavedMappings, headers: readonly Cell[]): RecalledMapping | undefined {
  const entry = saved[headerSetKey(headers)];
  if (!entry) return undefined;
  const keys = new Set(importColumns(entry.target).map((spec) => spec.key));
  const used = new Set<string>();
  const mapping = headerNames(headers).map((name) => {
    const key = entry.columns[name] ?? null;
    if (key === null || !keys.has(key) || used.has(key)) return null;
    used.add(key);
    return key;
  });
  return { target: entry.target, mapping, savedOn: entry.savedOn, ...(entry.values ? { values: entry.values } : {}) };
}

/**
 * Saved mappings as the workbook setting holds them, read defensively: entries that are not
 * well-formed are dropped, a value that is not ours gives none.
 *
 * @param value - the setting's value (an object, or its JSON)
 * @returns the saved mappings
 *
 * @example
 * toSavedMappings("not json") //=> {}
 */
export function toSavedMappings(value: unknown): SavedMappings {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      return {};
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  const out: Record<string, SavedMapping> = {};
  for (const [key, raw] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof raw !== "object" || raw === null) continue;
    const entry = raw as Record<string, unknown>;
    const columns = entry.columns;
    if (
      !importTargets.includes(entry.target as ImportTarget) ||
      typeof entry.savedOn !== "string" ||
      typeof columns !== "object" ||
      columns === null ||
      !Object.values(columns).every((v) => v === null || typeof v === "string")
    ) {
      continue;
    }
    const values = savedValuesOf(entry.values);
    out[key] = {
      target: entry.target as ImportTarget,
      columns: columns as Record<string, string | null>,
      savedOn: entry.savedOn,
      ...(values ? { values } : {}),
    };
  }
  return out;
}

/** Saved value mappings read defensively: fields we check, each an object of text → text. */
function savedValuesOf(raw: unknown): SavedValueMappings | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const out: Record<string, Record<string, string>> = {};
  for (const field of VALUE_FIELDS) {
    const mapped = (raw as Record<string, unknown>)[field];
    if (typeof mapped !== "object" || mapped === null || Array.isArray(mapped)) continue;
    const entries = Object.entries(mapped as Record<string, unknown>).filter(
      (pair): pair is [string, string] => typeof pair[1] === "string",
    );
    if (entries.length > 0) out[field] = Object.fromEntries(entries);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Proposed value choices with the saved mapping laid over them: a value the user mapped last time
 * is mapped the same way again, when its list still holds that value; other values keep their proposal.
 *
 * @param proposed - the choices proposed afresh (proposeValueChoices)
 * @param saved - the field's saved mapping, if any
 * @param known - the field's list as it is now
 * @returns the choices to offer
 *
 * @example
 * recallValueChoices({ "Closed Won": ADD_VALUE }, { "Closed Won": "Won" }, ["Lead", "Won"]) //=> { "Closed Won": "Won" }
 */
export function recallValueChoices(
  proposed: ValueChoices,
  saved: Readonly<Record<string, string>> | undefined,
  known: readonly string[],
): ValueChoices {
  if (!saved) return proposed;
  const list = new Set(known);
  return Object.fromEntries(
    Object.entries(proposed).map(([value, choice]) => {
      const again = saved[value];
      return [value, again !== undefined && list.has(again) ? again : choice];
    }),
  );
}
