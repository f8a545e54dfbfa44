import { pipelineDashboard } from "@core/pipeline/pipelineDashboard";
import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { processReview } from "@core/pipeline/review/processReview";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";
import { reviewTables, today } from "./reviewFixture";

const written = (name: "Deals" | "Stages", headers: string[]) => ({ headers, columns: columnIndex(name, headers) });

describe("pipelineDashboard's review sections", () => {
  const book = pipelineBook(reviewTables, today);
  const input = {
    language: "en-US" as const,
    deals: written("Deals", tableHeaders("Deals", "en-US")),
    stagesTable: written("Stages", tableHeaders("Stages", "en-US")),
    stages: book.stages,
  };
  const valueAt = (layout: ReturnType<typeof pipelineDashboard>, address: string) => {
    const [, c, r] = /^([A-Z]+)(\d+)$/.exec(address)!;
    for (const block of layout.blocks) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(block.address)!;
      const value = block.values[Number(r) - Number(row)]?.[c.charCodeAt(0) - col.charCodeAt(0)];
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  };

  it("adds lost reasons as live formulas with a bar chart, ageing, and the history figures as values", () => {
    const review = processReview(book, { owner: everyone, period: null, quietDays: 0 });
    const layout = pipelineDashboard({ ...input, review: { review, today } });
    const [first, last] = layout.figures.lostReasons.split(":");
    const top = Number(first.slice(1));
    expect(valueAt(layout, first)).toBe("Price");
    expect(valueAt(layout, `B${top}`)).toBe(
      `=SUMIFS(Deals[Amount],Deals[Stage],INDEX(Stages[Stage],7),Deals[LostReason],"="&A${top})`,
    );
    // The deals without a reason are the lost deals the named reasons leave.
    expect(valueAt(layout, `A${top + 1}`)).toBe("(no reason)");
    expect(valueAt(layout, `C${top + 1}`)).toBe(`=COUNTIFS(Deals[Stage],INDEX(Stages[Stage],7))-SUM(C${top}:C${top})`);
    expect(last).toBe(`C${top + 1}`);
    expect(layout.charts.map((chart) => chart.type)).toEqual(["Funnel", "ColumnStacked", "BarClustered"]);
    expect(layout.charts[2].source).toBe(`A${top - 1}:B${top + 1}`);
    const ageing = Number(layout.figures.ageing.split(":")[0].slice(1));
    expect(valueAt(layout, `B${ageing}`)).toBe(`=COUNTIFS(Deals[Stage],A${ageing},Deals[StageSince],">="&TODAY()-7)`);
    const days = Number(layout.figures.daysInStage.split(":")[0].slice(1));
    expect([1, 2, 3, 4].map((i) => valueAt(layout, `${"ABDE"[i - 1]}${days}`))).toEqual([
      "Prospecting",
      "11.3",
      "3",
      "1",
    ]);
    const changes = Number(layout.figures.slipsAndShrinks.split(":")[0].slice(1));
    expect(valueAt(layout, `B${changes + 2}`)).toBe("20");
    expect(valueAt(layout, `B${changes + 4}`)).toBe("1000");
  });

  it("says recording is off without DealHistory, and keeps the live sections", () => {
    const bare = pipelineBook({ ...reviewTables, history: undefined }, today);
    const layout = pipelineDashboard({
      ...input,
      review: { review: processReview(bare, { owner: everyone, period: null, quietDays: 0 }), today },
    });
    expect(layout.figures.daysInStage).toBeUndefined();
    expect(layout.figures.lostReasons).toBeDefined();
    expect(layout.blocks.some((block) => String(block.values[0][0]).startsWith("Deal changes are not recorded"))).toBe(
      true,
    );
  });
});
