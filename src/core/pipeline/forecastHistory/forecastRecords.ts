import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import type { ForecastRecord } from "@core/pipeline/forecastHistory/forecastSnapshot";

/** One recording of the forecast: the rows one press of the button (or one weekly snapshot) appended. */
export type ForecastRecording = {
  readonly recordedOn: number;
  readonly week: string;
  readonly period: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly automatic: boolean;
  readonly records: readonly ForecastRecord[];
};

const TRUE_LABELS = new Set(["true", "yes", "1", "是"]);

/** A flag cell as typed or written: TRUE, 1, or the text true / yes / 是. */
function flagOf(cell: Cell): boolean {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell !== 0;
  return TRUE_LABELS.has(normalizeLabel(cell));
}

function amountOf(cell: Cell): number | null {
  if (isEmpty(cell)) return null;
  return parseNumber(cell) ?? null;
}

function textOf(cell: Cell): string {
  return isEmpty(cell) ? "" : String(cell).trim();
}

/**
 * The rows of the ForecastHistory table as records, in table order; a row without a readable
 * RecordedOn, PeriodStart or PeriodEnd, or without a Rep, is not a recording and is skipped.
 *
 * @param table - ForecastHistory as read (undefined when the workbook has none)
 * @returns the records
 * @example
 * forecastRecords(table)[0].week //=> "2026-W49"
 */
export function forecastRecords(table: PlainTable | undefined): ForecastRecord[] {
  if (!table) return [];
  const records: ForecastRecord[] = [];
  for (const row of table.rows) {
    const recordedOn = parseDate(cellOf(table, row, "RecordedOn"));
    const periodStart = parseDate(cellOf(table, row, "PeriodStart"));
    const periodEnd = parseDate(cellOf(table, row, "PeriodEnd"));
    const rep = textOf(cellOf(table, row, "Rep"));
    if (recordedOn === undefined || periodStart === undefined || periodEnd === undefined || rep === "") continue;
    records.push({
      recordedOn: Math.floor(recordedOn),
      week: textOf(cellOf(table, row, "Week")),
      period: textOf(cellOf(table, row, "Period")),
      periodStart,
      periodEnd,
      rep,
      team: textOf(cellOf(table, row, "Team")),
      closed: amountOf(cellOf(table, row, "Closed")),
      commit: amountOf(cellOf(table, row, "Commit")),
      bestCase: amountOf(cellOf(table, row, "BestCase")),
      pipeline: amountOf(cellOf(table, row, "Pipeline")),
      weighted: amountOf(cellOf(table, row, "Weighted")),
      target: amountOf(cellOf(table, row, "Target")),
      automatic: flagOf(cellOf(table, row, "Automatic")),
    });
  }
  return records;
}

/**
 * The records grouped into recordings. A recording appends its rows together, so one is a run of
 * consecutive records with the same day, period and Automatic flag in which no rep comes twice:
 * two recordings on one day (record, win a deal, record again) stay two.
 *
 * @param records - the records, in table order
 * @returns the recordings, in table order
 * @example
 * forecastRecordings(forecastRecords(table)).length //=> 2
 */
export function forecastRecordings(records: readonly ForecastRecord[]): ForecastRecording[] {
  const recordings: ForecastRecording[] = [];
  let current: { head: ForecastRecord; list: ForecastRecord[]; reps: Set<string> } | null = null;
  for (const record of records) {
    const rep = normalizeLabel(record.rep);
    const same =
      current !== null &&
      current.head.recordedOn === record.recordedOn &&
      current.head.periodStart === record.periodStart &&
      current.head.periodEnd === record.periodEnd &&
      current.head.automatic === record.automatic &&
      !current.reps.has(rep);
    if (!same || current === null) {
      current = { head: record, list: [], reps: new Set() };
      const { recordedOn, week, period, periodStart, periodEnd, automatic } = record;
      recordings.push({ recordedOn, week, period, periodStart, periodEnd, automatic, records: current.list });
    }
    current.list.push(record);
    current.reps.add(rep);
  }
  return recordings;
}

/**
 * Whether a week already has its automatic snapshot: a row of ForecastHistory with that Week and
 * Automatic TRUE (a manager's recordings that week do not count).
 *
 * @param table - ForecastHistory's Week and Automatic columns as read (undefined when missing)
 * @param week - the ISO week label
 * @returns true when the week's automatic snapshot is there
 * @example
 * hasAutomaticSnapshot(table, "2026-W50") //=> false
 */
export function hasAutomaticSnapshot(table: PlainTable | undefined, week: string): boolean {
  if (!table) return false;
  const wanted = week.trim().toUpperCase();
  return table.rows.some(
    (row) => textOf(cellOf(table, row, "Week")).toUpperCase() === wanted && flagOf(cellOf(table, row, "Automatic")),
  );
}
