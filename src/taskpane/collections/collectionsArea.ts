import { lazyArea } from "../paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const collectionsArea = lazyArea({ id: "collections", labelKey: "collections.area" }, () =>
  import(/* webpackChunkName: "area-collections" */ "./CollectionsView").then((module) => module.CollectionsView),
);
