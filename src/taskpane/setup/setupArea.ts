import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const setupArea = lazyArea({ id: "setup", labelKey: "setup.area" }, () =>
  import(/* webpackChunkName: "area-setup" */ "./SetupView").then((module) => module.SetupView),
);
