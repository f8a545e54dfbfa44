import { applyEdit } from "@core/goals/breakdown/applyEdit";
import { buildPlan, type PlanInput } from "@core/goals/breakdown/buildPlan";
import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { ok, yearOfDeals } from "./fixtures";

const history = ok(
  monthlyHistory(
    [
      ...yearOfDeals("Li", 2025, 1, new Array(12).fill(10_000)),
      ...yearOfDeals("Wang", 2025, 1, new Array(12).fill(5_000)),
    ],
    "signed",
    2026,
    1,
    1,
  ),
);
const input: PlanInput = {
  fiscalYear: 2026,
  startMonth: 1,
  annualTarget: 300_000,
  timeSplit: { method: "lastYear" },
  peopleSplit: { method: "equal" },
  reps: [{ name: "Li" }, { name: "Wang" }, { name: "Zhao" }],
  history,
};

describe("plan warnings", () => {
  it("jump: a rep more than 50 % above last year, with the figures", () => {
    // Equal split: 100,000 each. Li had 120,000 (no jump), Wang 60,000 (+66.7 %), Zhao none (new).
    const plan = ok(buildPlan(input));
    expect(plan.warnings).toEqual([
      {
        kind: "jump",
        rep: "Wang",
        target: 100_000,
        lastYear: 60_000,
        growth: 100_000 / 60_000 - 1,
        threshold: 0.5,
        message: {
          en: "Wang: target 100,000 is 66.7% above last year's 60,000 (threshold 50%)",
          zh: "Wang：目标 100,000 比去年的 60,000 高 66.7%（阈值 50%）",
        },
      },
    ]);
  });

  it("honours the threshold and follows the edits", () => {
    expect(ok(buildPlan({ ...input, jumpThreshold: 0.7 })).warnings).toEqual([]);
    let plan = ok(buildPlan({ ...input, jumpThreshold: 0.7 }));
    plan = ok(applyEdit(plan, { period: "FY2026-M01", rep: "Wang", value: 25_000, lock: true }));
    expect(plan.repTotals[1]).toBe(116_667);
    expect(plan.warnings.map((w) => w.kind === "jump" && w.rep)).toEqual(["Wang"]);
  });

  it("coverage: the target left is above open pipeline × win rate", () => {
    const plan = ok(
      buildPlan({
        ...input,
        jumpThreshold: 1,
        pipeline: { openPipeline: 500_000, winRate: 0.3, actualToDate: 50_000 },
      }),
    );
    expect(plan.warnings).toEqual([
      {
        kind: "coverage",
        target: 300_000,
        actualToDate: 50_000,
        remaining: 250_000,
        openPipeline: 500_000,
        winRate: 0.3,
        supported: 150_000,
        coverage: 2,
        message: {
          en: "the target still to reach, 250,000, is above what the open pipeline supports: 500,000 × win rate 30% = 150,000 (pipeline coverage 2×)",
          zh: "尚需完成的目标 250,000 高于现有管道可支撑的金额：500,000 × 赢单率 30% = 150,000（管道覆盖率 2 倍）",
        },
      },
    ]);
    expect(
      ok(buildPlan({ ...input, jumpThreshold: 1, pipeline: { openPipeline: 1_000_000, winRate: 0.3 } })).warnings,
    ).toEqual([]);
  });

  it("thin history comes first and stays through edits", () => {
    const thin = ok(buildPlan({ ...input, history: ok(monthlyHistory([], "signed", 2026, 1)) }));
    expect(thin.warnings.map((w) => w.kind)).toEqual(["thin-history"]);
    const edited = ok(applyEdit(thin, { period: "FY2026-M01", rep: "Li", value: 0, lock: true }));
    expect(edited.warnings.map((w) => w.kind)).toEqual(["thin-history"]);
  });
});
