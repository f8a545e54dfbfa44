import fc from "fast-check";
import { PENDING_ROUTE_KEY, isPaneRoute, type PaneRoute } from "@core/ribbon/paneRoute";
import { followPaneRoutes, requestPaneRoute, takePendingRoute } from "@taskpane/paneRouting";

const route = fc.oneof(
  fc.record({ kind: fc.constant("area" as const), areaId: fc.string() }),
  fc.constant({ kind: "followUp" as const }),
);

describe("routing the pane from the ribbon through window", () => {
  test("a pane that mounts later takes the latest request, once", () => {
    fc.assert(
      fc.property(fc.array(route, { minLength: 1, maxLength: 5 }), (routes) => {
        const host = new EventTarget();
        for (const each of routes) requestPaneRoute(host, each);
        const seen: PaneRoute[] = [];
        const stop = followPaneRoutes(host, (taken) => seen.push(taken));
        expect(seen).toEqual([routes.at(-1)]);
        expect(takePendingRoute(host)).toBeUndefined();
        stop();
      }),
    );
  });

  test("a running pane follows each request as it comes, and nothing after it stops", () => {
    const host = new EventTarget();
    const seen: PaneRoute[] = [];
    const stop = followPaneRoutes(host, (taken) => seen.push(taken));
    requestPaneRoute(host, { kind: "area", areaId: "goals" });
    requestPaneRoute(host, { kind: "followUp" });
    expect(seen).toEqual([{ kind: "area", areaId: "goals" }, { kind: "followUp" }]);
    stop();
    requestPaneRoute(host, { kind: "area", areaId: "team" });
    expect(seen).toHaveLength(2);
    expect(takePendingRoute(host)).toEqual({ kind: "area", areaId: "team" });
  });

  test("what arrives through window is checked, not trusted", () => {
    expect(isPaneRoute({ kind: "area" })).toBe(false);
    expect(isPaneRoute("followUp")).toBe(false);
    expect(isPaneRoute(null)).toBe(false);
    const host = new EventTarget();
    (host as unknown as Record<string, unknown>)[PENDING_ROUTE_KEY] = { kind: "elsewhere" };
    expect(takePendingRoute(host)).toBeUndefined();
  });
});
