/**
 * The ids the ribbon's SalesGrid tab (manifest.xml) and the code share: the tab, its groups, each
 * button, and the ExecuteFunction action each button runs. manifest.test.ts checks that every id
 * here is the manifest's and that src/commands associates every action.
 */

/** The add-in's own ribbon tab (an add-in has at most one CustomTab). */
export const RIBBON_TAB_ID = "SalesGrid.Tab";

/** A ribbon button that opens the pane on one area. */
export type AreaCommand = {
  /** The pane area's id (src/taskpane/areas.ts). */
  readonly areaId: string;
  /** The ExecuteFunction action (FunctionName in the manifest, Office.actions.associate in code). */
  readonly actionId: string;
  /** The button's Control id in the manifest. */
  readonly controlId: string;
  /** The Group the button sits in. */
  readonly groupId: string;
};

const command = (areaId: string, groupId: string): AreaCommand => ({
  areaId,
  actionId: `open${areaId.charAt(0).toUpperCase()}${areaId.slice(1)}`,
  controlId: `SalesGrid.Open.${areaId}`,
  groupId,
});

/**
 * One button per pane area, in the pane's tab order, grouped as the ribbon shows them.
 *
 * @example
 * AREA_COMMANDS.find((c) => c.areaId === "pipeline")?.actionId //=> "openPipeline"
 */
export const AREA_COMMANDS: readonly AreaCommand[] = [
  command("workbook", "SalesGrid.Start"),
  command("setup", "SalesGrid.Start"),
  command("import", "SalesGrid.Start"),
  command("goals", "SalesGrid.Sell"),
  command("pipeline", "SalesGrid.Sell"),
  command("customers", "SalesGrid.Sell"),
  command("collections", "SalesGrid.Sell"),
  command("service", "SalesGrid.Sell"),
  command("team", "SalesGrid.Review"),
  command("performance", "SalesGrid.Review"),
  command("weekly", "SalesGrid.Review"),
];

/** The Log follow-up button: disabled at launch, enabled while a Customers or Deals row is selected. */
export const LOG_FOLLOW_UP_COMMAND = {
  actionId: "logFollowUp",
  controlId: "SalesGrid.LogFollowUp",
  groupId: "SalesGrid.FollowUps",
} as const;

/** The action of the button that only shows the pane (kept for shortcuts and older callers). */
export const SHOW_PANE_ACTION_ID = "showSalesGrid";

/** What Office.ribbon.requestUpdate takes (Office.RibbonUpdaterData, as plain data). */
export type RibbonUpdate = {
  readonly tabs: readonly {
    readonly id: string;
    readonly groups: readonly {
      readonly id: string;
      readonly controls: readonly { readonly id: string; readonly enabled: boolean }[];
    }[];
  }[];
};

/**
 * The requestUpdate input that enables or disables the Log follow-up button: the control named
 * with its group and tab, as Office needs them.
 *
 * @param enabled - whether the button can be clicked
 * @returns the RibbonUpdaterData
 * @example
 * logFollowUpUpdate(true).tabs[0].groups[0].controls[0] //=> { id: "SalesGrid.LogFollowUp", enabled: true }
 */
export function logFollowUpUpdate(enabled: boolean): RibbonUpdate {
  return {
    tabs: [
      {
        id: RIBBON_TAB_ID,
        groups: [{ id: LOG_FOLLOW_UP_COMMAND.groupId, controls: [{ id: LOG_FOLLOW_UP_COMMAND.controlId, enabled }] }],
      },
    ],
  };
}
