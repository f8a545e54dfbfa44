/**
 * What the pane's scripts are made of (issue #17): the gzip bytes each package or source folder
 * adds to the pane, read from the production build's source maps. The `pane` bench prints it
 * under the bundle sizes, so a size target can be weighed against what actually fills the bundles.
 */
import { gzipSync } from "node:zlib";

/** The parts of a source map the breakdown reads (version 3). */
export type SourceMapV3 = { readonly sources: readonly string[]; readonly mappings: string };

/** One group's share: the gzip bytes the pane loses without that group's code, and its UTF-8 bytes. */
export type GroupShare = { readonly group: string; readonly gzip: number; readonly raw: number };

/** Code the source map ties to no source: webpack's runtime and module glue. */
export const RUNTIME_GROUP = "webpack runtime and module glue";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one mapping segment's Base64 VLQ fields (source map v3, relative values). */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`Not a Base64 VLQ digit in a source map: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/**
 * The group a source belongs to: the npm package for node_modules (`@fluentui/react-button`), the
 * first two levels for the add-in's own code (`src/core/goals`, `src/core/messages.ts`), webpack's
 * runtime as {@link RUNTIME_GROUP}, else the path itself.
 *
 * @param source - a source map `sources` entry such as `webpack://salesgrid/./src/core/goals/plan.ts`
 */
export function sourceGroup(source: string): string {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^(\.\/)+/, "");
  // The innermost package: a copy nested under another package's node_modules is its own.
  const inPackage = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1];
  if (path.startsWith("webpack/")) return RUNTIME_GROUP;
  const own = /^((?:src|workbench)\/[^/]+\/[^/]+)/.exec(path);
  return own ? own[1] : path;
}

/**
 * Splits a minified script into the character ranges each group wrote, from its source map.
 *
 * @param code - the emitted script
 * @param map - its source map
 * @returns ranges per group, as [start, end) offsets into `code` (source map columns count UTF-16
 *   code units, as JavaScript string offsets do, so the strings' Chinese text needs no conversion)
 */
export function groupRanges(code: string, map: SourceMapV3): Map<string, Array<[number, number]>> {
  const lineStarts = [0];
  for (let index = code.indexOf("\n"); index !== -1; index = code.indexOf("\n", index + 1)) lineStarts.push(index + 1);
  const lineEnd = (line: number) => (line + 1 < lineStarts.length ? lineStarts[line + 1] : code.length);

  const ranges = new Map<string, Array<[number, number]>>();
  const add = (group: string, start: number, end: number) => {
    if (end <= start) return;
    const list = ranges.get(group) ?? [];
    const last = list[list.length - 1];
    if (last && last[1] === start) last[1] = end;
    else list.push([start, end]);
    ranges.set(group, list);
  };

  let sourceIndex = 0;
  map.mappings.split(";").forEach((lineMappings, line) => {
    const start = lineStarts[line];
    if (start === undefined) return;
    let column = 0;
    // Text before the line's first segment (and lines without segments) belongs to no source.
    let cursor = start;
    let group = RUNTIME_GROUP;
    for (const segment of lineMappings.split(",")) {
      if (segment === "") continue;
      const fields = decodeSegment(segment);
      column += fields[0];
      add(group, cursor, start + column);
      cursor = start + column;
      if (fields.length >= 4) {
        sourceIndex += fields[1];
        group = sourceGroup(map.sources[sourceIndex]);
      } else {
        group = RUNTIME_GROUP;
      }
    }
    add(group, cursor, lineEnd(line));
  });
  return ranges;
}

const gzipBytes = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/**
 * Each group's share of one script: its bytes (UTF-8, as the file is served), and the gzip bytes the script loses when
 * that group's code is cut out (gzip of the whole minus gzip of the rest). The shares add up to a
 * little less than the script's gzip size, since what compresses across groups belongs to neither.
 *
 * @param code - the emitted script
 * @param map - its source map
 */
export function scriptShares(code: string, map: SourceMapV3): GroupShare[] {
  const whole = gzipBytes(code);
  return [...groupRanges(code, map)].map(([group, ranges]) => {
    let rest = "";
    let cursor = 0;
    let raw = 0;
    for (const [start, end] of ranges) {
      rest += code.slice(cursor, start);
      cursor = end;
      raw += Buffer.byteLength(code.slice(start, end));
    }
    rest += code.slice(cursor);
    return { group, gzip: whole - gzipBytes(rest), raw };
  });
}

/**
 * The shares of several scripts summed per group, largest gzip share first.
 *
 * @param scripts - each emitted script with its source map
 */
export function paneShares(scripts: ReadonlyArray<{ code: string; map: SourceMapV3 }>): GroupShare[] {
  const totals = new Map<string, { gzip: number; raw: number }>();
  for (const { code, map } of scripts) {
    for (const share of scriptShares(code, map)) {
      const total = totals.get(share.group) ?? { gzip: 0, raw: 0 };
      total.gzip += share.gzip;
      total.raw += share.raw;
      totals.set(share.group, total);
    }
  }
  return [...totals].map(([group, total]) => ({ group, ...total })).sort((a, b) => b.gzip - a.gzip);
}

/** The kinds of code the summary line adds up, tried in order. */
const KINDS: ReadonlyArray<readonly [string, (group: string) => boolean]> = [
  ["React", (group) => ["react", "react-dom", "scheduler"].includes(group)],
  [
    "Fluent UI (with tabster, Griffel)",
    (group) => /^(@fluentui\/|@griffel\/|tabster$|keyborg$|stylis$|rtl-css-js$|@floating-ui\/|@swc\/)/.test(group),
  ],
  ["i18next", (group) => group === "i18next" || group === "react-i18next"],
  ["strings (src/i18n)", (group) => group.startsWith("src/i18n")],
  ["add-in code (src/core, src/excel, src/taskpane)", (group) => group.startsWith("src/")],
  [RUNTIME_GROUP, (group) => group === RUNTIME_GROUP],
];

/**
 * The shares summed by kind: React, Fluent UI, i18next, strings, the add-in's own code, webpack's
 * runtime and everything else.
 *
 * @param shares - per-group shares, as from {@link paneShares}
 */
export function kindShares(shares: readonly GroupShare[]): GroupShare[] {
  const totals = new Map<string, { gzip: number; raw: number }>();
  for (const share of shares) {
    const kind = KINDS.find(([, matches]) => matches(share.group))?.[0] ?? "other packages";
    const total = totals.get(kind) ?? { gzip: 0, raw: 0 };
    total.gzip += share.gzip;
    total.raw += share.raw;
    totals.set(kind, total);
  }
  return [...totals].map(([group, total]) => ({ group, ...total })).sort((a, b) => b.gzip - a.gzip);
}
