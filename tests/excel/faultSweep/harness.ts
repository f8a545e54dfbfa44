/**
 * The fault sweep's harness: for a writer, every sync in turn fails (Excel refuses the request, as
 * on a dropped connection or a cell in edit mode). After each failure the writer must report it
 * (never claim success), and running it again as the pane would must leave the workbook exactly
 * as one clean run does: nothing lost, nothing misplaced, no duplicate row.
 */
import { JOURNAL_SHEET } from "@excel/undo/undoJournal";
import type { ExcelResult } from "@excel/excelFailure";
import { createEmulator, type Emulator, type SalesFunctionsSource, type WorkbookSnapshot } from "@workbench/emulator";
import { clockAt, sampleToday } from "../../fixtures/sampleWorkbook";

export type Writer = {
  readonly name: string;
  /** The workbook the writer starts from (a snapshot, or undefined for an empty workbook). */
  readonly start: () => WorkbookSnapshot | undefined;
  /** Runs the writer as the pane does; `again` is true for the re-run after a failure. */
  readonly run: (again: boolean) => Promise<ExcelResult<unknown>>;
};

/** A fresh emulator holding `snapshot` (or an empty workbook), installed as the Office globals. */
export function emulatorFrom(functions: SalesFunctionsSource, snapshot?: WorkbookSnapshot): Emulator {
  // A copy: restoring may keep the snapshot's arrays, and the writes must not reach the next run's start.
  // On the web profile, the stricter one for payloads (5 MB per request and per response).
  const emulator = createEmulator({
    platform: "web",
    functions,
    snapshot: snapshot && structuredClone(snapshot),
    now: clockAt(sampleToday),
  });
  emulator.install();
  return emulator;
}

/**
 * The workbook as the user sees it: every sheet's cell inputs and every table's place and name.
 * The hidden undo journal is left out: a run that failed after its first write leaves its entry
 * pending there, as designed (src/excel/undo/undoJournal.ts), so it differs from a clean run's;
 * tests/excel/undo/ checks the journal itself.
 */
export function state(emulator: Emulator) {
  const snapshot = emulator.snapshot();
  return {
    sheets: snapshot.sheets
      .filter((sheet) => sheet.name !== JOURNAL_SHEET)
      .map((sheet) => ({ name: sheet.name, cells: sheet.cells })),
    tables: snapshot.tables.map((table) => ({ name: table.name, sheet: table.sheet, range: JSON.stringify(table) })),
  };
}

/** Fails each sync of one clean run in turn; after each, the failure is reported and a re-run matches the clean run. */
export async function sweep(functions: SalesFunctionsSource, writer: Writer): Promise<void> {
  const start = writer.start();
  const clean = emulatorFrom(functions, start);
  const before = clean.stats.syncs;
  const written = await writer.run(false);
  expect(written.ok).toBe(true);
  const syncs = clean.stats.syncs - before;
  expect(syncs).toBeGreaterThan(0);
  const expected = state(clean);

  for (let failing = 1; failing <= syncs; failing++) {
    const emulator = emulatorFrom(functions, start);
    emulator.failSync(failing, { code: "GeneralException", message: `sync ${failing} refused` });
    const failed = await writer.run(false);
    expect({ failing, ok: failed.ok }).toEqual({ failing, ok: false });

    const rerun = await writer.run(true);
    expect({ failing, ok: rerun.ok, error: rerun.ok ? undefined : rerun.error }).toEqual({
      failing,
      ok: true,
      error: undefined,
    });
    expect({ failing, state: state(emulator) }).toEqual({ failing, state: expected });
  }
}
