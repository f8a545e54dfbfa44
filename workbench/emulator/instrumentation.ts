/**
 * Counts what the add-in sends to Excel: every `context.sync()` (Excel.run's closing sync
 * included) and the size of each request, so tests can assert the batching rules (few syncs,
 * chunks well under the 5 MB request limit of Excel on the web).
 */

/**
 * One request: its UTF-8 byte size (JSON of the queued commands), how many commands it carried
 * and, once its commands ran, the UTF-8 byte size of its response (JSON of the loaded values).
 */
export type RequestRecord = { bytes: number; commands: number; responseBytes?: number };

/** Sync statistics of an emulator. */
export type EmulatorStats = {
  /** `context.sync()` calls, failed ones included. */
  syncs: number;
  requests: RequestRecord[];
  /** Entries the add-in left on the user's undo stack: one per editing sync, one per merged `Excel.run` (stores/undo.ts). */
  undoRecords: number;
  reset(): void;
  largestRequestBytes(): number;
  largestResponseBytes(): number;
};

/** New, zeroed statistics. */
export function createStats(): EmulatorStats {
  const stats: EmulatorStats = {
    syncs: 0,
    requests: [],
    undoRecords: 0,
    reset() {
      stats.syncs = 0;
      stats.requests = [];
      stats.undoRecords = 0;
    },
    largestRequestBytes() {
      return stats.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
    },
    largestResponseBytes() {
      return stats.requests.reduce((max, r) => Math.max(max, r.responseBytes ?? 0), 0);
    },
  };
  return stats;
}

/** Byte length of a string in UTF-8 (browser-safe: no Buffer). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Excel on the web's payload limit, for each request and each response. */
export const DEFAULT_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
