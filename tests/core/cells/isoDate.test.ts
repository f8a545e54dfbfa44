import { isoDate } from "@core/cells/isoDate";

describe("isoDate", () => {
  it("writes a serial as YYYY-MM-DD, dropping the time of day", () => {
    expect(isoDate(46082)).toBe("2026-03-01");
    expect(isoDate(46082.75)).toBe("2026-03-01");
    expect(isoDate(45658)).toBe("2025-01-01");
  });

  it("answers an empty text for no date", () => {
    expect(isoDate(null)).toBe("");
    expect(isoDate(undefined)).toBe("");
    expect(isoDate(Number.NaN)).toBe("");
  });
});
