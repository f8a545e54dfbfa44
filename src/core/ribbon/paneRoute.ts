/**
 * How a ribbon command tells the pane where to go: the route, the names of the event and the
 * pending slot it travels by, and the check of what arrives. Pure: the `window` part (the
 * CustomEvent, the slot) is src/taskpane/paneRouting.ts, used by src/commands and the pane.
 */

/** Where the pane should go: an area, or the quick follow-up form for the selected row. */
export type PaneRoute = { readonly kind: "area"; readonly areaId: string } | { readonly kind: "followUp" };

/** The event a route request dispatches on the host. */
export const PANE_ROUTE_EVENT = "salesgrid:pane-route";

/** The host property holding a request no pane has taken yet. */
export const PENDING_ROUTE_KEY = "salesGridPendingRoute";

/**
 * Whether a value is a route (what arrives through `window` is checked, not trusted).
 *
 * @example
 * isPaneRoute({ kind: "area", areaId: "goals" }) //=> true
 * isPaneRoute({ kind: "area" }) //=> false
 */
export function isPaneRoute(value: unknown): value is PaneRoute {
  if (typeof value !== "object" || value === null) return false;
  const route = value as { kind?: unknown; areaId?: unknown };
  return (route.kind === "area" && typeof route.areaId === "string") || route.kind === "followUp";
}
