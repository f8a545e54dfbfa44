import type { PaneArea } from "@taskpane/paneArea";
import { GoalsView } from "./GoalsView";

export const goalsArea: PaneArea = {
  id: "goals",
  labelKey: "goals.area",
  Component: GoalsView,
};
