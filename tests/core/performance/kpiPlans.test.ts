import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import {
  hasSevenKpiBlock,
  kpiPlanFor,
  kpiWeightsRows,
  noKpiPlans,
  ownLengthTest,
  periodLengthOf,
  periodLengthText,
  PERIOD_LENGTHS,
  type PeriodLength,
} from "@core/performance/kpiPlans";
import { defaultKpis } from "@core/performance/kpis";
import { initialDraft, followPeriodLength, kpiDrafts } from "@core/performance/scorecardDraft";
import { kpiPlansFromTable } from "@core/performance/setupTablesPlan";
import { tableHeaders } from "@core/workbook/schema";

const headers = tableHeaders("KpiWeights", "en-US");
const asCells = (rows: ReturnType<typeof kpiWeightsRows>): Cell[][] =>
  rows.map((row) => ["PeriodLength", "KPI", "Weight", "Target", "LowerIsBetter"].map((key) => row[key]));

describe("period lengths", () => {
  it("names each length in both languages and reads either, any case or spacing", () => {
    expect(periodLengthText("quarter", "zh-CN")).toBe("季度");
    expect(periodLengthOf(" 月度 ")).toBe("month");
    expect(periodLengthOf("YEAR")).toBe("year");
    expect(periodLengthOf("quarterly")).toBeUndefined();
    expect(periodLengthOf(null)).toBeUndefined();
  });

  it("builds one include test over both languages", () => {
    expect(ownLengthTest("K[L]", "[@S]", "[@E]").split("+")).toHaveLength(2);
  });
});

describe("kpiPlansFromTable", () => {
  it("reads each length's block of eight rows, wherever it sits", () => {
    const month = defaultKpis("month");
    const year = defaultKpis("year");
    const rows = [
      ...asCells(kpiWeightsRows(year, "year", "en-US", undefined)),
      ...asCells(kpiWeightsRows(month, "month", "zh-CN", undefined)),
    ];
    const plans = kpiPlansFromTable({ headers, rows });
    expect(plans.month).toEqual(month);
    expect(plans.year).toEqual(year);
    expect(plans.quarter).toBeNull();
  });

  it("takes a table from before per-period plans as every length's plan", () => {
    const quarter = defaultKpis("quarter");
    const rows = asCells(kpiWeightsRows(quarter, "quarter", "en-US", undefined)).map((row) => row.slice(1));
    const plans = kpiPlansFromTable({ headers: headers.slice(1), rows });
    expect(plans).toEqual({ month: quarter, quarter, year: quarter });
  });
});

describe("a KpiWeights block from before the collection rate (seven rows)", () => {
  const oldBlock = (kpis: ReturnType<typeof defaultKpis>, length: PeriodLength, language: "en-US" | "zh-CN") =>
    asCells(kpiWeightsRows(kpis, length, language, undefined)).slice(0, 7);

  it("reads as the same plan with the collection rate weighing 0", () => {
    const month = defaultKpis("month").map((kpi) => (kpi.key === "winRate" ? { ...kpi, weight: 25 } : kpi));
    const plans = kpiPlansFromTable({ headers, rows: oldBlock(month, "month", "zh-CN") });
    expect(plans.month).toEqual(month);
    expect(plans.month?.[7]).toEqual({ key: "collectionRate", weight: 0, target: 0.9, lowerIsBetter: false });
  });

  it("gets the collection rate at weight 0 when any length is written, the same plan as before", () => {
    const quarterKpis = defaultKpis("quarter").map((kpi) => (kpi.key === "cycle" ? { ...kpi, weight: 30 } : kpi));
    const quarter = oldBlock(quarterKpis, "quarter", "zh-CN");
    const existing = { headers, rows: quarter };
    expect(hasSevenKpiBlock(existing)).toBe(true);
    const month = asCells(kpiWeightsRows(defaultKpis("month"), "month", "zh-CN", existing));
    expect(month.slice(8, 15)).toEqual(quarter);
    expect(month[15]).toEqual(["季度", "回款率", 0, 0.9, false]);
    const after = { headers, rows: month };
    expect(hasSevenKpiBlock(after)).toBe(false);
    expect(kpiPlansFromTable(after).quarter).toEqual(quarterKpis);
    expect(hasSevenKpiBlock(undefined)).toBe(false);
  });

  it("does not count six or nine rows as a plan", () => {
    const rows = asCells(kpiWeightsRows(defaultKpis("year"), "year", "en-US", undefined));
    expect(kpiPlansFromTable({ headers, rows: rows.slice(0, 6) }).year).toBeNull();
    expect(kpiPlansFromTable({ headers, rows: [...rows, rows[0]] }).year).toBeNull();
  });
});

