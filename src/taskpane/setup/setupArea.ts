import type { PaneArea } from "@taskpane/paneArea";
import { SetupView } from "./SetupView";

export const setupArea: PaneArea = {
  id: "setup",
  labelKey: "setup.area",
  Component: SetupView,
};
