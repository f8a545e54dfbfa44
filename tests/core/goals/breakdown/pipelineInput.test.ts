import { serialFromDate } from "@core/cells/parseDate";
import { pipelineInput } from "@core/goals/breakdown/pipelineInput";

const d = (y: number, m: number, day: number) => serialFromDate(y, m, day);
const deal = (stage: string, amount: number, closedOn: number | null, collected: number | null = null) => ({
  owner: "Li",
  stage,
  amount,
  closedOn,
  collected,
});

describe("pipelineInput", () => {
  const year = { start: d(2026, 1, 1), end: d(2026, 12, 31) };
  const history = { start: d(2025, 1, 1), end: d(2025, 12, 31) };

  it("open pipeline, win rate over last year's closed deals, and what the plan year already holds", () => {
    const deals = [
      deal("Won", 100, d(2025, 3, 1)),
      deal("Lost", 50, d(2025, 4, 1)),
      deal("输单", 50, d(2025, 5, 1)),
      deal("Lost", 50, d(2024, 5, 1)), // outside the history range
      deal("Proposal", 400, null),
      deal("商务谈判", 600, null),
      deal("Won", 300, d(2026, 2, 1), 120),
      deal("Won", 900, d(2026, 6, 1), 900), // after today
    ];
    expect(pipelineInput(deals, "signed", year, history, d(2026, 3, 1))).toEqual({
      openPipeline: 1000,
      winRate: 1 / 3,
      actualToDate: 300,
    });
    expect(pipelineInput(deals, "collected", year, history, d(2026, 3, 1)).actualToDate).toBe(120);
  });

  it("falls back to every closed deal when none closed last year, and to 0 with none at all", () => {
    expect(
      pipelineInput([deal("Won", 1, d(2020, 1, 1)), deal("Lost", 1, null)], "signed", year, history, 0).winRate,
    ).toBe(0.5);
    expect(pipelineInput([deal("Proposal", 5, null)], "signed", year, history, 0)).toEqual({
      openPipeline: 5,
      winRate: 0,
      actualToDate: 0,
    });
  });
});
