/**
 * What every request context of one emulator shares: the workbook, the request store (sync
 * counts, request and response sizes, the payload limit, scheduled sync failures), the undo store
 * (undo records, stores/undo.ts) and the
 * platform profile (which APIs exist).
 */
import type { PlatformProfile } from "./profiles";
import type { RequestStore } from "./stores/requests";
import type { UndoStore } from "./stores/undo";
import type { Workbook } from "./workbook";

/** Shared emulator state; `profile` changes when the emulator switches platform. */
export type EmulatorRuntime = {
  book: Workbook;
  requests: RequestStore;
  undo: UndoStore;
  profile: PlatformProfile;
};
