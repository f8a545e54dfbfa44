/*
 * Ribbon command handlers. The manifest's only button opens the task pane with ShowTaskpane, which
 * needs no code; this bundle runs in the shared runtime (FunctionFile = taskpane.html) so that
 * Office finds it ready, and it is where ExecuteFunction actions register with Office.actions.
 */

/**
 * Shows the SalesGrid task pane. Bound to the action id "showSalesGrid" for ribbon buttons or
 * keyboard shortcuts that use ExecuteFunction instead of ShowTaskpane.
 * @param event The ribbon event; completed once the pane is shown, whatever the outcome.
 */
export async function showSalesGrid(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

Office.onReady(() => {
  // Office.actions exists only where the shared runtime supports ExecuteFunction actions.
  Office.actions?.associate("showSalesGrid", showSalesGrid);
});
