import type { PaneArea } from "@taskpane/paneArea";
import { PerformanceView } from "./PerformanceView";

export const performanceArea: PaneArea = {
  id: "performance",
  labelKey: "performance.area",
  Component: PerformanceView,
};
