import { parseProbability } from "@core/cells/parseProbability";

describe("parseProbability", () => {
  it.each([
    [0, 0],
    [0.35, 0.35],
    [1, 1],
    [35, 0.35],
    [100, 1],
    ["35%", 0.35],
    ["100%", 1],
    ["0.9", 0.9],
    ["90", 0.9],
  ])("reads %p as %p", (input, expected) => {
    expect(parseProbability(input)).toBeCloseTo(expected, 12);
  });

  it("marks numbers outside 0–100 (and % texts outside 0–100 %) as NaN for #NUM!", () => {
    expect(parseProbability(-0.1)).toBeNaN();
    expect(parseProbability(100.5)).toBeNaN();
    expect(parseProbability("150%")).toBeNaN();
  });

  it("gives undefined for text that is not a number", () => {
    expect(parseProbability("high")).toBeUndefined();
    expect(parseProbability(null)).toBeUndefined();
  });
});
