import type { PaneArea } from "@taskpane/paneArea";
import { ImportView } from "./ImportView";

export const importArea: PaneArea = {
  id: "import",
  labelKey: "import.area",
  Component: ImportView,
};
