/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { initI18n } from "@i18n/initI18n";
import { Pane } from "@taskpane/Pane";
import { areas } from "@taskpane/areas";
import { getStartedAreas } from "@taskpane/workbook/GetStarted";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService, fakeWorkbookService, statusWith } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

const empty = statusWith({});

// The pane test renders the whole pane and opens Set up: seconds on a busy machine.
jest.setTimeout(60_000);

describe("Get started", () => {
  it("is what an empty workbook opens on: Set up first, then a line per area, instead of eight Missing rows", async () => {
    const service = fakeService({
      readWorkbookStatus: jest.fn(async () => ({ ok: true as const, value: empty })),
      setup: { inspect: jest.fn(() => new Promise(() => {})) } as never,
    });
    render(<Pane i18n={initI18n("en-US")} service={service} />);

    expect(await screen.findByText("This workbook has no SalesGrid tables yet.", { exact: false })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Get started" })).toBeInTheDocument();
    expect(screen.getByText(/This workbook has no SalesGrid tables yet/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByText("Missing")).not.toBeInTheDocument();
    expect(screen.queryByText("0 of 11 SalesGrid tables found")).not.toBeInTheDocument();

    const list = screen.getByRole("list", { name: "What each area does" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(areas.length);
    expect(items[1]).toHaveTextContent("Set up: Creates the SalesGrid tables in this workbook");
    expect(items[4]).toHaveTextContent(/^Pipeline: /);

    // The primary action opens the Set up area, as its tab does.
    fireEvent.click(screen.getByRole("button", { name: "Set up" }));
    const nav = screen.getByRole("navigation", { name: "SalesGrid areas" });
    expect(within(nav).getByRole("tab", { name: "Set up", selected: true })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Set up the sales workbook" })).toBeInTheDocument();
  });

  it("speaks Chinese, with the Set up area's own term", async () => {
    renderWithPane(<WorkbookStatusView />, fakeWorkbookService({ ok: true, value: empty }), "zh-CN");
    expect(await screen.findByRole("heading", { name: "快速开始" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "各功能区的用途" });
    expect(within(list).getAllByRole("listitem")[1]).toHaveTextContent(/^初始化：在此工作簿中创建 SalesGrid 表格/);
    // Outside the pane there is no area to open: no button that would do nothing.
    expect(screen.queryByRole("button", { name: "初始化" })).not.toBeInTheDocument();
  });

  it("gives way to the status once the workbook has a SalesGrid table, or was set up", async () => {
    const service = fakeWorkbookService(
      { ok: true, value: empty },
      { ok: true, value: statusWith({ Customers: { sheet: "Sheet1", rowCount: 2 } }) },
      { ok: true, value: statusWith({}, { schemaVersion: 1 }) },
    );
    renderWithPane(<WorkbookStatusView />, service);
    await screen.findByRole("heading", { name: "Get started" });

    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByRole("heading", { name: "Workbook status" })).toBeInTheDocument();
    expect(screen.getByText("1 of 11 SalesGrid tables found")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "What each area does" })).not.toBeInTheDocument();

    // A workbook SalesGrid set up whose tables were all deleted is a damaged one, not a new one.
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByText("Set up by SalesGrid (schema version 1)")).toBeInTheDocument();
    expect(screen.getByText("0 of 11 SalesGrid tables found")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Get started" })).not.toBeInTheDocument();
  });

  it("has a line for every area of the pane, in tab order", () => {
    expect(getStartedAreas.map(({ id, labelKey }) => ({ id, labelKey }))).toEqual(
      areas.map(({ id, labelKey }) => ({ id, labelKey })),
    );
  });
});
