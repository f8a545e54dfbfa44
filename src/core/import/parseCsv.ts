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

/** Where papaparse found a CSV file's quoting broken. */
export type CsvParseError = {
  /** 1-based line of the file where the broken field starts. */
  readonly line: number;
  /** 1-based record (row) the field belongs to. */
  readonly record: number;
  /** "MissingQuotes": a quote never closed, so the rest of the file fell into one field; "InvalidQuotes": text after a closing quote. */
  readonly code: "MissingQuotes" | "InvalidQuotes" | "other";
};

/** CSV text read into rows, with where each row starts and what papaparse could not read. */
export type ParsedCsv = {
  readonly rows: Cell[][];
  /** 1-based line of the file where each row starts (rows with line breaks in quotes span several). */
  readonly lines: number[];
  readonly errors: CsvParseError[];
};

/** The 1-based line of each character index, by binary search over the line breaks (one pass over the text). */
function lineFinder(text: string): (index: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  return (index) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid] < index) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/**
 * Reads CSV text into rows like parseCsv, and also reports where each row starts in the file and
 * every quoting error papaparse found (by line), so a broken file is shown rather than imported:
 * an unclosed quote otherwise swallows the rest of the file into one cell.
 *
 * @param text - the file's text (see readCsvBytes)
 * @returns the rows, their first lines and the errors; no rows for an empty file
 *
 * @example
 * parseCsvText('a,b\n"x,1\ny,2\n').errors //=> [{ line: 2, record: 2, code: "MissingQuotes" }]
 */
export function parseCsvText(text: string): ParsedCsv {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim().length === 0) return { rows: [], lines: [], errors: [] };
  const parsed = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false });
  const rows: Cell[][] = parsed.data.map((row) => row.map((value) => (value === "" ? null : value)));
  const lines: number[] = [];
  let line = 1;
  for (const row of parsed.data) {
    lines.push(line);
    line++;
    for (const value of row) for (let i = value.indexOf("\n"); i >= 0; i = value.indexOf("\n", i + 1)) line++;
  }
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === null)) {
    rows.pop();
    lines.pop();
  }
  const lineAt = parsed.errors.length > 0 ? lineFinder(body) : () => 1;
  const errors = parsed.errors.map((error): CsvParseError => ({
    line: error.index !== undefined ? lineAt(error.index) : (lines[error.row ?? 0] ?? 1),
    record: (error.row ?? 0) + 1,
    code: error.code === "MissingQuotes" || error.code === "InvalidQuotes" ? error.code : "other",
  }));
  return { rows, lines, errors };
}

/**
 * Reads CSV text into rows of cells, with papaparse: the delimiter (comma, semicolon, tab or
 * pipe) is detected from the first records, quoted fields may hold delimiters, quotes ("") and
 * line breaks, and trailing empty lines are dropped. Every value stays text, as written (the
 * import converts numbers and dates per column); empty fields become null, like empty cells.
 * Quoting errors are in parseCsvText.
 *
 * @param text - the file's text (see decodeCsvBytes)
 * @returns the rows; [] for an empty file
 *
 * @example
 * parseCsv('客户;金额\n"华瑞; 上海";1200\n') //=> [["客户", "金额"], ["华瑞; 上海", "1200"]]
 */
export function parseCsv(text: string): Cell[][] {
  return parseCsvText(text).rows;
}
