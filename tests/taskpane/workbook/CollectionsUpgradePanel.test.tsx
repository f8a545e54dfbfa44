/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { CollectionsUpgradePreview } from "@excel/setup/upgradeCollections";
import type { WorkbookStatus } from "@excel/workbookStatus";
import type { PaneLanguage } from "@i18n/paneLanguage";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService, statusWith } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

jest.setTimeout(30_000);

const present = { Deals: { sheet: "Pipeline", rowCount: 40 }, Payments: { sheet: "Collections", rowCount: 1 } };
const before = statusWith(present, { schemaVersion: 3, language: "en-US", collectionsUpgrade: true });
const after = statusWith(present, { schemaVersion: 4, language: "en-US", collectionsUpgrade: false });

function renderPanel(preview: CollectionsUpgradePreview, language: PaneLanguage = "en-US") {
  const statuses = [before, after];
  let read = 0;
  const workbook = {
    readWorkbookStatus: jest.fn(async (): Promise<ExcelResult<WorkbookStatus>> => ({
      ok: true,
      value: statuses[Math.min(read++, statuses.length - 1)],
    })),
    previewCollectionsUpgrade: jest.fn(async () => ({ ok: true as const, value: preview })),
    upgradeCollections: jest.fn(async () => ({
      ok: true as const,
      value: { kind: "upgraded" as const, moved: preview.payments, total: preview.total, targets: 6 },
    })),
  };
  renderWithPane(<WorkbookStatusView />, fakeService(workbook), language);
  return workbook;
}

const ready: CollectionsUpgradePreview = {
  payments: 12,
  total: 34050.5,
  datedToday: 1,
  blocked: [],
  paymentsMissing: false,
};

describe("the Workbook area's collections upgrade", () => {
  it("says how many payments and what total it will write before writing, and writes only once confirmed", async () => {
    const workbook = renderPanel(ready);
    expect(await screen.findByText("Collected becomes the sum of real payments")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Check what it writes…" }));
    expect(
      await screen.findByText(/SalesGrid will add received payments to Payments: 12, 34,050\.50 in all/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Deals without a ClosedOn: 1\./)).toBeInTheDocument();
    expect(workbook.upgradeCollections).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(workbook.upgradeCollections).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Check what it writes…" }));
    fireEvent.click(await screen.findByRole("button", { name: "Upgrade" }));
    expect(
      await screen.findByText("Upgraded. Payments moved: 12 (34,050.50). Targets rows now measuring receipts: 6."),
    ).toBeInTheDocument();
    expect(workbook.upgradeCollections).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByText("Set up by SalesGrid (schema version 4)")).toBeInTheDocument());
  });

  it("offers no Upgrade while deals block it, and names their rows", async () => {
    const workbook = renderPanel({
      ...ready,
      blocked: [{ row: 7, dealId: "", customer: "Acme", reason: "no-id" }],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Check what it writes…" }));
    expect(await screen.findByText(/Deals rows 7 \(Acme\)/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Upgrade" })).toBeNull();
    expect(workbook.upgradeCollections).not.toHaveBeenCalled();
  });

  it("speaks Chinese, without stray spaces between the sentences", async () => {
    renderPanel(ready, "zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "查看将写入的内容…" }));
    const text = await screen.findByText(/SalesGrid 将在回款计划中新增 12 笔已回款记录/);
    expect(text.textContent).toContain("备注中已注明。随后商机的回款金额改为公式");
  });
});
