import { columnIndex } from "@core/workbook/columnIndex";
import type { Cell } from "@core/cells/cell";
import { type WorkbookLanguage, scorecardTable } from "@core/workbook/schema";
import { KPI_KEYS } from "@core/performance/kpis";
import type { ScorecardPeriod } from "@core/performance/scorecardPeriods";

/** The Scorecard as it stands in the workbook (null when there is none yet). */
export type ExistingScorecard = { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

/** What writing a scorecard does to the Scorecard table, worked out before anything is written. */
export type ScorecardWrite = {
  /** Columns to insert, in order, each at its index in the header row as it is at that moment. */
  readonly insertColumns: readonly { readonly index: number; readonly header: string }[];
  /** The header row once the columns are in. */
  readonly headers: readonly string[];
  /** Rows already there for a period and rep of the plan: new cells, null where the cell is kept. */
  readonly updates: readonly {
    readonly row: number;
    readonly cells: readonly (string | number | null)[];
    /** True where the row was an empty one, now filled with a new period and rep. */
    readonly filled: boolean;
  }[];
  /**
   * Rows of other periods whose Score and CollectionRate alone are rewritten (see scorecardWrite's
   * `widen`): cells null but those two.
   */
  readonly widened: readonly { readonly row: number; readonly cells: readonly (string | null)[] }[];
  /** Rows to add at the end, one per period and rep not in the table yet. */
  readonly appends: readonly (readonly (string | number)[])[];
  /** Set when the Scorecard's columns are arranged so that the formulas cannot work. */
  readonly problem?: "kpiBlockBroken";
};

const keyOf = (period: unknown, rep: unknown) =>
  `${String(period ?? "")
    .trim()
    .toLowerCase()}\u0000${String(rep ?? "")
    .trim()
    .toLowerCase()}`;

/**
 * Plans the write of a scorecard into the Scorecard table without losing anything:
 * - missing columns of the layout (performanceTables) are inserted after the column that
 *   precedes them there, so a table made by set-up gets NewCustomers, Commission and the
 *   commission inputs; columns the user added stay where they are;
 * - a row whose Period and Rep (trimmed, any case) are a period and rep of the plan is updated:
 *   Period, Rep, dates and every formula are rewritten; Feedback, Training and the user's own
 *   columns are kept (null);
 * - other plan rows fill the table's empty rows first (a new table's blank row), then are
 *   appended; rows of other periods are not touched, but for one case: with `widen` (KpiWeights'
 *   blocks grow from the seven KPIs of before the collection rate to eight, see hasSevenKpiBlock),
 *   every other row the Performance area wrote (its period's days are numbers) gets the plan's
 *   Score and CollectionRate formulas, nothing else: a Score still reading seven KPI cells against
 *   eight weights would be #VALUE!.
 *
 * @param existing - the table's header row and body, or null to create one
 * @param periods - the plan's periods
 * @param reps - the plan's reps
 * @param formulas - formula text per column key (see scorecardFormulas)
 * @param language - the language of new headers
 * @param widen - whether KpiWeights' blocks grow to the eight KPIs with this write
 * @returns inserts, updates, widened rows and appends
 *
 * @example
 * scorecardWrite(null, periods, ["Ann"], formulas, "en-US").appends[0][0] //=> "2026 Q1"
 */
export function scorecardWrite(
  existing: ExistingScorecard | null,
  periods: readonly ScorecardPeriod[],
  reps: readonly string[],
  formulas: Readonly<Record<string, string>>,
  language: WorkbookLanguage,
  widen = false,
): ScorecardWrite {
  const headers = existing ? [...existing.headers] : [];
  const insertColumns: { index: number; header: string }[] = [];
  const layout = scorecardTable.columns;
  layout.forEach((column, k) => {
    if (columnIndex(scorecardTable, headers)[column.key] >= 0) return;
    let index = 0;
    for (let before = k - 1; before >= 0; before--) {
      const at = columnIndex(scorecardTable, headers)[layout[before].key];
      if (at >= 0) {
        index = at + 1;
        break;
      }
    }
    headers.splice(index, 0, column.header[language]);
    insertColumns.push({ index, header: column.header[language] });
  });
  const index = columnIndex(scorecardTable, headers);
  const kpiPositions = KPI_KEYS.map((key) => key.charAt(0).toUpperCase() + key.slice(1)).map((key) => index[key]);
  const problem = kpiPositions.every((at, i) => i === 0 || at === kpiPositions[i - 1] + 1)
    ? undefined
    : "kpiBlockBroken";

  // Existing rows' cells follow the headers after the inserts.
  const shifted = (existing?.rows ?? []).map((row) => {
    const out: Cell[] = [...row];
    for (const insert of insertColumns) out.splice(insert.index, 0, "");
    return out;
  });
  // A row with no Period, Rep, notes or user value (the empty row a new table starts with) is
  // filled before rows are added, so the table has no blank line in it.
  const kept = new Set(
    headers.map((_, at) => at).filter((at) => !layout.some((c) => c.formula && index[c.key] === at)),
  );
  const isEmptyCell = (cell: Cell) => cell === null || cell === undefined || String(cell).trim() === "";
  const blanks = shifted.flatMap((row, r) => (row.every((cell, at) => !kept.has(at) || isEmptyCell(cell)) ? [r] : []));
  const rowOf = new Map<string, number>();
  shifted.forEach((row, r) => {
    const key = keyOf(row[index.Period], row[index.Rep]);
    if (!rowOf.has(key)) rowOf.set(key, r);
  });

  const updates: { row: number; cells: (string | number | null)[]; filled: boolean }[] = [];
  const appends: (string | number)[][] = [];
  for (const period of periods) {
    const label = period.label[language === "zh-CN" ? "zh" : "en"];
    for (const rep of reps) {
      const written: Record<string, string | number> = {
        ...formulas,
        // Period and Rep are Text-formatted columns (see performanceTables), so "Apr 2026", "2026"
        // and a name starting with = stay text as written.
        Period: label,
        Rep: rep,
        PeriodStart: period.start,
        PeriodEnd: period.end,
      };
      const cellAt = (at: number, keep: null | "") => {
        const column = layout.find((c) => index[c.key] === at);
        return column && column.key in written ? written[column.key] : keep;
      };
      const row = rowOf.get(keyOf(label, rep));
      const slot = row ?? blanks.shift();
      if (slot === undefined) appends.push(headers.map((_, at) => cellAt(at, "") as string | number));
      else updates.push({ row: slot, cells: headers.map((_, at) => cellAt(at, null)), filled: row === undefined });
    }
  }
  // The other rows the Performance area wrote (their period's days are numbers), so a row typed by
  // hand into a set-up Scorecard keeps its own Score.
  const planned = new Set(updates.map((update) => update.row));
  const written = (row: readonly Cell[]) =>
    typeof row[index.PeriodStart] === "number" && typeof row[index.PeriodEnd] === "number";
  const widenedKeys = new Set(["Score", "CollectionRate"].filter((key) => key in formulas));
  const widened = !widen
    ? []
    : shifted.flatMap((row, r) =>
        planned.has(r) || !written(row)
          ? []
          : [
              {
                row: r,
                cells: headers.map((_, at) => {
                  const column = layout.find((c) => index[c.key] === at);
                  return column && widenedKeys.has(column.key) ? formulas[column.key] : null;
                }),
              },
            ],
      );
  return { insertColumns, headers, updates, widened, appends, ...(problem ? { problem } : {}) };
}
