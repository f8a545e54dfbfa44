import { isPaneRoute, PANE_ROUTE_EVENT, PENDING_ROUTE_KEY, type PaneRoute } from "@core/ribbon/paneRoute";

/**
 * How a ribbon command tells the pane where to go, through the page's `window`. The commands
 * bundle and the pane are separate bundles on one page (taskpane.html is the FunctionFile), so
 * they share no module state: the request travels as a CustomEvent for a pane that is running and
 * as a pending slot that a pane mounting later takes. DOM code, so not in core (ARCHITECTURE.md);
 * the route and its check are @core/ribbon/paneRoute.
 */

/** What the routing needs of `window`: events, and a property for the pending request. */
export type RouteHost = Pick<EventTarget, "addEventListener" | "removeEventListener" | "dispatchEvent">;

type Slot = { [PENDING_ROUTE_KEY]?: PaneRoute };

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
