import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { peopleWeights, repLastYear } from "@core/goals/breakdown/peopleWeights";
import { isSalesError } from "@core/errors";
import { ok, yearOfDeals } from "./fixtures";

const reps = [
  { name: "Li", team: "North", capacity: 3 },
  { name: "Wang", team: "North", capacity: 2 },
  { name: "Zhao", team: "South", capacity: 1 },
];

describe("peopleWeights", () => {
  const history = ok(
    monthlyHistory(
      [
        ...yearOfDeals("Li", 2025, 1, new Array(12).fill(500)),
        ...yearOfDeals("wang", 2025, 1, new Array(12).fill(250)),
      ],
      "signed",
      2026,
      1,
      1,
    ),
  );

  it("capacity: Team[Capacity]", () => {
    expect(ok(peopleWeights(reps, { method: "capacity" }, null)).weights).toEqual([3, 2, 1]);
  });
  it("equal: one each", () => {
    expect(ok(peopleWeights(reps, { method: "equal" }, null)).weights).toEqual([1, 1, 1]);
  });
  it("manual: the typed figures", () => {
    expect(ok(peopleWeights(reps, { method: "manual", figures: [500, 300, 200] }, null)).weights).toEqual([
      500, 300, 200,
    ]);
  });
  it("lastYear: each rep's last fiscal year (a rep without deals gets 0)", () => {
    const w = ok(peopleWeights(reps, { method: "lastYear" }, history));
    expect(w.weights).toEqual([6000, 3000, 0]);
    expect(w.lastYear).toEqual([6000, 3000, 0]);
    expect(w.warning).toBeNull();
    expect(repLastYear(history, [{ name: " LI " }])).toEqual([6000]);
  });
  it("lastYear without a full year: equal with a thin-history warning", () => {
    const w = ok(peopleWeights(reps, { method: "lastYear" }, ok(monthlyHistory([], "signed", 2026, 1))));
    expect(w.weights).toEqual([1, 1, 1]);
    expect(w.used).toBe("equal");
    expect(w.lastYear).toEqual([null, null, null]);
    expect(w.warning).toMatchObject({ kind: "thin-history", split: "people", requested: "lastYear", months: 0 });
    expect(w.warning?.message.zh).toContain("销售代表之间平均分配");
  });
  it("answers bad input with error values", () => {
    expect(isSalesError(peopleWeights([{ name: "Li" }], { method: "capacity" }, null))).toBe(true);
    expect(isSalesError(peopleWeights([{ name: "Li", capacity: -1 }], { method: "capacity" }, null))).toBe(true);
    expect(isSalesError(peopleWeights([{ name: "Li", capacity: 0 }], { method: "capacity" }, null))).toBe(true);
    const count = peopleWeights(reps, { method: "manual", figures: [1, 2] }, null);
    expect(isSalesError(count) && count.message).toBe("give one figure per rep (3 reps, 2 figures)");
    expect(isSalesError(peopleWeights(reps, { method: "manual", figures: [1, -2, 1] }, null))).toBe(true);
    expect(isSalesError(peopleWeights(reps, { method: "manual", figures: [1, NaN, 1] }, null))).toBe(true);
  });
});
