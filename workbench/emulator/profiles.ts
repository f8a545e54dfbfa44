/**
 * Platform profiles: where Excel on the web and Excel on Windows/Mac differ for an add-in. Each
 * profile answers `Office.context.requirements.isSetSupported` for its platform, sets the
 * payload limit (5 MB for each request and each response on the web, none on desktop) and names
 * the platform `Office.onReady` reports. APIs whose requirement set a profile lacks fail at sync
 * with `ApiNotFound` (apiRequirements.ts).
 *
 * Sources (learn.microsoft.com): javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * (ExcelApiOnline: Excel on the web only), excel-api-online-requirement-set (its API list, "not a
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
  /** Requirement sets (lower-case name) and the highest version supported. */
  requirementSets: Readonly<Record<string, number>>;
  /** The payload limit of each request and each response in bytes, or null for none. */
  payloadLimitBytes: number | null;
};

/**
 * The ExcelApi version the emulator implements. Both platforms support more in current builds,
 * but the emulator answers only for what it models.
 */
const EXCEL_API = 1.17;

/** Sets both platforms share (custom functions in a shared runtime, dialogs, ribbon, identity). */
const COMMON_SETS: Readonly<Record<string, number>> = {
  excelapi: EXCEL_API,
  customfunctionsruntime: 1.4,
  sharedruntime: 1.1,
  dialogapi: 1.2,
  ribbonapi: 1.1,
  identityapi: 1.3,
};

/** The two profiles. */
export const PLATFORM_PROFILES: Readonly<Record<PlatformName, PlatformProfile>> = {
  web: {
    name: "web",
    officePlatform: "OfficeOnline",
    // ExcelApiOnline 1.1 is its only version: the web always runs the latest build.
    requirementSets: { ...COMMON_SETS, excelapionline: 1.1 },
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

function versionNumber(v: string | number | undefined): number {
  if (v === undefined || v === "") return 1.1;
  return typeof v === "number" ? v : Number(v);
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
  return supported !== undefined && versionNumber(version) <= supported + 1e-9;
}
