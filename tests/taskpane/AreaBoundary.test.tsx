/** @jest-environment jsdom */
import { useState } from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { initI18n } from "@i18n/initI18n";
import { Pane } from "@taskpane/Pane";
import { AreaBoundary } from "@taskpane/shared/AreaBoundary";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import type { WorkbookStatus } from "@excel/workbookStatus";
import { fakeService, statusWith } from "./fakeWorkbookService";
import { renderWithPane } from "./renderWithPane";

/** A view that crashes when its button is clicked, after starting the given service call. */
function Fragile({ start }: { start?: "write" | "read" }) {
  const service = useWorkbookService();
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error("cannot read properties of undefined (reading 'rows')");
  const handleClick = () => {
    if (start === "write") void service.goals.writeTargets({} as never);
    if (start === "read") void service.goals.read();
    setBroken(true);
  };
  return <button onClick={handleClick}>Break</button>;
}

const never = () => new Promise<never>(() => undefined);

// Opening Set up loads its code (a lazy area) inside the test: seconds on a busy machine.
jest.setTimeout(30_000);

describe("AreaBoundary", () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    // React logs every caught render error; the test asserts what the user sees instead.
    consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it("shows what happened, that nothing was under way, and reloads the area", () => {
    renderWithPane(
      <AreaBoundary areaLabel="Goals">
        <Fragile />
      </AreaBoundary>,
      fakeService({}),
    );
    fireEvent.click(screen.getByRole("button", { name: "Break" }));
    expect(screen.getByText("Goals stopped working")).toBeInTheDocument();
    expect(screen.getByText("cannot read properties of undefined (reading 'rows')")).toBeInTheDocument();
    expect(screen.getByText("Nothing was being read or written: the workbook is as it was.")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Reload Goals" }));
    expect(screen.queryByText("Goals stopped working")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Break" })).toBeInTheDocument();
  });

  it("names a workbook write still under way, in Chinese too", () => {
    const service = fakeService({ goals: { writeTargets: jest.fn(never), read: jest.fn(never) } as never });
    renderWithPane(
      <AreaBoundary areaLabel="目标设定">
        <Fragile start="write" />
      </AreaBoundary>,
      service,
      "zh-CN",
    );
    fireEvent.click(screen.getByRole("button", { name: "Break" }));
    expect(screen.getByText("目标设定出错停止")).toBeInTheDocument();
    expect(
      screen.getByText("当时正在修改工作簿（goals.writeTargets）：它会自行完成或失败。再次运行前请先检查工作表。"),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "重新加载目标设定" })).toBeInTheDocument();
  });

  it("says a read was under way and nothing was written", () => {
    const service = fakeService({ goals: { writeTargets: jest.fn(never), read: jest.fn(never) } as never });
    renderWithPane(
      <AreaBoundary areaLabel="Goals">
        <Fragile start="read" />
      </AreaBoundary>,
      service,
    );
    fireEvent.click(screen.getByRole("button", { name: "Break" }));
    expect(
      screen.getByText("It was reading the workbook (goals.read); nothing was being written."),
    ).toBeInTheDocument();
  });

  it("keeps the navigation and the other areas working when one area crashes", async () => {
    // A status whose tables list is missing: the Workbook area cannot render it.
    const broken = { ...statusWith({}), tables: undefined } as unknown as WorkbookStatus;
    const service = fakeService({
      readWorkbookStatus: jest.fn(async () => ({ ok: true as const, value: broken })),
      setup: { inspect: jest.fn(never) } as never,
    });
    render(<Pane i18n={initI18n("en-US")} service={service} />);
    expect(await screen.findByText("Workbook stopped working")).toBeInTheDocument();
    // The read had finished when the view failed to render its answer.
    expect(screen.getByText("Nothing was being read or written: the workbook is as it was.")).toBeInTheDocument();

    const nav = screen.getByRole("navigation", { name: "SalesGrid areas" });
    fireEvent.click(within(nav).getByRole("tab", { name: "Set up" }));
    expect(screen.queryByText("Workbook stopped working")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "SalesGrid" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Set up the sales workbook" })).toBeInTheDocument();
    expect(screen.queryByText("Set up stopped working")).not.toBeInTheDocument();

    fireEvent.click(within(nav).getByRole("tab", { name: "Workbook" }));
    expect(await screen.findByText("Workbook stopped working")).toBeInTheDocument();
  });
});
