/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import type { LastChange, UndoOutcome } from "@excel/undo/undoLastChange";
import type { UndoService } from "@excel/undo/undoService";
import { UndoLastChange } from "@taskpane/undo/UndoLastChange";
import { WorkbookStatusView } from "@taskpane/workbook/WorkbookStatusView";
import { fakeService, statusWith } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { stubResizeObserver } from "../stubResizeObserver";

beforeAll(stubResizeObserver);

const tiers: LastChange = {
  command: "tiers",
  when: "2026-12-07T08:00:00.000Z",
  rows: 24,
  tables: ["Customers"],
  complete: true,
};

/** An undo service whose journal holds the given changes, newest last; undo answers the given outcome. */
function undoOf(changes: LastChange[], outcome: (last: LastChange | undefined) => UndoOutcome) {
  const journal = [...changes];
  const service: UndoService & { undo: jest.Mock } = {
    last: async (): Promise<ExcelResult<LastChange | null>> => ({ ok: true, value: journal.at(-1) ?? null }),
    undo: jest.fn(async (): Promise<ExcelResult<UndoOutcome>> => {
      const done = outcome(journal.at(-1));
      if (done.kind === "undone") journal.pop();
      return { ok: true, value: done };
    }),
  };
  return service;
}

const undone = (last: LastChange | undefined): UndoOutcome =>
  last ? { kind: "undone", command: last.command, rows: last.rows, notRestored: [] } : { kind: "nothing" };

describe("Undo last SalesGrid change", () => {
  it("shows what it will undo in the Workbook area, undoes it, then offers the change before", async () => {
    const release: LastChange = { ...tiers, command: "release", rows: 3 };
    const undo = undoOf([release, tiers], undone);
    const status = statusWith(
      { Customers: { sheet: "Customers", rowCount: 24 } },
      { schemaVersion: 3, language: "en-US" },
    );
    renderWithPane(
      <WorkbookStatusView />,
      fakeService({ readWorkbookStatus: async () => ({ ok: true as const, value: status }), undo }),
    );
    expect(await screen.findByText(/^Last change: tiers, 24 rows of Customers, at /)).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Undo last SalesGrid change" }));
    });
    expect(undo.undo).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Undone: tiers, 24 rows put back.")).toBeInTheDocument();
    expect(await screen.findByText(/^Last change: release to the pool, 3 rows of Customers/)).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Undo last SalesGrid change" }));
    });
    expect(await screen.findByText("Undone: release to the pool, 3 rows put back.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Undo last SalesGrid change" })).toBeDisabled();
  });

  it("says which rows changed since when it refuses, in Chinese", async () => {
    const undo = undoOf([tiers], () => ({ kind: "refused", command: "tiers", rows: ["C-0006", "C-0011"] }));
    renderWithPane(<UndoLastChange />, fakeService({ undo }), "zh-CN");
    const button = await screen.findByRole("button", { name: "撤销上一次 SalesGrid 更改" });
    expect(await screen.findByText(/^上一次更改：客户分级，Customers 中 24 行，/)).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(button);
    });
    expect(
      screen.getByText(
        "未撤销：客户分级写入后有 2 行已更改（被编辑、删除或删除了列）：C-0006, C-0011。未写入任何内容。",
      ),
    ).toBeInTheDocument();
    // Nothing was taken back: the same change is still offered.
    expect(screen.getByText(/^上一次更改：客户分级/)).toBeInTheDocument();
  });

  it("does not offer an interrupted change, and says why", async () => {
    const undo = undoOf([{ ...tiers, complete: false }], undone);
    renderWithPane(<UndoLastChange />, fakeService({ undo }));
    expect(await screen.findByText(/was interrupted before it was fully recorded/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Undo last SalesGrid change" })).toBeDisabled();
    expect(undo.undo).not.toHaveBeenCalled();
  });

  it("is absent where the workbook service has no undo", () => {
    const { container } = renderWithPane(<UndoLastChange />, fakeService({}));
    expect(container.querySelector("section")).toBeNull();
  });
});
