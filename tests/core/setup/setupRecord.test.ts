import fc from "fast-check";
import { MAX_SERIAL } from "@core/cells/parseDate";
import { MAX_SAMPLE_CUSTOMERS } from "@core/sample/generateSampleWorkbook";
import { readSetupRecord, setupSettingKeys } from "@core/setup/setupRecord";

const sampleOf = (value: unknown) => readSetupRecord({ [setupSettingKeys.sample]: value }).sample;

describe("readSetupRecord: the recorded sample", () => {
  it("reads a sample a set-up recorded", () => {
    expect(sampleOf({ seed: 1, today: 46023, customers: 300 })).toEqual({ seed: 1, today: 46023, customers: 300 });
    expect(sampleOf({ seed: 1, today: MAX_SERIAL, customers: MAX_SAMPLE_CUSTOMERS })).not.toBeNull();
  });

  // A resumed set-up generates as many customers as the settings say: a number anyone wrote there
  // must not start a loop of a billion customers (issue #14).
  it("counts a size or date no set-up would record as absent", () => {
    for (const customers of [MAX_SAMPLE_CUSTOMERS + 1, 1e9, 1e308, 0, -1, 1.5, NaN, Infinity])
      expect(sampleOf({ seed: 1, today: 46023, customers })).toBeNull();
    for (const today of [0, MAX_SERIAL + 1, 1e308, -1e308, NaN, Infinity])
      expect(sampleOf({ seed: 1, today, customers: 300 })).toBeNull();
  });

  it("reads any number, 1e-300 … 1e308, as a sample within the bounds or none", () => {
    const magnitude = fc
      .tuple(fc.integer({ min: -300, max: 307 }), fc.double({ min: 1, max: 9.99, noNaN: true }), fc.boolean())
      .map(([exponent, mantissa, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent);
    const anyNumber = fc.oneof(magnitude, fc.double(), fc.integer());
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (seed, today, customers) => {
        const sample = sampleOf({ seed, today, customers });
        if (sample === null) return;
        expect(sample.customers).toBeLessThanOrEqual(MAX_SAMPLE_CUSTOMERS);
        expect(sample.today).toBeLessThanOrEqual(MAX_SERIAL);
      }),
    );
  });
});
