/**
 * Counts what the add-in sends to Excel: every `context.sync()` (Excel.run's closing sync
 * included) and the size of each request, so tests can assert the batching rules (few syncs,
 * chunks well under the 5 MB request limit of Excel on the web).
 */

/**
 * One request: its UTF-8 byte size (JSON of the queued commands), how many commands it carried
 * and the size of its response (UTF-8 JSON of what its loads filled in; 0 until it is applied).
 */
export type RequestRecord = { bytes: number; commands: number; responseBytes: number };

/** Sync statistics of an emulator. */
export type EmulatorStats = {
  /** `context.sync()` calls, failed ones included. */
  syncs: number;
  requests: RequestRecord[];
  reset(): void;
  largestRequestBytes(): number;
  /** The largest response so far: Excel on the web refuses responses over 5 MB too. */
  largestResponseBytes(): number;
};

/** New, zeroed statistics. */
export function createStats(): EmulatorStats {
  const stats: EmulatorStats = {
    syncs: 0,
    requests: [],
    reset() {
      stats.syncs = 0;
      stats.requests = [];
    },
    largestRequestBytes() {
      return stats.requests.reduce((max, r) => Math.max(max, r.bytes), 0);
    },
    largestResponseBytes() {
      return stats.requests.reduce((max, r) => Math.max(max, r.responseBytes), 0);
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

/** Excel on the web's request payload limit. */
export const DEFAULT_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
