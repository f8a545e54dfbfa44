import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const teamArea = lazyArea({ id: "team", labelKey: "team.area" }, () =>
  import(/* webpackChunkName: "area-team" */ "./TeamView").then((module) => module.TeamView),
);