describe("kpiWeightsRows", () => {
  it("replaces only the written length's block and keeps a manager's unlabelled rows last", () => {
    const quarter = asCells(kpiWeightsRows(defaultKpis("quarter"), "quarter", "en-US", undefined));
    const mine: Cell[] = ["", "My own KPI", 5, 1, false];
    const existing = { headers, rows: [...quarter, mine] };
    const month = kpiWeightsRows(defaultKpis("month"), "month", "en-US", existing);
    expect(month.map((row) => row.PeriodLength)).toEqual([...Array(8).fill("Month"), ...Array(8).fill("Quarter"), ""]);
    expect(asCells(month).slice(8, 16)).toEqual(quarter);
    expect(month[16].KPI).toBe("My own KPI");
    expect(month[7]).toEqual({
      PeriodLength: "Month",
      KPI: "Collection rate",
      Weight: 0,
      Target: 0.9,
      LowerIsBetter: false,
    });
  });

  it("never changes another length's plan (any plans, any length written)", () => {
    const length = fc.constantFrom<PeriodLength>(...PERIOD_LENGTHS);
    const weight = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.subarray([...PERIOD_LENGTHS]),
        length,
        fc.array(weight, { minLength: 8, maxLength: 8 }),
        (present, written, weights) => {
          const rows = present.flatMap((each) => asCells(kpiWeightsRows(defaultKpis(each), each, "en-US", undefined)));
          const before = kpiPlansFromTable({ headers, rows });
          const kpis = defaultKpis(written).map((kpi, i) => ({ ...kpi, weight: weights[i] }));
          const after = kpiPlansFromTable({
            headers,
            rows: asCells(kpiWeightsRows(kpis, written, "en-US", { headers, rows })),
          });
          for (const each of PERIOD_LENGTHS) {
            if (each === written) expect(after[each]).toEqual(kpis);
            else expect(after[each]).toEqual(before[each]);
          }
        },
      ),
    );
  });
});

describe("the scorecard wizard's KPIs follow the period length", () => {
  const source = { kpis: noKpiPlans, bands: null, tiers: null, baselines: {} };
  const followUps = (draft: { kpis: readonly { key: string; target: string }[] }) =>
    draft.kpis.find((kpi) => kpi.key === "activities")?.target;

  it("offers 20 follow-ups a month, 60 a quarter and 240 a year by default", () => {
    const quarter = initialDraft(source, new Date(2026, 1, 15));
    expect(followUps(quarter)).toBe("60");
    const month = followPeriodLength(quarter, { ...quarter, kind: "month" }, source);
    expect(followUps(month)).toBe("20");
    expect(followUps(followPeriodLength(month, { ...month, kind: "year" }, source))).toBe("240");
    expect(followUps(followPeriodLength(month, { ...month, kind: "months" }, source))).toBe("20");
  });

  it("offers the workbook's own plan for the length, and keeps KPIs the manager edited", () => {
    const mine = defaultKpis("month").map((kpi) => (kpi.key === "activities" ? { ...kpi, target: 25 } : kpi));
    const withPlan = { ...source, kpis: { ...noKpiPlans, month: mine } };
    const quarter = initialDraft(withPlan, new Date(2026, 1, 15));
    expect(followUps(followPeriodLength(quarter, { ...quarter, kind: "month" }, withPlan))).toBe("25");
    const edited = { ...quarter, kpis: kpiDrafts(defaultKpis("quarter").map((k) => ({ ...k, weight: 1 }))) };
    expect(followPeriodLength(quarter, { ...edited, kind: "month" }, withPlan).kpis).toEqual(edited.kpis);
    expect(kpiPlanFor(withPlan.kpis, "year", {})).toEqual(defaultKpis("year"));
  });
});
