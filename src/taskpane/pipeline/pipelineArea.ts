import { lazyArea } from "@taskpane/paneArea";

/** Its own chunk, fetched the first time the tab opens. */
export const pipelineArea = lazyArea({ id: "pipeline", labelKey: "pipeline.area" }, () =>
  import(/* webpackChunkName: "area-pipeline" */ "./PipelineView").then((module) => module.PipelineView),
);
