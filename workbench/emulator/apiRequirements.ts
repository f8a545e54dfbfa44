/**
 * The requirement set of each emulated API that not every platform supports, and the failure
 * Excel gives when a batch uses one anyway: the sync fails with `ApiNotFound` ("The API you are
 * trying to use could not be found …", application-specific-api-error-handling). Office.js
 * defines every method on every platform; only the host refuses it, so the check runs at sync.
 * Sources: excel-api-online-requirement-set (TableRowCollection.deleteRows, deleteRowsAt).
 */
import { fail } from "./officeError";
import { isSetSupportedBy, type PlatformProfile } from "./profiles";

/** An API's requirement set and version. */
export type ApiRequirement = { set: string; version: string };

/** `Class.member` → its requirement set, for the APIs a profile may lack. */
export const API_REQUIREMENTS: Readonly<Record<string, ApiRequirement>> = {
  "TableRowCollection.deleteRows": { set: "ExcelApiOnline", version: "1.1" },
  "TableRowCollection.deleteRowsAt": { set: "ExcelApiOnline", version: "1.1" },
};

/**
 * Fails a command with `ApiNotFound` when the profile lacks the API's requirement set.
 *
 * @example
 * requireApi(PLATFORM_PROFILES.desktop, "TableRowCollection.deleteRows") // throws ApiNotFound
 */
export function requireApi(profile: PlatformProfile, api: string): void {
  const requirement = API_REQUIREMENTS[api];
  if (!requirement || isSetSupportedBy(profile, requirement.set, requirement.version)) return;
  fail(
    "ApiNotFound",
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${api} is in the ${requirement.set} ${requirement.version} requirement set, which Excel on ${profile.name === "web" ? "the web" : "Windows and Mac"} does not support.)`,
  );
}
