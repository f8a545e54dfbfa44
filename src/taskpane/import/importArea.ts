import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const importArea = lazyArea({ id: "import", labelKey: "import.area" }, () =>
  import(/* webpackChunkName: "area-import" */ "./ImportView").then((module) => module.ImportView),
);
