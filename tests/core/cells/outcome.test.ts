import { classifyOutcome, labelsOrDefault, DEFAULT_WON, LOST_LABELS, WON_LABELS } from "@core/cells/outcome";
import { flatten, reshape, shapeOf } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";

describe("outcome labels", () => {
  it.each(WON_LABELS.map((l) => [l]))("%s is won, in any case and spacing", (label) => {
    expect(classifyOutcome(`  ${label.toUpperCase()} `)).toBe("won");
  });
  it.each(LOST_LABELS.map((l) => [l]))("%s is lost", (label) => {
    expect(classifyOutcome(label)).toBe("lost");
  });
  it("treats other labels as open and blanks as empty", () => {
    expect(classifyOutcome("Negotiation")).toBe("open");
    expect(classifyOutcome("商务谈判")).toBe("open");
    expect(classifyOutcome("   ")).toBe("empty");
    expect(classifyOutcome(null)).toBe("empty");
  });
  it("lets a user's labels replace the default set", () => {
    const mine = labelsOrDefault([["Signed"], ["签约"]], DEFAULT_WON);
    expect(classifyOutcome("signed", mine)).toBe("won");
    expect(classifyOutcome("won", mine)).toBe("open");
    expect(labelsOrDefault([[null], [""]], DEFAULT_WON)).toBe(DEFAULT_WON);
  });
});

describe("cells", () => {
  it("treats null, undefined, '' and spaces as empty, and 0 or FALSE as filled", () => {
    expect([null, undefined, "", "   "].every(isEmpty)).toBe(true);
    expect([0, false, "x"].some(isEmpty)).toBe(false);
  });
  it("flattens row-major and reshapes back", () => {
    const m = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    expect(flatten(m)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reshape(flatten(m), shapeOf(m))).toEqual(m);
    expect(flatten(7)).toEqual([7]);
  });
});
