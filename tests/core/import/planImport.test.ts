import { planImport, type ImportPlanInput } from "@core/import/planImport";
import { newStageRows } from "@core/import/newStageRows";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";

const list = [
  ["客户名单"],
  ["客户名称", "电话", "最近联系", "客户等级", "微信"],
  ["华瑞科技", 13800138000, "2024/1/5", "a", "wx1"],
  [null, null, null, null, null],
  ["=cmd|' /C calc'!A0", "139", "5.1.2024", "B", ""],
];

function input(overrides: Partial<ImportPlanInput> = {}): ImportPlanInput {
  return {
    source: { values: list, top: 0, left: 0, kind: "range" },
    headerRow: 1,
    mapping: ["Company", "Phone", "LastContact", "Tier", null],
    target: "Customers",
    mode: "new-sheet",
    language: "en-US",
    ...overrides,
  };
}

describe("planImport: new sheet", () => {
  it("lays out every SalesGrid column, then the extras, with formats, the NextContact formula and guarded text", () => {
    const { result, layout } = planImport(input());
    expect(layout.headers).toEqual([...tableHeaders("Customers", "en-US"), "微信"]);
    expect(layout.rows).toHaveLength(2);
    expect(layout.rows[0].slice(0, 13)).toEqual([
      "C-0001",
      "",
      "华瑞科技",
      "",
      "",
      "",
      "A",
      "",
      "'13800138000",
      "",
      "",
      45296,
      "",
    ]);
    expect(layout.rows[1][2]).toBe("'=cmd|' /C calc'!A0");
    expect(layout.rows[1][11]).toBe(45296); // 5.1.2024 read day-first (dots): 5 January
    expect(layout.formats[11]).toBe("yyyy-mm-dd");
    expect(layout.formulas[12]).toContain("SALES.NEXTVISIT");
    expect(layout.formulas.filter(Boolean)).toHaveLength(1);
    expect(result.problems.map((p) => [p.row, p.kind])).toEqual([[5, "formula-text"]]);
  });

  it("numbers problems by the source's sheet rows and finds duplicates of existing customers (查重)", () => {
    const customers = {
      headers: tableHeaders("Customers", "zh-CN"),
      columns: columnIndex("Customers", tableHeaders("Customers", "zh-CN")),
      rows: [["C1", "", "华瑞科技有限公司", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]],
    };
    const { result } = planImport(input({ source: { values: list, top: 9, left: 2, kind: "range" }, customers }));
    expect(result.problems.filter((p) => p.kind === "duplicate-name").map((p) => p.row)).toEqual([12]);
  });

  it("gives the same fingerprint for the same job and another for any change", () => {
    const a = planImport(input()).layout.fingerprint;
    expect(planImport(input()).layout.fingerprint).toBe(a);
    expect(planImport(input({ mapping: ["Company", "Phone", null, "Tier", null] })).layout.fingerprint).not.toBe(a);
  });
});

describe("planImport: in place", () => {
  it("writes only changed mapped cells, renames mapped headers, adds the missing columns", () => {
    const formulas = list.map((row) => row.map((cell) => cell));
    formulas[2][4] = "=A3";
    const { layout } = planImport(
      input({ mode: "in-place", source: { values: list, formulas, top: 0, left: 0, kind: "range" } }),
    );
    expect(layout.anchor).toEqual({ row: 1, column: 0 });
    expect(layout.headers.slice(0, 5)).toEqual(["Company", "Phone", "LastContact", "Tier", "微信"]);
    expect(layout.headers.slice(5)).toEqual(
      tableHeaders("Customers", "en-US").filter((h) => !["Company", "Phone", "LastContact", "Tier"].includes(h)),
    );
    expect(layout.rows).toHaveLength(3); // the blank row is kept (all null) so rows stay contiguous
    expect(layout.rows[0].slice(0, 5)).toEqual([null, "'13800138000", 45296, "A", null]);
    expect(layout.rows[1].every((cell) => cell === null)).toBe(true);
    expect(layout.rows[2].slice(0, 4)).toEqual([null, null, 45296, null]); // "139" is already text
    const next = layout.headers.indexOf("NextContact");
    expect(layout.formulas[next]).toContain("[@[LastContact]]");
    expect(layout.addedColumns).toHaveLength(13);
  });

  it("is idempotent: a converted list needs no change, which is how a second run finishes a failed one", () => {
    const converted = [
      ["Company", "Phone", "LastContact", "Tier"],
      ["华瑞科技", "13800138000", 45296, "A"],
    ];
    const { layout } = planImport(
      input({ mode: "in-place", headerRow: 0, source: { values: converted, top: 0, left: 0, kind: "range" } }),
    );
    expect(layout.rows[0].slice(0, 4)).toEqual([null, null, null, null]);
  });
});

describe("planImport: append", () => {
  it("puts values under the table's own columns wherever they are, and adds the columns it lacks", () => {
    const headers = ["Company", "Notes", "Tier", "NextContact", "LastContact"];
    const table = { headers, columns: columnIndex("Customers", headers), rows: [["Old", "", "A", 45310, 45296]] };
    const { layout } = planImport(input({ mode: "append", table }));
    expect(layout.headers).toEqual([...headers, "Phone", "微信"]);
    expect(layout.addedColumns).toEqual([5, 6]);
    expect(layout.rows[0]).toEqual(["华瑞科技", "", "A", null, 45296, "'13800138000", "wx1"]);
    expect(layout.formats[5]).toBeNull();
  });

  it("writes into Text-formatted (@) columns as typed: Excel would keep a guard apostrophe there", () => {
    const headers = ["Company", "Phone"];
    const table = { headers, columns: columnIndex("Customers", headers), rows: [], textColumns: [false, true] };
    const { layout } = planImport(input({ mode: "append", table }));
    expect(layout.rows[0].slice(0, 2)).toEqual(["华瑞科技", "13800138000"]);
    expect(layout.rows[1].slice(0, 2)).toEqual(["'=cmd|' /C calc'!A0", "139"]);
  });
});

describe("planImport: deals", () => {
  const stagesHeaders = tableHeaders("Stages", "zh-CN");
  const stages = {
    headers: stagesHeaders,
    columns: columnIndex("Stages", stagesHeaders),
    rows: [
      ["方案报价", 3, 0.5, "最佳情况", 21],
      ["赢单", 6, 1, "已成交", ""],
    ],
  };
  const deals = [
    ["Account Name", "Stage", "Amount"],
    ["Acme", "Closed Won", "1,200"],
    ["Contoso", "Pilot", "300"],
  ];

  it("reports unknown stages, applies the stage mapping and looks probabilities up in the Stages headers as written", () => {
    const plan = planImport(
      input({
        target: "Deals",
        language: "zh-CN",
        headerRow: 0,
        mapping: ["Customer", "Stage", "Amount"],
        source: { values: deals, top: 0, left: 0, kind: "range" },
        stages,
        stageMapping: { "Closed Won": "赢单" },
      }),
    );
    expect(plan.result.unknownStages).toEqual(["Pilot"]);
    expect(plan.layout.rows.map((row) => row.slice(1, 5))).toEqual([
      ["Acme", "", "赢单", 1200],
      ["Contoso", "", "Pilot", 300],
    ]);
    expect(plan.layout.formulas[5]).toBe('=IFERROR(INDEX(Stages[赢单概率],MATCH([@阶段],Stages[阶段],0)),"")');
    expect(newStageRows(plan.result.unknownStages, stages, "zh-CN")).toEqual([["Pilot", 7, "", "管道", ""]]);
  });
});
