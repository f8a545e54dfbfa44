import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";
import { missingColumns, pipelineDashboard } from "@core/pipeline/pipelineDashboard";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { pipelineStages } from "@core/pipeline/pipelineStages";
import { stagesTable } from "./pipelineFixture";

const zhDeals = tableHeaders("Deals", "zh-CN");
const written = (name: "Deals" | "Stages" | "Targets", headers: string[]) => ({
  headers,
  columns: columnIndex(name, headers),
});

describe("pipelineDashboard", () => {
  const layout = pipelineDashboard({
    language: "zh-CN",
    deals: written("Deals", zhDeals),
    stagesTable: written("Stages", tableHeaders("Stages", "zh-CN")),
    stages: pipelineStages(stagesTable),
    targets: written("Targets", tableHeaders("Targets", "zh-CN")),
  });
  const formulaAt = (address: string) => {
    for (const block of layout.blocks) {
      const [, col, row] = /^([A-Z]+)(\d+)$/.exec(block.address)!;
      const [, c, r] = /^([A-Z]+)(\d+)$/.exec(address)!;
      const value = block.values[Number(r) - Number(row)]?.[c.charCodeAt(0) - col.charCodeAt(0)];
      if (value !== undefined && value !== null) return value;
    }
    return undefined;
  };

  it("names the columns by the headers as written, in the workbook's language", () => {
    expect(layout.sheetName).toBe("销售管道看板");
    expect(formulaAt(layout.figures.winRate)).toBe("=SALES.WINRATE(Deals[阶段])");
    expect(formulaAt(layout.figures.closed)).toBe('=SALES.FORECAST(Deals[金额],Deals[预测类别],"closed")');
    expect(formulaAt(layout.figures.weighted)).toMatch(/^=SALES\.WEIGHTED\(Deals\[金额\],Deals\[阶段\],A\d+:B\d+\)$/);
    expect(formulaAt(layout.figures.target)).toContain('Targets[层级],"公司",Targets[指标],"合同额"');
  });

  it("lists the open stages by INDEX into Stages in their Order, and the funnel stages up to Won", () => {
    const [first] = layout.figures.stages.split(":");
    // Prospecting is the 2nd row of the fixture's Stages table (Won is the 1st).
    expect(formulaAt(first)).toBe("=INDEX(Stages[阶段],2)");
    const [funnelFirst, funnelLast] = layout.figures.funnel.split(":");
    const top = Number(/\d+/.exec(funnelFirst)![0]);
    const bottom = Number(/\d+/.exec(funnelLast)![0]);
    expect(bottom - top + 1).toBe(6); // five open stages and Won; Lost is not a funnel step
    expect(formulaAt(`B${top}`)).toBe(`=SALES.FUNNEL(Deals[阶段],A${top}:A${bottom},Deals[输单阶段])`);
    expect(formulaAt(`A${bottom}`)).toBe("=INDEX(Stages[阶段],1)");
  });

  it("charts the funnel and the forecast months", () => {
    expect(layout.charts.map((chart) => [chart.type, chart.title])).toEqual([
      ["Funnel", "各阶段销售漏斗"],
      ["ColumnStacked", "按成交月份的在途管道"],
    ]);
  });

  it("escapes brackets in headers and says which needed columns are missing", () => {
    const deals = written("Deals", ["DealID", "Stage", "Amount [USD]", "Created", "ExpectedClose", "ForecastCategory"]);
    expect(missingColumns({ deals, stagesTable: written("Stages", ["Stage"]) })).toEqual([
      "Deals[Amount]",
      "Deals[ClosedOn]",
      "Stages[Probability]",
    ]);
    const renamed = { ...deals, columns: { ...deals.columns, Amount: 2 } };
    const en = pipelineDashboard({
      language: "en-US",
      deals: renamed,
      stagesTable: written("Stages", ["Stage", "Order", "Probability"]),
      stages: pipelineStages(stagesTable),
    });
    expect(en.blocks.some((block) => block.values.flat().some((v) => v?.includes("Deals[Amount '[USD']]")))).toBe(true);
    expect(en.figures.coverage).toBeUndefined();
  });

  it("adds this quarter's forecast call as recorded values, with a line chart, only when there are recordings", () => {
    const point = { closed: 1000, commit: 6000, bestCase: 9000, pipeline: 8000, weighted: 4500 };
    const called = pipelineDashboard({
      language: "en-US",
      deals: written("Deals", tableHeaders("Deals", "en-US")),
      stagesTable: written("Stages", tableHeaders("Stages", "en-US")),
      stages: pipelineStages(stagesTable),
      forecastCall: [
        { recordedOn: 46349, automatic: true, ...point, target: 20000 },
        { recordedOn: 46354, automatic: false, ...point, closed: 3000, target: null },
      ],
    });
    const [first, last] = called.figures.forecastCall.split(":");
    const top = Number(/\d+/.exec(first)![0]);
    const block = called.blocks.find((b) => b.address === `A${top - 1}`)!;
    expect(block.values).toEqual([
      ["Recorded", "Closed", "Commit", "Best case", "Weighted", "Target"],
      ["46349", "1000", "6000", "9000", "4500", "20000"],
      ["46354", "3000", "6000", "9000", "4500", ""],
    ]);
    expect(called.blocks.find((b) => b.address === `A${top - 3}`)!.values[1][0]).toMatch(/no formula can recompute/);
    expect(last).toBe(`F${top + 1}`);
    expect(called.charts.at(-1)).toMatchObject({ type: "Line", source: `A${top - 1}:F${top + 1}` });
    expect(layout.figures.forecastCall).toBeUndefined();
    expect(layout.charts.some((chart) => chart.type === "Line")).toBe(false);
  });

  it("tells the workbook's language from a header row", () => {
    expect(headerLanguage("Deals", zhDeals)).toBe("zh-CN");
    expect(headerLanguage("Deals", tableHeaders("Deals", "en-US"))).toBe("en-US");
  });
});
