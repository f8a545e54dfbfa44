import Papa from "papaparse";
import type { Cell } from "@core/cells/cell";

const DELIMITERS = [",", ";", "\t", "|"] as const;
/** Lines read to guess the delimiter. */
const SAMPLE_LINES = 20;

/**
 * Counts each candidate delimiter per record, outside quoted fields, over the first records.
 * The delimiter that splits the most records into the same number of fields (more than one)
 * wins; ties go to the earlier candidate (comma first).
 */
function guessDelimiter(text: string): string {
  const counts: number[][] = DELIMITERS.map(() => []);
  let current = DELIMITERS.map(() => 0);
  let quoted = false;
  let records = 0;
  const endRecord = () => {
    if (current.some((n) => n > 0) || records > 0) current.forEach((n, i) => counts[i].push(n));
    current = DELIMITERS.map(() => 0);
    records++;
  };
  for (let i = 0; i < text.length && records < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else if (!quoted) {
      const d = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
      if (d >= 0) current[d]++;
    }
  }
  if (current.some((n) => n > 0)) current.forEach((n, i) => counts[i].push(n));
  let best: string = ",";
  let bestScore = 0;
  DELIMITERS.forEach((delimiter, i) => {
    const nonZero = counts[i].filter((n) => n > 0);
    if (nonZero.length === 0) return;
    const frequency = new Map<number, number>();
    for (const n of nonZero) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    let score = 0;
    for (const count of frequency.values()) if (count > score) score = count;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Reads CSV text into rows of cells, with papaparse: the delimiter (comma, semicolon, tab or
 * pipe) is detected from the first records, quoted fields may hold delimiters, quotes ("") and
 * line breaks, and trailing empty lines are dropped. Every value stays text, as written (the
 * import converts numbers and dates per column); empty fields become null, like empty cells.
 *
 * @param text - the file's text (see decodeCsvBytes)
 * @returns the rows; [] for an empty file
 *
 * @example
 * parseCsv('客户;金额\n"华瑞; 上海";1200\n') //=> [["客户", "金额"], ["华瑞; 上海", "1200"]]
 */
export function parseCsv(text: string): Cell[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim().length === 0) return [];
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false });
  const rows: Cell[][] = parsed.data.map((row) => row.map((value) => (value === "" ? null : value)));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) rows.pop();
  return rows;
}
