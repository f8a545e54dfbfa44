import { wonLabelsIn } from "@core/goals/breakdown/wonLabelsIn";

describe("wonLabelsIn", () => {
  it("lists the language's won stage first, then each other won spelling once", () => {
    const deals = [
      { stage: "赢单" },
      { stage: "Won" },
      { stage: "won " },
      { stage: "Lost" },
      { stage: null },
      { stage: "Closed Won" },
    ];
    expect(wonLabelsIn(deals, "en-US")).toEqual(["Won", "赢单", "Closed Won"]);
    expect(wonLabelsIn([], "zh-CN")).toEqual(["赢单"]);
  });
});
