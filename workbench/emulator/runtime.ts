/**
 * What every request context of one emulator shares: the workbook and the request store
 * (sync counts, request sizes, the payload limit, scheduled sync failures).
 */
import type { RequestStore } from "./stores/requests";
import type { Workbook } from "./workbook";

/** Shared emulator state. */
export type EmulatorRuntime = {
  book: Workbook;
  requests: RequestStore;
};
