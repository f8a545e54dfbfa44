import { logFollowUpUpdate } from "@core/ribbon/ribbonCommands";
import { toExcelFailure, type ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readSelectedRecord } from "./readSelectedRecord";

/**
 * Whether this Excel can enable and disable ribbon buttons (RibbonApi 1.1). Where it cannot,
 * Office keeps every add-in command enabled, whatever the manifest's <Enabled> says, so the Log
 * follow-up form itself explains a selection it cannot act on.
 */
export function ribbonUpdatesSupported(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("RibbonApi", "1.1") === true;
}

/**
 * Asks Office to enable or disable the Log follow-up button. Office only queues the request; it
 * answers `HostRestartNeeded` after an upgrade changed the add-in's commands, which is reported,
 * not thrown, as is any other refusal.
 *
 * @param enabled - whether the button can be clicked
 * @returns whether the request was queued (false where RibbonApi 1.1 is missing, nothing asked)
 * @example
 * await setLogFollowUpEnabled(true) //=> { ok: true, value: true }
 */
export async function setLogFollowUpEnabled(enabled: boolean): Promise<ExcelResult<boolean>> {
  if (!ribbonUpdatesSupported()) return { ok: true, value: false };
  try {
    await Office.ribbon.requestUpdate(logFollowUpUpdate(enabled) as Office.RibbonUpdaterData);
    return { ok: true, value: true };
  } catch (error) {
    return { ok: false, error: toExcelFailure(error) };
  }
}

/**
 * Keeps the Log follow-up button enabled exactly while a Customers or Deals data row is selected:
 * sets it for the selection now, then again on each selection change on any sheet. Nothing is
 * subscribed where RibbonApi 1.1 is missing (the button stays enabled there).
 *
 * @param report - told of each failure (reading the selection, or the ribbon's refusal)
 * @returns the subscription's stop function, or null where the ribbon cannot be updated
 * @example
 * await watchLogFollowUpState(console.error) //=> { ok: true, value: [Function stop] }
 */
export async function watchLogFollowUpState(
  report: (failure: unknown) => void,
): Promise<ExcelResult<(() => Promise<ExcelResult<void>>) | null>> {
  if (!ribbonUpdatesSupported()) return { ok: true, value: null };
  let last: boolean | undefined;
  const refresh = async () => {
    const selected = await readSelectedRecord();
    if (!selected.ok) return report(selected.error);
    const enabled = selected.value !== null;
    if (enabled === last) return;
    const updated = await setLogFollowUpEnabled(enabled);
    if (updated.ok) last = enabled;
    else report(updated.error);
  };
  const subscribed = await runExcel(async (context) => {
    const registration = context.workbook.worksheets.onSelectionChanged.add(refresh);
    await context.sync();
    return () =>
      runExcel(async (removeContext) => {
        registration.remove();
        await removeContext.sync();
      }, registration.context);
  });
  if (subscribed.ok) await refresh();
  return subscribed;
}
