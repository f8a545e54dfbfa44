/**
 * Platform profiles: where Excel on the web and Excel on Windows/Mac differ for an add-in. Each
 * profile answers `Office.context.requirements.isSetSupported` for its platform, sets the
 * payload limit (5 MB for each request and each response on the web, none on desktop) and names
 * the platform `Office.onReady` reports. APIs whose requirement set a profile lacks fail at sync
 * with `ApiNotFound` (apiRequirements.ts).
 *
 * Sources (learn.microsoft.com): javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * (ExcelApiOnline: Excel on the web only; ExcelApi 1.20 on the web, Windows Version 2509 and Mac
 * 16.100), excel-api-online-requirement-set (its API list, "not a
 * valid value" in the manifest), office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * ("Excel add-ins": 5 MB requests and responses on the web, 5,000,000 cells per range read) and
 * office/dev/add-ins/testing/application-specific-api-error-handling (`RequestPayloadSizeLimitExceeded`
 * and `ResponsePayloadSizeLimitExceeded` "only occur in Office on the web").
 */
import { DEFAULT_REQUEST_LIMIT_BYTES } from "./instrumentation";

/** The platforms the emulator models. */
export type PlatformName = "web" | "desktop";

/** Every platform, in the order tests and the page list them. */
export const PLATFORM_NAMES: readonly PlatformName[] = ["web", "desktop"];

/** What differs between platforms. */
export type PlatformProfile = {
  name: PlatformName;
  /** `Office.context.platform` / `Office.onReady` info.platform. */
  officePlatform: "OfficeOnline" | "PC";
  /** Requirement sets (lower-case name) and the highest version supported ("1.20"). */
  requirementSets: Readonly<Record<string, string>>;
  /** The payload limit of each request and each response in bytes, or null for none. */
  payloadLimitBytes: number | null;
};

/**
 * The ExcelApi version of current builds on both platforms (1.20: `Excel.run`'s `mergeUndoGroup`).
 * APIs the emulator models that are newer than 1.1 carry their own version (apiRequirements.ts),
 * so a profile with fewer sets (`createEmulator({ requirementSets })`) refuses them.
 */
const EXCEL_API = "1.20";

/** Sets both platforms share (custom functions in a shared runtime, dialogs, ribbon, identity). */
const COMMON_SETS: Readonly<Record<string, string>> = {
  excelapi: EXCEL_API,
  customfunctionsruntime: "1.4",
  sharedruntime: "1.1",
  dialogapi: "1.2",
  ribbonapi: "1.1",
  identityapi: "1.3",
};

/** The two profiles. */
export const PLATFORM_PROFILES: Readonly<Record<PlatformName, PlatformProfile>> = {
  web: {
    name: "web",
    officePlatform: "OfficeOnline",
    // ExcelApiOnline 1.1 is its only version: the web always runs the latest build.
    requirementSets: { ...COMMON_SETS, excelapionline: "1.1" },
    payloadLimitBytes: DEFAULT_REQUEST_LIMIT_BYTES,
  },
  desktop: {
    name: "desktop",
    officePlatform: "PC",
    requirementSets: COMMON_SETS,
    payloadLimitBytes: null,
  },
};

/**
 * The profile of a platform name; anything else (a typo in a URL) is the web profile.
 *
 * @example
 * platformProfile("desktop").officePlatform //=> "PC"
 */
export function platformProfile(name: string | null | undefined): PlatformProfile {
  return name === "desktop" ? PLATFORM_PROFILES.desktop : PLATFORM_PROFILES.web;
}

/**
 * A profile with exactly these requirement sets, e.g. the ones a manifest declares: every API of a
 * newer version fails at sync with `ApiNotFound`, and `isSetSupported` says no to it.
 *
 * @param base - the platform (payload limit, `Office.context.platform`)
 * @param sets - set name → version ("ExcelApi" → "1.10"), any case
 * @example
 * withRequirementSets(PLATFORM_PROFILES.desktop, { ExcelApi: "1.10" }).requirementSets //=> { excelapi: "1.10" }
 */
export function withRequirementSets(base: PlatformProfile, sets: Readonly<Record<string, string>>): PlatformProfile {
  const requirementSets = Object.fromEntries(Object.entries(sets).map(([name, v]) => [name.toLowerCase(), v]));
  return { ...base, requirementSets };
}

/** "1.10" → [1, 10]: versions compare part by part, so 1.10 is above 1.9 (not equal to 1.1). */
function versionParts(v: string | number | undefined): number[] {
  const text = v === undefined || v === "" ? "1.1" : String(v);
  return text.split(".").map((part) => Number(part) || 0);
}

/**
 * Whether version `a` is at most version `b`, part by part.
 *
 * @example
 * versionAtMost("1.9", "1.10") //=> true
 */
export function versionAtMost(a: string | number | undefined, b: string | number | undefined): boolean {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p, q] = [x[i] ?? 0, y[i] ?? 0];
    if (p !== q) return p < q;
  }
  return true;
}

/**
 * Whether a profile supports a requirement set at a version, as `isSetSupported` answers
 * (names are case-insensitive; no version means 1.1).
 *
 * @example
 * isSetSupportedBy(PLATFORM_PROFILES.desktop, "ExcelApiOnline", "1.1") //=> false
 */
export function isSetSupportedBy(profile: PlatformProfile, name: string, version?: string | number): boolean {
  const supported = profile.requirementSets[name.toLowerCase()];
  return supported !== undefined && versionAtMost(version, supported);
}
