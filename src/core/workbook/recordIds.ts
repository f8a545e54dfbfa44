import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";

/** A record ID pattern: a prefix and a zero-padded number (C-0001, D-0001, KH0042 …). */
export type IdPattern = {
  readonly prefix: string;
  /** Digits the number is padded to. */
  readonly width: number;
  /** The number the next new ID gets. */
  readonly next: number;
};

/** The tables whose rows carry an ID, with the ID column and the default prefix. */
export const recordIdColumns = {
  Customers: { key: "CustomerID", prefix: "C-" },
  Deals: { key: "DealID", prefix: "D-" },
  Service: { key: "TicketID", prefix: "T-" },
} as const;

export type IdTable = keyof typeof recordIdColumns;

const ID = /^(.*?)(\d+)$/;

function parts(cell: Cell): { prefix: string; digits: string; number: number } | undefined {
  if (isEmpty(cell)) return undefined;
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
  const match = ID.exec(text);
  if (!match) return undefined;
  const number = Number(match[2]);
  return Number.isSafeInteger(number) ? { prefix: match[1], digits: match[2], number } : undefined;
}

/**
 * The workbook's ID pattern, as its highest existing ID shows it: that ID's prefix and digit
 * count, and the number after the highest one with that prefix (prefixes compared case-insensitively).
 * Without any ID ending in a number, the default prefix and four digits, starting at 1.
 *
 * @param ids - every ID already taken (the table's, and those the import brings)
 * @param defaultPrefix - "C-" for Customers, "D-" for Deals
 * @returns the pattern new IDs follow
 *
 * @example
 * idPattern(["C-0007", "C-0012", ""], "C-") //=> { prefix: "C-", width: 4, next: 13 }
 * idPattern([], "D-") //=> { prefix: "D-", width: 4, next: 1 }
 */
export function idPattern(ids: readonly Cell[], defaultPrefix: string): IdPattern {
  let best: { prefix: string; digits: string; number: number } | undefined;
  for (const id of ids) {
    const p = parts(id);
    if (p && (!best || p.number > best.number)) best = p;
  }
  if (!best) return { prefix: defaultPrefix, width: 4, next: 1 };
  const prefix = best.prefix.toLowerCase();
  let highest = 0;
  for (const id of ids) {
    const p = parts(id);
    if (p && p.prefix.toLowerCase() === prefix) highest = Math.max(highest, p.number);
  }
  return { prefix: best.prefix, width: best.digits.length, next: highest + 1 };
}

/**
 * The ID of a number in a pattern: the prefix and the number padded to the pattern's width
 * (a number wider than that keeps all its digits).
 *
 * @example
 * formatId({ prefix: "C-", width: 4, next: 1 }, 42) //=> "C-0042"
 */
export function formatId(pattern: IdPattern, number: number): string {
  return `${pattern.prefix}${String(number).padStart(pattern.width, "0")}`;
}

/**
 * `count` new IDs continuing the sequence after the highest ID taken: C-0013, C-0014 … Never one
 * of `taken` (compared case-insensitively, spaces trimmed).
 *
 * @param taken - every ID already taken
 * @param count - how many new IDs
 * @param defaultPrefix - the prefix when no ID is taken yet
 * @returns the new IDs, in order
 *
 * @example
 * nextIds(["D-0009"], 2, "D-") //=> ["D-0010", "D-0011"]
 */
export function nextIds(taken: readonly Cell[], count: number, defaultPrefix: string): string[] {
  const pattern = idPattern(taken, defaultPrefix);
  const used = new Set(taken.filter((id) => !isEmpty(id)).map((id) => String(id).trim().toLowerCase()));
  const ids: string[] = [];
  for (let number = pattern.next; ids.length < count; number++) {
    const id = formatId(pattern, number);
    if (!used.has(id.toLowerCase())) ids.push(id);
  }
  return ids;
}
