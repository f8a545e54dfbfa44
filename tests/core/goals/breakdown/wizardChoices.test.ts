import {
  annualTargetOf,
  choicesKey,
  granularitiesOf,
  initialChoices,
  metricsOf,
  peopleSplitOf,
  rampOf,
  stepProblems,
  timeSplitOf,
} from "@core/goals/breakdown/wizardChoices";

const reps = [{ name: "Li" }, { name: "Wang" }];
const valid = { ...initialChoices(2026), annualTarget: "1,200,000" };

describe("wizardChoices", () => {
  it("names what keeps each step from being left", () => {
    expect(stepProblems("target", { ...valid, annualTarget: "abc", fiscalYear: "1900" }, reps)).toEqual([
      "target.needYear",
      "target.needAmount",
    ]);
    expect(stepProblems("target", valid, reps)).toEqual([]);
    expect(stepProblems("metric", { ...valid, metric: "both" }, reps)).toEqual(["metric.needCollected"]);
    expect(stepProblems("time", { ...valid, timeMethod: "growth", growthRate: "-100" }, reps)).toEqual([
      "time.needRate",
    ]);
    expect(stepProblems("people", { ...valid, peopleMethod: "manual", manual: { Li: "0", Wang: "0" } }, reps)).toEqual([
      "people.needFigures",
    ]);
    expect(stepProblems("preview", valid, reps)).toEqual([]);
  });

  it("reads the typed choices as the plan's inputs", () => {
    expect(metricsOf({ metric: "both" })).toEqual(["signed", "collected"]);
    const both = { ...valid, metric: "both" as const, collectedTarget: "900000" };
    expect(annualTargetOf(both, "collected")).toBe(900_000);
    expect(annualTargetOf({ ...valid, timeMethod: "growth", growthSetsTarget: true }, "signed")).toBeNull();
    expect(timeSplitOf({ ...valid, timeMethod: "growth", growthRate: "20" })).toEqual({ method: "growth", rate: 0.2 });
    expect(peopleSplitOf({ ...valid, peopleMethod: "manual", manual: { Wang: "3", Li: "1" } }, reps)).toEqual({
      method: "manual",
      figures: [1, 3],
    });
    expect(granularitiesOf({ weeks: true })).toEqual(["year", "quarter", "month", "week"]);
  });

  it("keys the choices by their content", () => {
    expect(choicesKey(valid)).toBe(choicesKey({ ...valid }));
    expect(choicesKey(valid)).not.toBe(choicesKey({ ...valid, decimals: 2 }));
  });
});

describe("the ramp of new reps in the choices", () => {
  it("defaults to 50 %, 75 %, 100 % and is refused out of 0–100 on the people step", () => {
    const choices = initialChoices(2027);
    expect(rampOf(choices)).toEqual([0.5, 0.75, 1]);
    expect(stepProblems("people", choices, [])).toEqual([]);
    expect(stepProblems("people", { ...choices, ramp: ["50", "abc", "100"] }, [])).toEqual(["people.needRamp"]);
    expect(stepProblems("people", { ...choices, ramp: ["120"] }, [])).toEqual(["people.needRamp"]);
  });
});
