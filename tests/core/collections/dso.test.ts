import { dso } from "@core/collections/dso";

const row = (dueDate: number, amountDue: number, received: number) => ({ dueDate, amountDue, received });

describe("dso", () => {
  it("hand-computed: 1500 owed ÷ 3000 due in the last 90 days × 90 = 45", () => {
    const rows = [row(45150, 1000, 1000), row(45180, 2000, 500), row(45300, 900, 0)];
    expect(dso(rows, 45210)).toBe(45);
  });
  it("is 0 when everything due has been collected", () => {
    expect(dso([row(45200, 500, 500)], 45210)).toBe(0);
  });
  it("is the window length when everything due in it is unpaid and nothing older is owed", () => {
    expect(dso([row(45200, 500, 0), row(45100, 300, 300)], 45210)).toBe(90);
  });
  it("counts older debts as receivables but not as the period's sales", () => {
    // Window (45180, 45210]: sales 1000. Owed: 1000 (in window) + 500 (old) = 1500 → 1500 ÷ 1000 × 30.
    expect(dso([row(45200, 1000, 0), row(45000, 500, 0)], 45210, 30)).toBe(45);
  });
  it("puts the window's first day outside: due on as_of − N is not in the period", () => {
    expect(dso([row(45120, 100, 0)], 45210, 90)).toBeNull();
    expect(dso([row(45121, 100, 0)], 45210, 90)).toBe(90);
  });
  it("has no DSO without sales in the period, and rejects a bad window", () => {
    expect(dso([], 45210)).toBeNull();
    expect(() => dso([], 45210, 0)).toThrow(RangeError);
    expect(() => dso([], 45210, 7.5)).toThrow(RangeError);
  });
});
