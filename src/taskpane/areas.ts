import { customersArea } from "./customers/customersArea";
import { collectionsArea } from "./collections/collectionsArea";
import { goalsArea } from "./goals/goalsArea";
import { importArea } from "./import/importArea";
import type { PaneArea } from "./paneArea";
import { performanceArea } from "./performance/performanceArea";
import { pipelineArea } from "./pipeline/pipelineArea";
import { serviceArea } from "./service/serviceArea";
import { setupArea } from "./setup/setupArea";
import { teamArea } from "./team/teamArea";
import { weeklyArea } from "./weekly/weeklyArea";
import { workbookArea } from "./workbook/workbookArea";

/**
 * The pane's areas, in tab order. A feature folder exports its `PaneArea` (see
 * workbook/workbookArea.ts) and adds itself here with one entry; the first area opens first.
 */
export const areas: readonly PaneArea[] = [
  workbookArea,
  setupArea,
  importArea,
  goalsArea,
  pipelineArea,
  customersArea,
  collectionsArea,
  serviceArea,
  teamArea,
  performanceArea,
  weeklyArea,
];
