/*
 * Ribbon command handlers, in the shared runtime (FunctionFile = taskpane.html). Each button of
 * the SalesGrid tab runs an ExecuteFunction action associated here with Office.actions: it leaves
 * a route for the pane on `window` (the pane is another bundle on this page; see
 * core/ribbon/paneRoute.ts), then shows the pane with Office.addin.showAsTaskpane. The Log
 * follow-up button is enabled only while a Customers or Deals row is selected (RibbonApi 1.1).
 */
import type { PaneRoute } from "@core/ribbon/paneRoute";
import { requestPaneRoute } from "@taskpane/paneRouting";
import { AREA_COMMANDS, LOG_FOLLOW_UP_COMMAND, SHOW_PANE_ACTION_ID } from "@core/ribbon/ribbonCommands";
import { watchLogFollowUpState } from "@excel/ribbon/ribbonState";

/**
 * Shows the SalesGrid task pane as it is. Bound to the action id "showSalesGrid".
 * @param event The ribbon event; completed once the pane is shown, whatever the outcome.
 * @example
 * await showSalesGrid(event) // the pane is open; event.completed() was called
 */
export async function showSalesGrid(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

/**
 * Routes the pane, then shows it. The route is left first, so a pane that mounts because of the
 * show finds it; a pane already open follows it at once.
 *
 * @param route - where the pane should go
 * @param event - the ribbon event, completed whatever the outcome (Office waits for it)
 * @example
 * await openPane({ kind: "area", areaId: "goals" }, event) // the pane shows the Goals area
 */
export async function openPane(route: PaneRoute, event?: Office.AddinCommands.Event): Promise<void> {
  try {
    requestPaneRoute(window, route);
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

/**
 * Associates every action of the SalesGrid tab and the keyboard shortcut file with its handler.
 *
 * @param actions - Office.actions (absent where the shared runtime cannot run ExecuteFunction)
 * @returns the action ids associated
 * @example
 * associateCommands(Office.actions) //=> ["showSalesGrid", "openWorkbook", …, "logFollowUp"]
 */
export function associateCommands(actions: typeof Office.actions | undefined): string[] {
  if (!actions) return [];
  const handlers: [string, (event?: Office.AddinCommands.Event) => Promise<void>][] = [
    [SHOW_PANE_ACTION_ID, showSalesGrid],
    ...AREA_COMMANDS.map((command): [string, (event?: Office.AddinCommands.Event) => Promise<void>] => [
      command.actionId,
      (event) => openPane({ kind: "area", areaId: command.areaId }, event),
    ]),
    [LOG_FOLLOW_UP_COMMAND.actionId, (event) => openPane({ kind: "followUp" }, event)],
  ];
  for (const [id, handler] of handlers) actions.associate(id, handler);
  return handlers.map(([id]) => id);
}

Office.onReady(() => {
  associateCommands(Office.actions);
  watchLogFollowUpState((failure) => console.error("SalesGrid could not update the Log follow-up button", failure))
    .then((result) => {
      if (!result.ok) console.error("SalesGrid could not follow the selection for the ribbon", result.error);
    })
    .catch((error: unknown) => console.error("SalesGrid could not follow the selection for the ribbon", error));
});
