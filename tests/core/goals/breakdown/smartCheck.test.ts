import { smartCheck } from "@core/goals/breakdown/smartCheck";
import { serialFromDate } from "@core/cells/parseDate";

const deadline = serialFromDate(2026, 12, 31);
const good = {
  text: "Grow East China signings",
  scope: "East team",
  metric: "signed" as const,
  target: 1_200_000,
  lastYearActual: 1_000_000,
  deadline,
};

describe("smartCheck", () => {
  it("passes a goal with every part, with the implied growth", () => {
    const r = smartCheck(good);
    expect(r.pass).toBe(true);
    expect(r.specific.message).toEqual({
      en: "says what and for whom (East team)",
      zh: "明确了目标内容和对象（East team）",
    });
    expect(r.measurable.message.en).toBe("a number to reach: 1,200,000");
    expect(r.achievable.growth).toBeCloseTo(0.2, 12);
    expect(r.achievable.message).toEqual({
      en: "20% growth over last year's 1,000,000, within 50%",
      zh: "较去年的 1,000,000 增长 20%，不超过 50%",
    });
    expect(r.relevant.message).toEqual({ en: "tied to signed amount (合同额)", zh: "与合同额挂钩" });
    expect(r.timeBound.message).toEqual({ en: "due 2026-12-31", zh: "截止日期 2026年12月31日" });
  });

  it("says what is missing for an empty goal", () => {
    const r = smartCheck({});
    expect(r.pass).toBe(false);
    expect(r.specific).toEqual({
      pass: false,
      message: {
        en: "describe the goal in words; say who it is for: the company, a team or a rep",
        zh: "请用文字描述目标；请说明目标对象：公司、团队或个人",
      },
    });
    expect(r.measurable.pass).toBe(false);
    expect(r.achievable).toMatchObject({ pass: false, growth: null, pipelineSupports: null, pipelineCoverage: null });
    expect(r.relevant.message.en).toBe("tie it to a sales metric (signed or collected amount) or a KPI");
    expect(r.timeBound.message.zh).toBe("请设定截止日期");
  });

  it("achievable fails above the growth limit and when the pipeline falls short, with the figures", () => {
    const r = smartCheck({ ...good, target: 2_000_000, openPipeline: 3_000_000, winRate: 0.25 });
    expect(r.achievable.pass).toBe(false);
    expect(r.achievable.growth).toBeCloseTo(1, 12);
    expect(r.achievable.pipelineSupports).toBe(750_000);
    expect(r.achievable.pipelineCoverage).toBeCloseTo(0.375, 12);
    expect(r.achievable.message.en).toBe(
      "100% growth over last year's 1,000,000 is more than 50%; open pipeline × win rate supports only 750,000 (37.5% of the target)",
    );
    expect(smartCheck({ ...good, target: 2_000_000, maxGrowth: 1 }).achievable.pass).toBe(true);
  });

  it("judges by the pipeline alone when there is no last year", () => {
    const r = smartCheck({ ...good, lastYearActual: null, openPipeline: 5_000_000, winRate: 0.3 });
    expect(r.achievable).toMatchObject({ pass: true, growth: null, pipelineSupports: 1_500_000 });
    expect(r.achievable.message.zh).toBe("现有管道 × 赢单率可支撑 1,500,000（目标的 125%）");
    expect(smartCheck({ ...good, lastYearActual: null }).achievable.message.en).toContain("no baseline");
  });

  it("takes a KPI for relevance and flags a deadline that has passed", () => {
    const r = smartCheck({ ...good, metric: null, kpi: "new customers", asOf: serialFromDate(2027, 1, 5) });
    expect(r.relevant).toEqual({ pass: true, message: { en: "tied to new customers", zh: "与new customers挂钩" } });
    expect(r.timeBound).toEqual({
      pass: false,
      message: { en: "the deadline 2026-12-31 has already passed", zh: "截止日期 2026年12月31日 已过" },
    });
    expect(r.pass).toBe(false);
  });
});

describe("smartCheck with what is already won", () => {
  const goal = { text: "Grow North", scope: "North", metric: "signed" as const, target: 1000, deadline: 46387 };

  it("counts what the scope already won in the period towards the target, beside the pipeline", () => {
    const withoutWon = smartCheck({ ...goal, openPipeline: 1000, winRate: 0.5 });
    expect(withoutWon.achievable.pass).toBe(false);
    const withWon = smartCheck({ ...goal, openPipeline: 1000, winRate: 0.5, wonSoFar: 600 });
    expect(withWon.achievable).toMatchObject({ pass: true, pipelineSupports: 1100, pipelineCoverage: 1.1 });
    expect(withWon.achievable.message.en).toBe(
      "600 won so far + open pipeline × win rate supports 1,100 (110% of the target)",
    );
    expect(withWon.achievable.message.zh).toContain("已赢单 600");
  });
});
