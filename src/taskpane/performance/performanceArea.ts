import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const performanceArea = lazyArea({ id: "performance", labelKey: "performance.area" }, () =>
  import(/* webpackChunkName: "area-performance" */ "./PerformanceView").then((module) => module.PerformanceView),
);
