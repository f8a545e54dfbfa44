import fc from "fast-check";
import { dateFromSerial, parseDate, serialFromDate } from "@core/cells/parseDate";

describe("Excel date serials", () => {
  it("puts 2000-01-01 at 36526 and keeps Excel's 1900 leap-year bug", () => {
    expect(serialFromDate(2000, 1, 1)).toBe(36526);
    expect(serialFromDate(1900, 1, 1)).toBe(1);
    expect(serialFromDate(1900, 2, 28)).toBe(59);
    expect(dateFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialFromDate(1900, 3, 1)).toBe(61);
    expect(serialFromDate(9999, 12, 31)).toBe(2958465);
  });

  it("round-trips every date from 1900-03-01 to 9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const { year, month, day } = dateFromSerial(serial);
        expect(serialFromDate(year, month, day)).toBe(serial);
      }),
    );
  });

  it.each([
    ["2024-03-01", 45352],
    ["2024/3/1", 45352],
    ["2024年3月1日", 45352],
    ["2024-03-01 10:30", 45352],
    ["2024-03-01T10:30:00", 45352],
    [45352, 45352],
    [45352.75, 45352],
  ])("reads %p as serial %p", (input, serial) => {
    expect(parseDate(input)).toBe(serial);
  });

  it.each([["2024-02-30"], ["2023/13/1"], ["3/1/2024"], ["yesterday"], [""], [null], [true], [-1], [3e6]])(
    "rejects %p",
    (input) => {
      expect(parseDate(input as never)).toBeUndefined();
    },
  );
});
