/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { staleAge } from "@core/pipeline/filterStaleDeals";
import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import type { ExcelResult } from "@excel/excelFailure";
import type { TablesData } from "@excel/tables/readTables";
import { PipelineView } from "@taskpane/pipeline/PipelineView";
import { fakeService } from "../fakeWorkbookService";
import { renderWithPane } from "../renderWithPane";
import { today } from "../../core/pipeline/pipelineFixture";
import { syntheticPipeline } from "../../core/pipeline/syntheticPipeline";

jest.setTimeout(120_000);

const tables = syntheticPipeline(100_000);
const read = { Deals: tables.deals, Stages: tables.stages, Team: tables.team } as unknown as TablesData;
const stale = pipelineView(pipelineBook(tables, today), { owner: everyone, period: null, quietDays: 30 }).stale;
const n = (value: number) => value.toLocaleString("en-US");

function choose(label: string, text: string) {
  const filters = screen.getByRole("group", { name: "Filter Stale deals" });
  const select = within(filters).getByRole("combobox", { name: label });
  const option = within(select).getByRole("option", { name: text }) as HTMLOptionElement;
  fireEvent.change(select, { target: { value: option.value } });
}

describe("stale deals at 100,000 deals", () => {
  it("shows a page of them with the total, filters by stage and age, and selects the deal clicked on a later page", async () => {
    const pipeline = {
      read: jest.fn(async (): Promise<ExcelResult<TablesData>> => ({ ok: true, value: read })),
      today: () => today,
      selectDeal: jest.fn(async () => ({ ok: true as const, value: { sheet: "Pipeline", address: "A6:L6" } })),
    };
    renderWithPane(<PipelineView />, fakeService({ pipeline } as never));
    const table = await screen.findByRole(
      "table",
      { name: "Open deals stuck in their stage or without activity" },
      { timeout: 60_000 },
    );
    expect(stale.length).toBeGreaterThan(10_000);
    expect(within(table).getAllByRole("row")).toHaveLength(51);
    expect(screen.getByText(`1–50 of ${n(stale.length)}`)).toBeInTheDocument();

    choose("Stage", "Proposal");
    const proposal = stale.filter((deal) => deal.stage === "Proposal");
    expect(screen.getByText(`1–50 of ${n(proposal.length)}`)).toBeInTheDocument();
    choose("Left alone", "90+ days");
    const old = proposal.filter((deal) => staleAge(deal) >= 90);
    expect(old.length).toBeGreaterThan(100);
    expect(screen.getByText(`1–50 of ${n(old.length)}`)).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(screen.getByText(`51–100 of ${n(old.length)}`)).toBeInTheDocument();
    const rows = within(screen.getByRole("table", { name: "Open deals stuck in their stage or without activity" }))
      .getAllByRole("row")
      .slice(1);
    expect(rows).toHaveLength(50);
    for (const row of rows) expect(row.textContent).toMatch(/in Proposal|No activity/);
    const link = within(rows[12]).getByRole("button", { name: /^Select D-\d+ / });
    const dealId = link.textContent!;
    fireEvent.click(link);
    // The synthetic deal D-k sits in data row k − 1.
    await waitFor(() => expect(pipeline.selectDeal).toHaveBeenCalledWith(dealId, Number(dealId.slice(2)) - 1));
  });
});
