import fc from "fast-check";
import { formatId, idPattern, nextIds } from "@core/workbook/recordIds";

describe("recordIds", () => {
  it("continues the pattern of the highest existing ID", () => {
    expect(idPattern(["C-0007", "C-0012", "", null], "C-")).toEqual({ prefix: "C-", width: 4, next: 13 });
    expect(nextIds(["KH042", "KH007"], 2, "C-")).toEqual(["KH043", "KH044"]);
    expect(nextIds(["D-9"], 2, "D-")).toEqual(["D-10", "D-11"]);
  });

  it("starts at C-0001 / D-0001 when the workbook has no ID yet", () => {
    expect(nextIds([], 2, "C-")).toEqual(["C-0001", "C-0002"]);
    expect(nextIds(["", "no number"], 1, "D-")).toEqual(["D-0001"]);
  });

  it("keeps all digits of a number wider than the pattern", () => {
    expect(formatId({ prefix: "C-", width: 4, next: 1 }, 12345)).toBe("C-12345");
    expect(nextIds(["C-9999"], 1, "C-")).toEqual(["C-10000"]);
  });

  it("reads numeric IDs and compares prefixes case-insensitively", () => {
    expect(nextIds([41, 7], 1, "C-")).toEqual(["42"]);
    expect(nextIds(["c-0003", "C-0002"], 1, "C-")).toEqual(["c-0004"]);
  });

  it("new IDs strictly continue the sequence and never collide with one taken", () => {
    const id = fc.oneof(
      fc.integer({ min: 0, max: 5000 }).map((n) => `C-${String(n).padStart(4, "0")}`),
      fc.integer({ min: 0, max: 500 }).map((n) => `C-${n}`),
      fc.constantFrom("", "x", "C-", "D-0003"),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 30 }), fc.integer({ min: 0, max: 20 }), (taken, count) => {
        const ids = nextIds(taken, count, "C-");
        const lower = new Set(taken.map((t) => t.toLowerCase()));
        expect(ids).toHaveLength(count);
        expect(new Set(ids).size).toBe(count);
        for (const created of ids) expect(lower.has(created.toLowerCase())).toBe(false);
        const numbers = ids.map((created) => Number(/\d+$/.exec(created)?.[0]));
        const pattern = idPattern(taken, "C-");
        const highest = Math.max(
          0,
          ...taken.flatMap((t) => {
            const m = /^(.*?)(\d+)$/.exec(t);
            return m && m[1].toLowerCase() === pattern.prefix.toLowerCase() ? [Number(m[2])] : [];
          }),
        );
        numbers.forEach((n, i) => expect(n).toBe(highest + 1 + i));
      }),
    );
  });
});
