import { formatMessage, messageCodes } from "@core/messages";
import { isSalesError, salesError } from "@core/errors";

describe("message catalogue", () => {
  const params = {
    row: 3,
    value: "x",
    what: "target",
    why: "w",
    allowed: "a, b",
    min: 1,
    max: 5,
    range: "0–1",
    amount: 5,
    currency: "CNY",
    first: "USD",
    column: "c",
    list: "l",
    at: 7,
    table: "Customers",
    count: 2,
  };
  it.each(messageCodes.map((c) => [c]))("%s has an English and a Chinese text", (code) => {
    const en = formatMessage(code, params, "en");
    const zh = formatMessage(code, params, "zh");
    expect(en.length).toBeGreaterThan(3);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toContain("undefined");
    expect(zh).not.toContain("undefined");
  });
  it("makes frozen error values carrying the English text", () => {
    const e = salesError("invalid-value", "notANumber", { row: 2, value: "abc" });
    expect(isSalesError(e)).toBe(true);
    expect(e.message).toBe('row 2: "abc" is not a number');
    expect(Object.isFrozen(e)).toBe(true);
    expect(isSalesError({ kind: "invalid-value" })).toBe(false);
  });
});
