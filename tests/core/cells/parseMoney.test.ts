import fc from "fast-check";
import { parseMoney, type CurrencyCode } from "@core/cells/parseMoney";

/** Groups the integer part of a non-negative amount with commas: 1250000.5 → "1,250,000.50". */
function grouped(cents: number): string {
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100).padStart(2, "0");
  return `${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

/** How exports write an amount: the text for it, and the currency the text names. */
const forms: readonly { name: string; write: (text: string) => string; currency: CurrencyCode | null }[] = [
  { name: "¥", write: (t) => `¥${t}`, currency: "CNY" },
  { name: "full-width ￥", write: (t) => `￥${t}`, currency: "CNY" },
  { name: "RMB", write: (t) => `RMB ${t}`, currency: "CNY" },
  { name: "CNY", write: (t) => `CNY${t}`, currency: "CNY" },
  { name: "元", write: (t) => `${t}元`, currency: "CNY" },
  { name: "$", write: (t) => `$${t}`, currency: "USD" },
  { name: "US$", write: (t) => `US$ ${t}`, currency: "USD" },
  { name: "USD after", write: (t) => `${t} USD`, currency: "USD" },
  { name: "€", write: (t) => `€${t}`, currency: "EUR" },
  { name: "plain grouped", write: (t) => t, currency: null },
];

describe("parseMoney", () => {
  it("reads every form back to the amount it was written from", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.constantFrom(...forms),
        fc.boolean(),
        (cents, form, negative) => {
          const text = form.write(grouped(cents));
          const read = parseMoney(negative ? `-${text}` : text);
          const amount = cents / 100;
          expect(read?.value).toBeCloseTo(negative ? -amount : amount, 2);
          expect(read?.currency).toBe(form.currency);
          expect(read?.marked).toBe(form.currency !== null);
        },
      ),
    );
  });

  it("multiplies 万 and 亿 without binary noise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (tenths) => {
        const text = `${(tenths / 10).toFixed(1)}万`;
        expect(parseMoney(text)).toEqual({ value: tenths * 1000, currency: null, marked: true });
        expect(parseMoney(`${(tenths / 10).toFixed(1)}万元`)?.currency).toBe("CNY");
      }),
    );
    expect(parseMoney("12.5万")).toEqual({ value: 125000, currency: null, marked: true });
    expect(parseMoney("1.1万")?.value).toBe(11000);
    expect(parseMoney("3亿元")).toEqual({ value: 300_000_000, currency: "CNY", marked: true });
  });

  it("reads the issue's examples", () => {
    expect(parseMoney("¥1,250,000.00")).toEqual({ value: 1250000, currency: "CNY", marked: true });
    expect(parseMoney("1,250,000.00元")).toEqual({ value: 1250000, currency: "CNY", marked: true });
    expect(parseMoney("￥１２３")).toEqual({ value: 123, currency: "CNY", marked: true });
    expect(parseMoney("(¥500)")).toEqual({ value: -500, currency: "CNY", marked: true });
    expect(parseMoney(42)).toEqual({ value: 42, currency: null, marked: false });
    expect(parseMoney("1,200")).toEqual({ value: 1200, currency: null, marked: false });
  });

  it("refuses what is not one amount", () => {
    for (const text of ["¥", "RMB", "¥12%", "$¥5", "¥5 USD", "--¥5", "12 34元", "abc", "¥1,2,3", ""]) {
      expect(parseMoney(text)).toBeUndefined();
    }
    expect(parseMoney(true)).toBeUndefined();
    expect(parseMoney(null)).toBeUndefined();
  });
});
