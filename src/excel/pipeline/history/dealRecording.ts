import { columnIndex } from "@core/workbook/columnIndex";
import { settingKeys } from "@core/workbook/schema";
import type { ExcelResult } from "../../excelFailure";
import { runExcel, runExcelWith } from "../../runExcel";
import { reconcileDeals, recordDealChanges, type DealRecording, type DealRows } from "./recordDealChanges";
import { startDealRecorder, type DealRecorder, type DealsChange, type DealsPlace } from "./startDealRecorder";

/** Whether the workbook loads SalesGrid when it opens: "load", "none", or "unsupported" (no SharedRuntime 1.1). */
export type StartupState = "load" | "none" | "unsupported";

/** What the Workbook area shows of recording. */
export type RecordingStatus = {
  readonly startup: StartupState;
  /** Whether this runtime is recording now. */
  readonly running: boolean;
  /** Rows of the DealHistory table (0 when it is missing). */
  readonly historyRows: number;
  /** Deals rows without a DealID, as the last run counted them (null before any run). */
  readonly withoutId: number | null;
};

/** The Workbook area's recording operations (one entry of the pane's WorkbookService). */
export type RecordingService = {
  readonly read: () => Promise<ExcelResult<RecordingStatus>>;
  /** Turns recording on (loads with the workbook, seeds, starts) or off (stops, loads on demand). */
  readonly turn: (on: boolean) => Promise<ExcelResult<RecordingStatus>>;
};

const SHARED_RUNTIME = { name: "SharedRuntime", version: "1.1" } as const;

function hasStartupBehavior(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported(SHARED_RUNTIME.name, SHARED_RUNTIME.version) === true &&
    typeof Office.addin?.getStartupBehavior === "function"
  );
}

/**
 * The workbook's startup behaviour (Office.addin.getStartupBehavior, SharedRuntime 1.1). It is set
 * per document: each workbook opts in on its own.
 *
 * @returns "load", "none", or "unsupported" where the host lacks the shared runtime
 */
export async function readStartupBehavior(): Promise<StartupState> {
  if (!hasStartupBehavior()) return "unsupported";
  return (await Office.addin.getStartupBehavior()) === Office.StartupBehavior.load ? "load" : "none";
}

/**
 * Makes this workbook load SalesGrid when it opens (or not), for the next time it is opened.
 *
 * @param on - true to load with the document
 * @returns the behaviour now set ("unsupported" changes nothing)
 */
export async function writeStartupBehavior(on: boolean): Promise<StartupState> {
  if (!hasStartupBehavior()) return "unsupported";
  await Office.addin.setStartupBehavior(on ? Office.StartupBehavior.load : Office.StartupBehavior.none);
  return on ? "load" : "none";
}

/** Subscribes to the Deals table's onChanged (ExcelApi 1.7); the remover runs in the context that added it, as Office requires. */
async function subscribeDealsChanged(handler: (change: DealsChange) => void): Promise<() => Promise<void>> {
  let added: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> | undefined;
  const result = await runExcel(async (context) => {
    added = context.workbook.tables.getItem("Deals").onChanged.add(async (event) => {
      handler({ address: event.address, source: event.source });
    });
    await context.sync();
  });
  if (!result.ok) throw new Error(result.error.message);
  return async () => {
    const handle = added;
    if (!handle) return;
    await runExcel(async (context) => {
      handle.remove();
      await context.sync();
    }, handle.context);
  };
}

/** Where the Deals table's header row and watched columns are on its sheet, or null without the table. */
function readDealsPlace(): Promise<ExcelResult<DealsPlace | null>> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject("Deals");
    table.load("columns/items/name");
    const range = table.getRange();
    range.load("rowIndex,columnIndex");
    await context.sync();
    if (table.isNullObject) return null;
    const columns = columnIndex(
      "Deals",
      table.columns.items.map((column) => column.name),
    );
    const watched = [columns.Stage, columns.Amount, columns.ExpectedClose]
      .filter((at) => at >= 0)
      .map((at) => range.columnIndex + at);
    return { headerRow: range.rowIndex, watched };
  });
}

const recorderRun = runExcelWith({ mergeUndo: false });

let recorder: DealRecorder | null = null;
let lastWithoutId: number | null = null;
const listeners = new Set<(result: ExcelResult<DealRecording>) => void>();

/**
 * Listens to the recorder's runs (the pane refreshes its counts).
 *
 * @returns what stops listening
 */
export function onDealRecording(listener: (result: ExcelResult<DealRecording>) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts this runtime's recorder (once); a failure to subscribe is the caller's result. */
export async function startRecording(): Promise<ExcelResult<void>> {
  if (recorder) return { ok: true, value: undefined };
  try {
    recorder = await startDealRecorder({
      subscribe: subscribeDealsChanged,
      place: readDealsPlace,
      // Not one merged undo group: creating the state sheet sets Worksheet.visibility, which
      // Microsoft lists as not undoable in a group, so Excel (ExcelApi 1.20) refuses the request.
      record: (rows: DealRows) => recorderRun((context) => recordDealChanges(context, { rows })),
      reconcile: () => recorderRun((context) => reconcileDeals(context)),
      onRun: (result) => {
        if (result.ok) lastWithoutId = result.value.withoutId;
        for (const listener of listeners) listener(result);
      },
    });
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, error: { kind: "office", code: "RecorderNotStarted", message: String(error) } };
  }
}

/** Stops this runtime's recorder, if it runs. */
export async function stopRecording(): Promise<void> {
  const running = recorder;
  recorder = null;
  await running?.stop();
}

/**
 * Starts recording when the shared runtime starts in a workbook SalesGrid set up whose startup
 * behaviour is "load" (recording on). Errors are the caller's to log; the pane still opens.
 *
 * @returns whether recording started
 */
export async function startRecordingIfOn(): Promise<boolean> {
  if ((await readStartupBehavior()) !== "load") return false;
  const setUp = await runExcel(async (context) => {
    const version = context.workbook.settings.getItemOrNullObject(settingKeys.schemaVersion).load("value");
    await context.sync();
    return !version.isNullObject;
  });
  if (!setUp.ok || !setUp.value) return false;
  return (await startRecording()).ok;
}

async function readRecording(): Promise<ExcelResult<RecordingStatus>> {
  const startup = await readStartupBehavior();
  const rows = await runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject("DealHistory");
    await context.sync();
    if (table.isNullObject) return 0;
    const count = table.rows.load("count");
    await context.sync();
    return count.count;
  });
  if (!rows.ok) return rows;
  return {
    ok: true,
    value: { startup, running: recorder !== null, historyRows: rows.value, withoutId: lastWithoutId },
  };
}

async function turnRecording(on: boolean): Promise<ExcelResult<RecordingStatus>> {
  try {
    await writeStartupBehavior(on);
  } catch (error) {
    return { ok: false, error: { kind: "office", code: "StartupBehavior", message: String(error) } };
  }
  if (on) {
    const started = await startRecording();
    if (!started.ok) return started;
    await recorder?.idle();
  } else await stopRecording();
  return readRecording();
}

/** The recording operations against Excel. */
export const recordingService: RecordingService = { read: readRecording, turn: turnRecording };
