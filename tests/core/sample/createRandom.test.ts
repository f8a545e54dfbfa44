import { createRandom } from "@core/sample/createRandom";

describe("createRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(createRandom(1).next()).toBeCloseTo(0.6270739405881613, 12);
  });
  it("draws within bounds with the expected averages", () => {
    const r = createRandom(7);
    const n = 20_000;
    let sum = 0;
    let hits = 0;
    let normals = 0;
    const dice = new Set<number>();
    for (let i = 0; i < n; i++) {
      const x = r.next();
      if (!(x >= 0 && x < 1)) throw new Error(`out of [0, 1): ${x}`);
      sum += x;
      const d = r.int(1, 6);
      dice.add(d);
      if (r.chance(0.3)) hits++;
      normals += r.normal();
    }
    expect(sum / n).toBeCloseTo(0.5, 1);
    expect([...dice].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hits / n).toBeCloseTo(0.3, 1);
    expect(Math.abs(normals / n)).toBeLessThan(0.05);
  });
  it("picks by weight and draws log-normal values around the median", () => {
    const r = createRandom(3);
    const picks = Array.from({ length: 10_000 }, () => r.weighted(["a", "b", "c"], [1, 0, 3]));
    expect(picks).not.toContain("b");
    expect(picks.filter((p) => p === "c").length / picks.length).toBeCloseTo(0.75, 1);
    const values = Array.from({ length: 10_001 }, () => r.logNormal(100, 0.5)).sort((x, y) => x - y);
    expect(values[5000]).toBeGreaterThan(90);
    expect(values[5000]).toBeLessThan(110);
    expect(values[0]).toBeGreaterThan(0);
    expect(["x", "y"]).toContain(r.pick(["x", "y"]));
  });
});
