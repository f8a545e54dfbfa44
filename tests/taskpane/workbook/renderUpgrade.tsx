import type { ExcelResult } from "@excel/excelFailure";
import type { WorkbookStatus } from "@excel/workbookStatus";
import type { PaneLanguage } from "@i18n/paneLanguage";
import type { WorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

/** The service calls an upgrade panel of the Workbook area runs. */
export type UpgradeCall = "upgradeForecast" | "upgradePeriodPlans";

/** What an upgrade test gives: the status before and after, and what the upgrade answers. */
export type UpgradeSetup<K extends UpgradeCall> = {
  readonly call: K;
  readonly before: WorkbookStatus;
  readonly after: WorkbookStatus;
  readonly answer: Awaited<ReturnType<WorkbookService[K]>>;
  readonly language?: PaneLanguage;
};

/**
 * Renders the Workbook area over a workbook that reads `before`, then `after` (once the upgrade
 * made the area read it again), with the upgrade answering `answer`.
 *
 * @returns the fake workbook: its `readWorkbookStatus` and the upgrade call, to check it ran (or did not)
 */
export function renderUpgrade<K extends UpgradeCall>({ call, before, after, answer, language }: UpgradeSetup<K>) {
  const statuses = [before, after];
  let read = 0;
  const workbook = {
    readWorkbookStatus: jest.fn(async (): Promise<ExcelResult<WorkbookStatus>> => ({
      ok: true,
      value: statuses[Math.min(read++, statuses.length - 1)],
    })),
    ...({ [call]: jest.fn(async () => answer) } as Record<K, jest.Mock<Promise<typeof answer>, []>>),
  };
  renderWithPane(<WorkbookStatusView />, fakeService(workbook), language);
  return workbook;
}
