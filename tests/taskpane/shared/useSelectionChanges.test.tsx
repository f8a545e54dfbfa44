/** @jest-environment jsdom */
import { act, render } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { Unsubscribe } from "@excel/selection";
import type { CustomersService } from "@excel/customers/customersService";
import { WorkbookServiceProvider } from "@taskpane/services/WorkbookServiceContext";
import { useSelectionChanges } from "@taskpane/shared/useSelectionChanges";
import { fakeService } from "../fakeWorkbookService";

function Probe({ label, seen }: { label: string; seen: string[] }) {
  useSelectionChanges(
    (service, handler) => service.customers.onSelectionChanged(handler),
    () => seen.push(label),
  );
  return null;
}

/** A customers service whose selection sign-up the test drives; `confirm` resolves the sign-up. */
function selectionService() {
  const handlers = new Set<() => void>();
  const unsubscribed = jest.fn();
  let confirm: () => void = () => undefined;
  const onSelectionChanged = jest.fn(
    (handler: () => void) =>
      new Promise<ExcelResult<Unsubscribe>>((resolve) => {
        handlers.add(handler);
        confirm = () =>
          resolve({
            ok: true,
            value: async () => {
              handlers.delete(handler);
              unsubscribed();
              return { ok: true, value: undefined };
            },
          });
      }),
  );
  const service = fakeService({ customers: { onSelectionChanged } as unknown as CustomersService });
  return { service, handlers, unsubscribed, onSelectionChanged, confirm: () => act(async () => confirm()) };
}

describe("useSelectionChanges", () => {
  it("signs up once, calls the latest handler rendered on each change, and ends the sign-up on unmount", async () => {
    const { service, handlers, unsubscribed, onSelectionChanged, confirm } = selectionService();
    const seen: string[] = [];
    const view = render(
      <WorkbookServiceProvider service={service}>
        <Probe label="first" seen={seen} />
      </WorkbookServiceProvider>,
    );
    await confirm();
    act(() => handlers.forEach((handler) => handler()));
    view.rerender(
      <WorkbookServiceProvider service={service}>
        <Probe label="second" seen={seen} />
      </WorkbookServiceProvider>,
    );
    act(() => handlers.forEach((handler) => handler()));
    expect(seen).toEqual(["first", "second"]);
    expect(onSelectionChanged).toHaveBeenCalledTimes(1);
    view.unmount();
    await act(async () => undefined);
    expect(unsubscribed).toHaveBeenCalledTimes(1);
    expect(handlers.size).toBe(0);
  });

  it("ends a sign-up Excel confirms after the view has gone, and never calls the handler after unmount", async () => {
    const { service, handlers, unsubscribed, confirm } = selectionService();
    const seen: string[] = [];
    const view = render(
      <WorkbookServiceProvider service={service}>
        <Probe label="gone" seen={seen} />
      </WorkbookServiceProvider>,
    );
    view.unmount();
    act(() => handlers.forEach((handler) => handler()));
    await confirm();
    expect(seen).toEqual([]);
    expect(unsubscribed).toHaveBeenCalledTimes(1);
  });
});
