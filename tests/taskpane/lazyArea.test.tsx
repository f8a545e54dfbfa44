/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nextProvider } from "react-i18next";
import type { ComponentType } from "react";
import { initI18n } from "@i18n/initI18n";
import { areas } from "@taskpane/areas";
import { lazyArea } from "@taskpane/paneArea";
import { AreaBoundary } from "@taskpane/shared/AreaBoundary";
import { Pane } from "@taskpane/Pane";
import { Suspense } from "react";
import { fakeService, fakeWorkbookService, statusWith } from "./fakeWorkbookService";

function Loaded() {
  return <h2>Loaded view</h2>;
}

/** A loader the test settles by hand. */
function deferredLoad() {
  const pending: { resolve: (view: ComponentType) => void; reject: (error: Error) => void }[] = [];
  const load = jest.fn(() => new Promise<ComponentType>((resolve, reject) => pending.push({ resolve, reject })));
  return { load, pending };
}

function renderArea(Component: ComponentType) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nextProvider i18n={initI18n("en-US")}>
        <AreaBoundary areaLabel="Trial">
          <Suspense fallback={<p>Loading…</p>}>
            <Component />
          </Suspense>
        </AreaBoundary>
      </I18nextProvider>
    </FluentProvider>,
  );
}

// Loading every area's views (the real modules) takes seconds on a busy machine.
jest.setTimeout(60_000);

describe("lazily loaded areas", () => {
  it("show the Suspense fallback until their code arrives, then the view", async () => {
    const { load, pending } = deferredLoad();
    const area = lazyArea({ id: "trial", labelKey: "areas.workbook" }, load);
    renderArea(area.Component);
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);

    await act(async () => pending[0].resolve(Loaded));
    expect(await screen.findByRole("heading", { name: "Loaded view" })).toBeInTheDocument();
    expect(screen.queryByText("Loading…")).not.toBeInTheDocument();
  });

  it("show an error, not a blank pane, when the code fails to load, and fetch again on Reload", async () => {
    const { load, pending } = deferredLoad();
    const area = lazyArea({ id: "trial", labelKey: "areas.workbook" }, load);
    jest.spyOn(console, "error").mockImplementation(() => {});
    renderArea(area.Component);
    await act(async () => pending[0].reject(new Error("Loading chunk area-trial failed.")));

    // React reveals what follows a suspended render after a short throttle, hence findBy.
    expect(await screen.findByText("Trial stopped working")).toBeInTheDocument();
    expect(screen.getByText("Loading chunk area-trial failed.")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Reload Trial" }));
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => pending[1].resolve(Loaded));
    expect(await screen.findByRole("heading", { name: "Loaded view" })).toBeInTheDocument();
  });

  it("every area's view loads, and only the landing area is in the first script", async () => {
    const [landing, ...rest] = areas;
    expect(landing.load).toBeUndefined();
    expect(typeof landing.Component).toBe("function");
    for (const area of rest) {
      expect(area.load).toBeDefined();
      expect(typeof (await area.load?.())).toBe("function");
    }
  });

  it("in the pane: a spinner names the area while it loads, then the area", async () => {
    const service = fakeService({
      readWorkbookStatus: fakeWorkbookService({
        ok: true,
        value: statusWith({ Stages: { sheet: "Setup", rowCount: 7 } }),
      }).readWorkbookStatus,
      setup: { inspect: jest.fn(() => new Promise(() => {})) } as never,
    });
    render(<Pane i18n={initI18n("en-US")} service={service} />);
    const nav = screen.getByRole("navigation", { name: "SalesGrid areas" });
    fireEvent.click(within(nav).getByRole("tab", { name: "Set up" }));
    expect(screen.getByText("Opening Set up…")).toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { name: "Set up the sales workbook" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText("Opening Set up…")).not.toBeInTheDocument();
  });
});
