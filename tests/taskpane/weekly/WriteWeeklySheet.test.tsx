/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { weekFromLabel } from "@core/weekly/week";
import type { ExcelResult } from "@excel/excelFailure";
import type { WeeklySheetOutcome } from "@excel/weekly/writeWeeklySheet";
import { WriteWeeklySheet, type WriteWeeklySheetOptions } from "@taskpane/weekly/WriteWeeklySheet";
import { renderWithPane } from "../renderWithPane";
import { fakeService } from "../fakeWorkbookService";

const week = weekFromLabel("2026-W49")!;

function writer(...outcomes: ExcelResult<WeeklySheetOutcome>[]) {
  let call = 0;
  return jest.fn(async (_options: WriteWeeklySheetOptions) => outcomes[Math.min(call++, outcomes.length - 1)]);
}

describe("WriteWeeklySheet", () => {
  it("writes the week's sheet for the scope and says where", async () => {
    const write = writer({ ok: true, value: { kind: "written", sheet: "Weekly 2026-W49 East", figures: {} } });
    renderWithPane(<WriteWeeklySheet week={week} team="East" write={write} />, fakeService({}));
    fireEvent.click(screen.getByRole("button", { name: "Write 2026-W49 sheet" }));
    expect(await screen.findByText(/Wrote the sheet “Weekly 2026-W49 East”/)).toBeInTheDocument();
    expect(write).toHaveBeenCalledWith({ week, team: "East", replace: false });
  });

  it("asks before replacing the week's sheet, and replaces only when confirmed", async () => {
    const write = writer(
      { ok: true, value: { kind: "exists", sheet: "Weekly 2026-W49" } },
      { ok: true, value: { kind: "written", sheet: "Weekly 2026-W49", figures: {} } },
    );
    renderWithPane(<WriteWeeklySheet week={week} team={null} write={write} />, fakeService({}));
    fireEvent.click(screen.getByRole("button", { name: "Write 2026-W49 sheet" }));
    const dialog = await screen.findByRole("group", { name: "Replace the weekly sheet?" });
    expect(within(dialog).getByText(/“Weekly 2026-W49” is already there/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole("button", { name: "Replace" }));
    expect(await screen.findByText(/Wrote the sheet “Weekly 2026-W49”/)).toBeInTheDocument();
    expect(write).toHaveBeenLastCalledWith({ week, team: null, replace: true });
    expect(screen.queryByRole("group", { name: "Replace the weekly sheet?" })).not.toBeInTheDocument();
  });

  it("writes nothing when the replacement is cancelled", async () => {
    const write = writer({ ok: true, value: { kind: "exists", sheet: "Weekly 2026-W49" } });
    renderWithPane(<WriteWeeklySheet week={week} team={null} write={write} />, fakeService({}));
    fireEvent.click(screen.getByRole("button", { name: "Write 2026-W49 sheet" }));
    const question = await screen.findByRole("group", { name: "Replace the weekly sheet?" });
    fireEvent.click(within(question).getByRole("button", { name: "Cancel" }));
    await waitFor(() =>
      expect(screen.queryByRole("group", { name: "Replace the weekly sheet?" })).not.toBeInTheDocument(),
    );
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("names the missing tables and columns", async () => {
    const write = writer(
      { ok: true, value: { kind: "missing", tables: ["Activities"], columns: [] } },
      {
        ok: true,
        value: { kind: "missing", tables: [], columns: [{ table: "Deals", key: "Owner", header: "Owner" }] },
      },
    );
    renderWithPane(<WriteWeeklySheet week={week} team={null} write={write} />, fakeService({}));
    fireEvent.click(screen.getByRole("button", { name: "Write 2026-W49 sheet" }));
    expect(await screen.findByText("The weekly sheet needs these tables: Activities.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Write 2026-W49 sheet" }));
    expect(await screen.findByText(/Owner/)).toBeInTheDocument();
  });

  it("shows Excel's failure", async () => {
    const write = writer({
      ok: false,
      error: { kind: "busy-editing", message: "Excel is busy", code: "InvalidOperationInCellEditMode" },
    });
    renderWithPane(<WriteWeeklySheet week={week} team={null} write={write} />, fakeService({}));
    fireEvent.click(screen.getByRole("button", { name: "Write 2026-W49 sheet" }));
    expect(await screen.findByText("Excel is busy", { exact: false })).toBeInTheDocument();
  });

  it("speaks Chinese in a Chinese pane", async () => {
    const write = writer({ ok: true, value: { kind: "written", sheet: "周报 2026-W49", figures: {} } });
    renderWithPane(<WriteWeeklySheet week={week} team={null} write={write} />, fakeService({}), "zh-CN");
    fireEvent.click(screen.getByRole("button", { name: "生成2026-W49周报" }));
    expect(
      await screen.findByText("已生成工作表“周报 2026-W49”：基于表格的实时公式，可直接打印。"),
    ).toBeInTheDocument();
  });
});
