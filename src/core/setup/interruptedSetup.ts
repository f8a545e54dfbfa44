import type { SetupState } from "@core/setup/setupState";

/**
 * Whether an earlier set-up with sample data stopped before its last table was complete, so a
 * new run offers sample data again to finish it.
 *
 * @param state - what set-up found in the workbook
 * @returns true when the recorded run asked for sample data and a table is incomplete
 * @example
 * interruptedSetup({ ...state, record: { sample: { seed: 1, today: 46023, customers: 300 }, tables: { Deals: { id: "{1}", sheet: "Pipeline", complete: false } } } }) //=> true
 */
export function interruptedSetup(state: SetupState): boolean {
  return state.record.sample !== null && Object.values(state.record.tables).some((table) => table?.complete === false);
}
