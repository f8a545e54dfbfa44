import { normalizeLabel } from "@core/cells/outcome";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ActivityKind } from "@core/customers/customerRecords";

type MarkerKind = Exclude<ActivityKind, "contact">;

/**
 * The start of the Summary of the Activities rows the public pool (公海) writes. Claims, releases
 * and reassignments are recorded as Activities rows (Method Other) so the history of who owned a
 * customer stays in the workbook, and so a rep's claims today can be counted for the daily limit.
 * They are recognised by this prefix in either language; they are not follow-ups.
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
