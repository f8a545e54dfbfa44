/** @jest-environment jsdom */
import { TextEncoder } from "util";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { teamService } from "@excel/team/teamService";
import { initI18n } from "@i18n/initI18n";
import { bothLanguages } from "../../i18n/bothLanguages";
import { Pane } from "@taskpane/Pane";
import { excelWorkbookService } from "@taskpane/services/excelWorkbookService";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(60_000);

// jsdom lacks TextEncoder, which the set-up writer uses to size its chunks.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });

// The real service against the emulated sample workbook, with the sample's today as the clock.
const service = { ...excelWorkbookService, team: { ...teamService, today: () => sampleToday } };

describe("the Team area against the emulated sample workbook", () => {
  it("shows the sample team's reps with figures, ranks who is growing, and selects a rep's row", async () => {
    const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 60 });
    const team = await readTeamNames();
    render(<Pane i18n={initI18n("zh-CN", bothLanguages)} service={service} />);

    fireEvent.click(screen.getByRole("tab", { name: "团队" }));
    // The Team area's code loads on this first open (a lazy area), then it reads the workbook.
    const roster = await screen.findByRole("table", { name: "按团队列出的销售代表及团队汇总" }, { timeout: 15_000 });
    for (const rep of team) expect(within(roster).getByRole("button", { name: rep })).toBeInTheDocument();
    expect(within(roster).getByText("全部团队")).toBeInTheDocument();
    expect(screen.getByText(/目标表中没有覆盖今天的个人目标/)).toBeInTheDocument();

    const cards = screen.getAllByRole("article");
    expect(cards.length).toBeGreaterThanOrEqual(4);
    expect(within(cards[0]).getByText(/^第 1 名 /)).toBeInTheDocument();
    expect(within(cards[0]).getByText("业绩趋势")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "历史数据不足，暂不排名" })).toBeInTheDocument();

    fireEvent.click(within(roster).getByRole("button", { name: team[1] }));
    await waitFor(() => expect(emulator.book.selection).toEqual({ sheet: "销售团队", address: "A3:G3" }));
  });
});

/** The Team table's reps, in order, as the sheet has them. */
async function readTeamNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const body = context.workbook.tables.getItem("Team").columns.getItemAt(0).getDataBodyRange();
    body.load("values");
    await context.sync();
    return body.values.map((row) => String(row[0]));
  });
}
