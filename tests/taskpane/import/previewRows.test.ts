import { displayCell } from "@taskpane/import/previewRows";

describe("displayCell", () => {
  it("shows a number under any date format as an ISO date, not a serial number", () => {
    expect(displayCell(45444, "yyyy-mm-dd")).toBe("2024-06-01");
    expect(displayCell(45444, "m/d/yyyy")).toBe("2024-06-01");
    expect(displayCell(45444.75, 'yyyy"年"m"月"d"日"')).toBe("2024-06-01");
  });

  it("keeps other numbers and text as they are", () => {
    expect(displayCell(45444, "General")).toBe("45444");
    expect(displayCell(0.25, "0%")).toBe("25%");
    expect(displayCell("'=SUM(A1)", null)).toBe("=SUM(A1)");
    expect(displayCell(null, "m/d/yyyy")).toBe("");
  });
});
