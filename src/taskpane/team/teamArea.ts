import type { PaneArea } from "@taskpane/paneArea";
import { TeamView } from "./TeamView";

export const teamArea: PaneArea = {
  id: "team",
  labelKey: "team.area",
  Component: TeamView,
};
