import { formulaKeys, importFormula, thisRow, wholeColumn } from "@core/import/importFormulas";
import { dominantFormat } from "@core/import/dominantFormat";
import { figureFormat } from "@core/workbook/numberFormat";
import { importFingerprint } from "@core/import/importFingerprint";
import { tableSpec } from "@core/workbook/schema";

const zh = (table: string, key: string) =>
  tableSpec(table as "Customers").columns.find((c) => c.key === key)?.header["zh-CN"] ?? key;

describe("importFormula", () => {
  it("builds the formula columns from the headers as written (Chinese here)", () => {
    expect(importFormula("Customers", "NextContact", zh)).toBe(
      '=IF(OR([@[最近联系]]="",[@[客户等级]]=""),"",SALES.NEXTVISIT([@[最近联系]],[@[客户等级]]))',
    );
    expect(importFormula("Deals", "Probability", zh)).toBe(
      '=IFERROR(INDEX(Stages[赢单概率],MATCH([@阶段],Stages[阶段],0)),"")',
    );
    expect(importFormula("Deals", "Weighted", zh)).toBe('=IF(OR([@金额]="",[@赢单概率]=""),"",[@金额]*[@赢单概率])');
    expect(importFormula("Customers", "Company", zh)).toBeUndefined();
  });

  it("derives the forecast category from the stage, the source's own category kept as the override", () => {
    const formula = importFormula("Deals", "ForecastCategory", zh);
    expect(formula).toContain("INDEX(Stages[预测类别],MATCH([@阶段],Stages[阶段],0))");
    expect(formula).toContain('[@手动预测类别]=""');
    // Without set-up's Stages yet, the formula is the same (blank until Stages exists), as Probability's.
    expect(importFormula("Deals", "ForecastCategory", zh, { stages: false, cadences: false })).toBe(formula);
  });

  it("is set-up's formula where set-up's tables exist, so an imported table reads like a set-up one", () => {
    expect(importFormula("Customers", "NextContact", zh, { stages: true, cadences: true })).toBe(
      "=SALES.NEXTVISIT([@最近联系],[@客户等级],Cadences)",
    );
  });

  it("escapes the characters structured references reserve", () => {
    expect(thisRow("Score [1-5] #")).toBe("[@[Score '[1-5'] '#]]");
    expect(wholeColumn("Stages", "Rep's")).toBe("Stages[Rep''s]");
  });

  it("knows which columns are formulas", () => {
    expect(formulaKeys("Customers")).toEqual(["NextContact"]);
    expect(formulaKeys("Deals")).toEqual(["Probability", "Weighted", "ForecastCategory", "Collected"]);
    expect(formulaKeys("Activities")).toEqual([]);
  });

  it("leaves Deals[Collected] without a formula: it sums Payments, which an import cannot assume", () => {
    expect(importFormula("Deals", "Collected", (_table, key) => key)).toBeUndefined();
    expect(importFormula("Deals", "Collected", (_table, key) => key, { stages: true, cadences: true })).toBeUndefined();
  });
});

describe("figureFormat and dominantFormat", () => {
  it("formats dates, money, percents and whole numbers; leaves text and plain numbers General", () => {
    expect((["date", "money", "percent", "count", "text", "number"] as const).map((k) => figureFormat(k))).toEqual([
      "yyyy-mm-dd",
      "#,##0.00",
      "0%",
      "0",
      undefined,
      undefined,
    ]);
  });

  it("keeps the format most numbers of a source column carry", () => {
    expect(dominantFormat([45000, 45001, 3, "x"], ["m/d/yyyy", "m/d/yyyy", "0.00", "General"])).toBe("m/d/yyyy");
    expect(dominantFormat(["a", 1], ["@", "General"])).toBeUndefined();
  });
});

describe("importFingerprint", () => {
  it("is stable for the same write and changes with any cell or the row count", () => {
    const a = importFingerprint(["Customers", [["Acme", 1]]], 1);
    expect(importFingerprint(["Customers", [["Acme", 1]]], 1)).toBe(a);
    expect(importFingerprint(["Customers", [["Acme", 2]]], 1)).not.toBe(a);
    expect(importFingerprint(["Deals", [["Acme", 1]]], 1)).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-1$/);
  });
});
