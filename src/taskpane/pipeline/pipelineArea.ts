import type { PaneArea } from "@taskpane/paneArea";
import { PipelineView } from "./PipelineView";

export const pipelineArea: PaneArea = {
  id: "pipeline",
  labelKey: "pipeline.area",
  Component: PipelineView,
};
