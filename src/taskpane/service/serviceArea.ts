import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens (with the Service area's Excel code). */
export const serviceArea = lazyArea({ id: "service", labelKey: "service.area" }, () =>
  import(/* webpackChunkName: "area-service" */ "./ServiceView").then((module) => module.ServiceView),
);
