import type { PaneArea } from "@taskpane/paneArea";
import { WorkbookStatusView } from "./WorkbookStatusView";

export const workbookArea: PaneArea = {
  id: "workbook",
  labelKey: "areas.workbook",
  Component: WorkbookStatusView,
};
