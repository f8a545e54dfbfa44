import { toExcelFailure } from "@excel/excelFailure";

describe("toExcelFailure", () => {
  it("maps cell-edit mode to busy-editing with an actionable message", () => {
    const failure = toExcelFailure({
      name: "RichApi.Error",
      code: "InvalidOperationInCellEditMode",
      message: "The operation cannot be completed.",
    });
    expect(failure.kind).toBe("busy-editing");
    expect(failure.code).toBe("InvalidOperationInCellEditMode");
    expect(failure.message).toMatch(/Press Enter or Esc/);
  });

  it.each([
    ["ItemNotFound", "not-found"],
    ["InvalidArgument", "invalid"],
    ["InvalidReference", "invalid"],
    ["ItemAlreadyExists", "invalid"],
    ["RequestPayloadSizeLimitExceeded", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "too-large"],
    ["GeneralException", "office"],
    ["AccessDenied", "office"],
  ])("maps Office code %s to %s and keeps Office's message", (code, kind) => {
    const failure = toExcelFailure({
      code,
      message: `Office says ${code}`,
      debugInfo: { errorLocation: "Worksheets.getItem" },
    });
    expect(failure).toEqual({ kind, code, message: `Office says ${code}`, location: "Worksheets.getItem" });
  });

  it("keeps a plain JS error's name and message", () => {
    expect(toExcelFailure(new TypeError("x is undefined"))).toEqual({
      kind: "office",
      code: "TypeError",
      message: "x is undefined",
    });
  });

  it("turns a thrown string into a failure with that text", () => {
    expect(toExcelFailure("boom")).toEqual({ kind: "office", code: "Unknown", message: "boom" });
  });
});
