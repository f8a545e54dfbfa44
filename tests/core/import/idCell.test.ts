import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { buildOutput } from "@core/import/buildOutput";
import { cellKey, idCell } from "@core/import/cellKey";
import { validateRows } from "@core/import/validateRows";

/** Payments columns: two ID columns, a free-text one and a text one that are not IDs. */
const mapping = ["ContractID", "DealID", "Customer", "Notes", "AmountDue"];
const headers = ["合同编号", "商机编号", "客户", "备注", "应收金额"];

function payments(rows: Cell[][]) {
  return validateRows(rows, mapping, "Payments", {
    knownStages: [],
    headers,
    references: { Contracts: ["HT-0001"], Deals: ["D-0001"] },
  });
}

/** A written cell as Excel stores it: the text guard's apostrophe is not part of the value. */
const stored = (cell: Cell) => (typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell);

describe("idCell", () => {
  it("trims spaces, tabs, no-break (U+00A0) and ideographic (U+3000) spaces around an ID", () => {
    expect([idCell(" HT-0001 "), idCell("\u00a0D-0001\u3000"), idCell("\t\u3000T-0007\r\n")]).toEqual([
      "HT-0001",
      "D-0001",
      "T-0007",
    ]);
  });
  it("keeps spaces inside an ID, writes a whole number as its digits, leaves other cells alone", () => {
    expect([idCell("HT 0001"), idCell(13800138000), idCell(2.5), idCell(true)]).toEqual([
      "HT 0001",
      "13800138000",
      2.5,
      true,
    ]);
  });
});

describe("validateRows: IDs are written trimmed", () => {
  it("trims the ID columns only, so the written ID is the one the workbook holds and no reference is unknown", () => {
    const result = payments([[" HT-0001 ", "\u3000D-0001\u00a0", "  华瑞科技 ", "  首付款\u3000", 30000]]);
    expect(result.rows[0].values).toEqual({
      ContractID: "HT-0001",
      DealID: "D-0001",
      Customer: "  华瑞科技 ",
      Notes: "  首付款\u3000",
      AmountDue: 30000,
    });
    expect(result.problems).toEqual([]);
  });
  it("reports an unknown ID by its trimmed value", () => {
    const result = payments([["\u00a0HT-2025-099\u00a0", "", "华瑞科技", "", 100]]);
    expect(result.rows[0].values.ContractID).toBe("HT-2025-099");
    expect(result.problems.map((p) => [p.kind, p.value])).toEqual([["unknown-reference", "HT-2025-099"]]);
  });
  it("writes an ID of spaces only (U+00A0, U+3000) as empty", () => {
    const result = payments([["\u00a0 \u3000", "\u3000", "华瑞科技", "", 100]]);
    expect(result.rows[0].values).toMatchObject({ ContractID: null, DealID: null });
    expect(result.problems).toEqual([]);
  });
  it("keeps the formula guard: an ID that starts with = + - @ once trimmed is flagged and written as text", () => {
    const result = payments([["  =1+1", "\u3000@cmd", "华瑞科技", "", 100]]);
    expect(result.rows[0].values).toMatchObject({ ContractID: "=1+1", DealID: "@cmd" });
    expect(result.problems.filter((p) => p.kind === "formula-text").map((p) => [p.column, p.value])).toEqual([
      ["ContractID", "=1+1"],
      ["DealID", "@cmd"],
    ]);
    const [, row] = buildOutput(result, { target: "Payments", headers, language: "zh-CN" });
    // The apostrophe makes Excel store the text "=1+1", not a formula computing 2.
    expect(row.slice(0, 2)).toEqual(["'=1+1", "'@cmd"]);
  });
  it("property: the written ID is the trimmed source, has no spaces around it, and keys as the source does", () => {
    const space = fc.constantFrom(" ", "\u00a0", "\u3000", "\t");
    const padding = fc.array(space, { maxLength: 3 }).map((s) => s.join(""));
    fc.assert(
      fc.property(padding, fc.string({ minLength: 1, maxLength: 12 }), padding, (before, id, after) => {
        const source = `${before}${id}${after}`;
        const result = payments([[source, null, "华瑞科技", null, 100]]);
        const written = result.rows[0].values.ContractID;
        if (source.trim() === "") {
          expect(written).toBeNull();
          return;
        }
        expect(written).toBe(source.trim());
        expect(written).toBe(String(written).trim());
        expect(cellKey(written)).toBe(cellKey(source));
        // What Excel stores from buildOutput's cell is that same trimmed ID.
        const [, row] = buildOutput(result, { target: "Payments", headers, language: "zh-CN" });
        expect(stored(row[0])).toBe(written);
      }),
    );
  });
});
