import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const goalsArea = lazyArea({ id: "goals", labelKey: "goals.area" }, () =>
  import(/* webpackChunkName: "area-goals" */ "./GoalsView").then((module) => module.GoalsView),
);
