/**
 * How a ribbon command tells the pane where to go. The commands bundle and the pane are separate
 * bundles on one page (taskpane.html is the FunctionFile), so they share no module state: the
 * request travels through the page's `window`, as an event for a pane that is running and as a
 * pending slot that a pane mounting later takes. The host is passed in, so this stays pure.
 */

/** Where the pane should go: an area, or the quick follow-up form for the selected row. */
export type PaneRoute = { readonly kind: "area"; readonly areaId: string } | { readonly kind: "followUp" };

/** The event a route request dispatches on the host. */
export const PANE_ROUTE_EVENT = "salesgrid:pane-route";

/** The host property holding a request no pane has taken yet. */
export const PENDING_ROUTE_KEY = "salesGridPendingRoute";

/** What the routing needs of `window`: events, and a property for the pending request. */
export type RouteHost = Pick<EventTarget, "addEventListener" | "removeEventListener" | "dispatchEvent">;

type Slot = { [PENDING_ROUTE_KEY]?: PaneRoute };

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

/**
 * Asks the pane to go somewhere: leaves the request in the pending slot, then dispatches the
 * event; a running pane takes the request when the event arrives, a pane that mounts later takes
 * it then. The latest request wins.
 *
 * @param host - the page's window
 * @param route - where to go
 * @example
 * requestPaneRoute(window, { kind: "area", areaId: "pipeline" })
 */
export function requestPaneRoute(host: RouteHost, route: PaneRoute): void {
  (host as Slot)[PENDING_ROUTE_KEY] = route;
  host.dispatchEvent(new CustomEvent(PANE_ROUTE_EVENT, { detail: route }));
}

/**
 * Takes the pending request, if any, leaving the slot empty.
 *
 * @param host - the page's window
 * @returns the route, or undefined
 * @example
 * requestPaneRoute(window, { kind: "followUp" }); takePendingRoute(window) //=> { kind: "followUp" }
 */
export function takePendingRoute(host: RouteHost): PaneRoute | undefined {
  const slot = host as Slot;
  const pending = slot[PENDING_ROUTE_KEY];
  delete slot[PENDING_ROUTE_KEY];
  return isPaneRoute(pending) ? pending : undefined;
}

/**
 * Follows route requests: the pending one at once, then each new one, which it takes from the
 * slot so a later mount does not replay it.
 *
 * @param host - the page's window
 * @param handler - called with each route
 * @returns the function that stops following
 * @example
 * const stop = followPaneRoutes(window, (route) => console.log(route));
 */
export function followPaneRoutes(host: RouteHost, handler: (route: PaneRoute) => void): () => void {
  const listener = () => {
    const route = takePendingRoute(host);
    if (route) handler(route);
  };
  host.addEventListener(PANE_ROUTE_EVENT, listener);
  listener();
  return () => host.removeEventListener(PANE_ROUTE_EVENT, listener);
}
