import type { ExcelResult } from "../../excelFailure";
import type { DealRecording, DealRows } from "./recordDealChanges";

/** What the recorder takes of Excel's TableChangedEventArgs. */
export type DealsChange = {
  /** The changed area, as Excel gives it ("E5:E7", or with the sheet's name). */
  readonly address: string;
  /** "Local" for a change made in this Excel, "Remote" for one from a co-author. */
  readonly source: string;
};

/** Where the Deals table is on its sheet: the row of its header and the sheet columns watched. */
export type DealsPlace = {
  /** 0-based sheet row of the header row. */
  readonly headerRow: number;
  /** 0-based sheet columns of Stage, Amount and ExpectedClose (those present). */
  readonly watched: readonly number[];
};

/** What the recorder is given: the event subscription and the workbook calls, injected. */
export type DealRecorderDeps = {
  /** Subscribes to the Deals table's onChanged; resolves to what unsubscribes. */
  readonly subscribe: (handler: (change: DealsChange) => void) => Promise<() => Promise<void>>;
  /** Where the Deals table is now (read before each run: a column may have moved). */
  readonly place: () => Promise<ExcelResult<DealsPlace | null>>;
  readonly record: (rows: DealRows) => Promise<ExcelResult<DealRecording>>;
  readonly reconcile: () => Promise<ExcelResult<DealRecording>>;
  /** Each run's outcome, for the pane (counts, or the failure). */
  readonly onRun?: (result: ExcelResult<DealRecording>) => void;
};

/** A running recorder. */
export type DealRecorder = {
  /** Unsubscribes; a run under way finishes. */
  readonly stop: () => Promise<void>;
  /** Resolves when no run is under way or waiting (tests, and the pane before it reads). */
  readonly idle: () => Promise<void>;
};

/** The cells an A1 address covers: 0-based rows and columns, or null when it is not a cell range. */
function areaOf(address: string): { top: number; bottom: number; left: number; right: number } | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
  if (!match) return null;
  const column = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  return {
    top: Math.min(Number(r1), Number(r2)) - 1,
    bottom: Math.max(Number(r1), Number(r2)) - 1,
    left: Math.min(column(c1), column(c2)),
    right: Math.max(column(c1), column(c2)),
  };
}

/**
 * Starts recording deal changes as they are made: reconciles the whole table first (what changed
 * while the add-in was not running), then subscribes to the Deals table's changes. A change from
 * a co-author (source "Remote") is left to the runtime where it was made, so each change is
 * recorded once; a change touching none of Stage, Amount and ExpectedClose (the recorder's own
 * StageSince and ClosedOn stamps among them) is ignored. Runs go one at a time: changes arriving
 * during a run are merged into the next one (one span of rows).
 *
 * @param deps - the subscription and the workbook calls
 * @returns the recorder, to stop
 * @example
 * const recorder = await startDealRecorder({ subscribe: subscribeDealsChanged, place: readDealsPlace, record, reconcile });
 * await recorder.stop();
 */
export async function startDealRecorder(deps: DealRecorderDeps): Promise<DealRecorder> {
  let pending: DealsChange[] = [];
  let running: Promise<void> | null = null;
  let stopped = false;

  const runOnce = async (changes: readonly DealsChange[]) => {
    const place = await deps.place();
    if (!place.ok) {
      deps.onRun?.(place);
      return;
    }
    if (!place.value) return;
    const { headerRow, watched } = place.value;
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const change of changes) {
      const area = areaOf(change.address);
      // An address the recorder cannot read (a whole column, a name) may touch anything: all rows.
      if (!area) {
        top = 0;
        bottom = Number.POSITIVE_INFINITY;
        continue;
      }
      if (!watched.some((column) => column >= area.left && column <= area.right)) continue;
      top = Math.min(top, Math.max(0, area.top - headerRow - 1));
      bottom = Math.max(bottom, area.bottom - headerRow - 1);
    }
    if (bottom < 0 || top > bottom) return;
    const count = Number.isFinite(bottom) ? bottom - top + 1 : Number.MAX_SAFE_INTEGER;
    const recorded = await deps.record({ first: top, count });
    deps.onRun?.(recorded);
  };

  const drain = async () => {
    while (pending.length > 0 && !stopped) {
      const changes = pending;
      pending = [];
      await runOnce(changes);
    }
    running = null;
  };

  const handler = (change: DealsChange) => {
    if (stopped || change.source === "Remote") return;
    pending.push(change);
    running ??= drain();
  };

  running = (async () => {
    const reconciled = await deps.reconcile();
    deps.onRun?.(reconciled);
    await drain();
  })();
  const unsubscribe = await deps.subscribe(handler);

  return {
    stop: async () => {
      stopped = true;
      await unsubscribe();
    },
    idle: async () => {
      while (running) await running;
    },
  };
}
