import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens (with the Weekly service, same chunk name). */
export const weeklyArea = lazyArea({ id: "weekly", labelKey: "weekly.area" }, () =>
  import(/* webpackChunkName: "area-weekly" */ "./WeeklyView").then((module) => module.WeeklyView),
);
