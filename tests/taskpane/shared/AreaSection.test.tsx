/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { ExcelFailure } from "@excel/excelFailure";
import { AreaSection } from "@taskpane/shared/AreaSection";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";

const failure: ExcelFailure = {
  kind: "busy-editing",
  code: "InvalidOperationInCellEditMode",
  message: "Excel is busy.",
};

describe("AreaSection", () => {
  it("is a region named by its heading, with the intro, progress, failure and content", () => {
    const handleRefresh = jest.fn();
    renderWithPane(
      <AreaSection title="Team" intro="Who sells what." onRefresh={handleRefresh} progress="Reading…" failure={failure}>
        <p>The roster</p>
      </AreaSection>,
      fakeService({}),
    );
    const area = screen.getByRole("region", { name: "Team" });
    expect(within(area).getByRole("heading", { level: 2, name: "Team" })).toBeInTheDocument();
    expect(within(area).getByText("Who sells what.")).toBeInTheDocument();
    expect(within(area).getByText("Reading…")).toBeInTheDocument();
    expect(within(area).getByText("Finish editing the cell first")).toBeInTheDocument();
    expect(within(area).getByText("Excel is busy.")).toBeInTheDocument();
    expect(within(area).getByText("The roster")).toBeInTheDocument();
    fireEvent.click(within(area).getByRole("button", { name: "Refresh" }));
    expect(handleRefresh).toHaveBeenCalledTimes(1);
  });

  it("leaves out what the area does not have, and disables Refresh while it reads", () => {
    const { unmount } = renderWithPane(<AreaSection title="Set up" />, fakeService({}));
    expect(screen.queryByRole("button", { name: "Refresh" })).not.toBeInTheDocument();
    expect(screen.queryByText("Excel reported an error")).not.toBeInTheDocument();
    unmount();
    renderWithPane(<AreaSection title="Team" onRefresh={() => undefined} refreshDisabled />, fakeService({}));
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
  });

  it("labels Refresh in the pane's language", () => {
    renderWithPane(<AreaSection title="团队" onRefresh={() => undefined} />, fakeService({}), "zh-CN");
    expect(screen.getByRole("button", { name: "刷新" })).toBeInTheDocument();
  });
});
