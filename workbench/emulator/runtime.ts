/**
 * What every request context of one emulator shares: the workbook, the request store (sync
 * counts, request and response sizes, the payload limit, scheduled sync failures) and the
 * platform profile (which APIs exist).
 */
import type { PlatformProfile } from "./profiles";
import type { RequestStore } from "./stores/requests";
import type { Workbook } from "./workbook";

/** Shared emulator state; `profile` changes when the emulator switches platform. */
export type EmulatorRuntime = {
  book: Workbook;
  requests: RequestStore;
  profile: PlatformProfile;
};
