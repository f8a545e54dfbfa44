import fc from "fast-check";
import { choicesOf } from "@core/lists/choicesOf";

describe("choicesOf", () => {
  it("lists each value once, alphabetically, the empty value last", () => {
    const owners = [{ owner: "Wang" }, { owner: "" }, { owner: "Li" }, { owner: "Wang" }];
    expect(choicesOf(owners, (c) => c.owner)).toEqual(["Li", "Wang", ""]);
    expect(choicesOf([{ owner: "Li" }], (c) => c.owner)).toEqual(["Li"]);
    expect(choicesOf([], String)).toEqual([]);
  });

  it("offers exactly the values the items have", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("", "A", "B", "C", "王", "Li")), (values) => {
        const choices = choicesOf(values, (v) => v);
        expect(new Set(choices)).toEqual(new Set(values));
        expect(choices).toHaveLength(new Set(values).size);
      }),
    );
  });
});
