import { assignColumn } from "@core/import/assignColumn";
import { chosenMode, importModes } from "@core/import/importModes";
import { csvSource, sheetSource } from "@core/import/importSource";
import { proposeImport } from "@core/import/proposeImport";

describe("proposeImport", () => {
  it("finds the header row under a title, the table the headers fit and where each column goes", () => {
    expect(
      proposeImport([
        ["Pipeline export"],
        ["Opportunity Name", "Account Name", "Stage", "Amount", "Remark"],
        ["Big one", "Acme", "Closed Won", "12,000", "x"],
      ]),
    ).toEqual({ headerRow: 1, target: "Deals", mapping: [null, "Customer", "Stage", "Amount", null] });
  });

  it("proposes Customers and no columns for an empty source", () => {
    expect(proposeImport([])).toEqual({ headerRow: 0, target: "Customers", mapping: [] });
  });
});

describe("assignColumn", () => {
  it("frees a target column chosen elsewhere, so each takes one source column", () => {
    expect(assignColumn(["Company", "Phone", null], 2, "Company")).toEqual([null, "Phone", "Company"]);
  });

  it("keeps a column as an extra column without touching the others", () => {
    expect(assignColumn(["Company", "Phone"], 0, null)).toEqual([null, "Phone"]);
  });

  it("grows a mapping shorter than the column chosen", () => {
    expect(assignColumn(["Company"], 2, "Phone")).toEqual(["Company", null, "Phone"]);
  });

  it("leaves the mapping it is given as it was", () => {
    const mapping = ["Company", null];
    assignColumn(mapping, 1, "Company");
    expect(mapping).toEqual(["Company", null]);
  });
});

describe("importModes and chosenMode", () => {
  it("appends to a table the workbook has, whatever the source", () => {
    expect(importModes(true, "selection")).toEqual(["append"]);
    expect(importModes(true, "csv")).toEqual(["append"]);
  });

  it("offers a new sheet, or converting cells of a sheet where they are", () => {
    expect(importModes(false, "selection")).toEqual(["new-sheet", "in-place"]);
    expect(importModes(false, "sheet")).toEqual(["new-sheet", "in-place"]);
    expect(importModes(false, "csv")).toEqual(["new-sheet"]);
  });

  it("keeps the user's choice while it is allowed, else takes the default", () => {
    expect(chosenMode(["new-sheet", "in-place"], "in-place")).toBe("in-place");
    expect(chosenMode(["append"], "in-place")).toBe("append");
    expect(chosenMode(["new-sheet"], undefined)).toBe("new-sheet");
  });
});

describe("sheetSource and csvSource", () => {
  it("names a block after its sheet and address and keeps its cells", () => {
    const block = {
      sheet: "Sheet1",
      address: "B2:C3",
      top: 1,
      left: 1,
      values: [["Company"], ["Acme"]],
      formulas: [["Company"], ["Acme"]],
      numberFormats: [["General"], ["General"]],
    };
    expect(sheetSource("selection", block)).toEqual({ kind: "selection", name: "Sheet1!B2:C3", ...block });
  });

  it("starts a file's rows at the top left and keeps its encoding", () => {
    expect(csvSource({ name: "deals.csv", rows: [["Stage"]], encoding: "gb18030" })).toEqual({
      kind: "csv",
      name: "deals.csv",
      values: [["Stage"]],
      top: 0,
      left: 0,
      encoding: "gb18030",
    });
  });
});
