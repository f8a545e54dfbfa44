import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ActivityKind } from "@core/customers/customerRecords";

type MarkerKind = Exclude<ActivityKind, "contact">;

/**
 * The start of the Summary of the Activities rows the public pool (公海) writes. Claims, releases
 * and reassignments are recorded as Activities rows (Method Other) so the history of who owned a
 * customer stays in the workbook, and so a rep's claims today can be counted for the daily limit.
 * They are recognised by this prefix in either language; they are not follow-ups, and no count of
 * follow-ups (Team roster, Scorecard, Performance, Goals' baselines, the customers' last contact
 * and satisfaction) includes them. The prefix is the marker rather than a Method choice: every
 * workbook's bookkeeping rows, old ones included, carry it, and a new Method choice would fall
 * outside the data-validation list of the Method column in workbooks set up before it.
 */
export const poolMarkerText: Readonly<Record<MarkerKind, Readonly<Record<WorkbookLanguage, string>>>> = {
  claim: { "en-US": "Pool: claimed", "zh-CN": "公海：领取" },
  release: { "en-US": "Pool: released", "zh-CN": "公海：释放" },
  reassign: { "en-US": "Pool: reassigned", "zh-CN": "公海：转交" },
};

const markers: readonly (readonly [string, MarkerKind])[] = (Object.keys(poolMarkerText) as MarkerKind[]).flatMap(
  (kind) => Object.values(poolMarkerText[kind]).map((text) => [normalizeLabel(text), kind] as const),
);

const markerStarts = new Set(markers.map(([prefix]) => prefix.charAt(0)));

/**
 * What an Activities row is, from its Summary: a pool bookkeeping row when the summary starts
 * with one of the {@link poolMarkerText} prefixes (case and spaces ignored), else a follow-up.
 *
 * @example
 * activityKind("公海：领取 — 王芳") //=> "claim"
 * activityKind("Called about the renewal") //=> "contact"
 */
export function activityKind(summary: string): ActivityKind {
  // Most summaries are follow-ups: only those that could start with a marker are normalized.
  const first = summary.trimStart().charAt(0);
  if (!markerStarts.has(first.toLowerCase())) return "contact";
  const text = normalizeLabel(summary);
  for (const [prefix, kind] of markers) if (text.startsWith(prefix)) return kind;
  return "contact";
}

/**
 * The Summary of a pool bookkeeping row, in the workbook's language.
 *
 * @example
 * poolMarkerSummary("reassign", "en-US", "Wang Fang → Li Qiang") //=> "Pool: reassigned — Wang Fang → Li Qiang"
 */
export function poolMarkerSummary(kind: MarkerKind, language: WorkbookLanguage, detail = ""): string {
  const text = poolMarkerText[kind][language];
  return detail ? `${text} — ${detail}` : text;
}

/**
 * Whether an Activities row is the pool's bookkeeping (a claim, release or reassignment), from
 * its Summary cell: what every count of follow-ups leaves out.
 *
 * @example
 * isPoolBookkeeping("Pool: claimed") //=> true
 * isPoolBookkeeping("Called about the renewal") //=> false
 */
export function isPoolBookkeeping(summary: Cell): boolean {
  return typeof summary === "string" && activityKind(summary) !== "contact";
}

/**
 * Every {@link poolMarkerText} prefix in both languages, as written: for formulas that leave the
 * bookkeeping rows out of a count (COUNTIFS with `"<>prefix*"`).
 *
 * @example
 * poolMarkerPrefixes.includes("公海：领取") //=> true
 */
export const poolMarkerPrefixes: readonly string[] = (Object.keys(poolMarkerText) as MarkerKind[]).flatMap((kind) =>
  Object.values(poolMarkerText[kind]),
);
