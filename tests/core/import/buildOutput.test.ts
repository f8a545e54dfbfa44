import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { parseNumber } from "@core/cells/parseNumber";
import { buildOutput } from "@core/import/buildOutput";
import { importColumns, importTargets, type ImportTarget } from "@core/import/importColumns";
import { parseImportDate } from "@core/cells/parseImportDate";
import { validateRows } from "@core/import/validateRows";
import {
  activityMethodChoices,
  customerStatusChoices,
  forecastCategoryChoices,
  tierChoices,
} from "@core/workbook/schema";

const choices = [...activityMethodChoices, ...customerStatusChoices, ...forecastCategoryChoices, ...tierChoices];

describe("buildOutput", () => {
  it("writes target columns in canonical order in the workbook's language, then extras under their own headers", () => {
    const headers = ["备注", "金额", "客户", "", "Source", "Customer"];
    const rows = [["vip", "1,200", "华瑞", "x", "=cmd()", "dup"]];
    const mapping = [null, "Amount", "Customer", null, null, null];
    const result = validateRows(rows, mapping, "Deals", { knownStages: [] });
    expect(buildOutput(result, { target: "Deals", headers, language: "zh-CN" })).toEqual([
      ["客户", "金额", "备注", "列 4", "Source", "Customer"],
      ["华瑞", 1200, "vip", "x", "'=cmd()", "dup"],
    ]);
    expect(buildOutput(result, { target: "Deals", headers, language: "en-US" })[0]).toEqual([
      "Customer",
      "Amount",
      "备注",
      "Column 4",
      "Source",
      "Customer (2)",
    ]);
  });
  it("writes every input column with columns: all, never formula columns", () => {
    const result = validateRows([["华瑞"]], ["Customer"], "Deals", { knownStages: [] });
    const [header, row] = buildOutput(result, {
      target: "Deals",
      headers: ["Account"],
      language: "en-US",
      columns: "all",
    });
    expect(header).toEqual(importColumns("Deals").map((c) => c.header["en-US"]));
    expect(header).not.toContain("Weighted");
    expect(row[1]).toBe("华瑞");
    expect(row.filter((c) => c === "")).toHaveLength(header.length - 1);
  });
  it("drops only extra columns with neither header nor value, and keeps a header row for no data", () => {
    const result = validateRows([["A", null]], ["Company", null], "Customers", { knownStages: [] });
    expect(buildOutput(result, { target: "Customers", headers: ["Company", null], language: "en-US" })).toEqual([
      ["Company"],
      ["A"],
    ]);
    const empty = validateRows([], ["Company"], "Customers", { knownStages: [] });
    expect(buildOutput(empty, { target: "Customers", headers: ["Company"], language: "en-US" })).toEqual([["Company"]]);
  });
  it("guards every text cell and header so Excel stores it as typed", () => {
    const result = validateRows([["-5 net", "00123", "'x"]], ["Notes", "Phone", null], "Customers", {
      knownStages: [],
    });
    expect(buildOutput(result, { target: "Customers", headers: ["Notes", "Phone", "=A1"], language: "en-US" })).toEqual(
      [
        ["Phone", "Notes", "'=A1"],
        ["'00123", "'-5 net", "''x"],
      ],
    );
  });
});

/** What Excel stores for a written value: the text prefix apostrophe is not part of the value. */
function stored(cell: Cell): Cell {
  return typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Whether an output cell still carries an original value: as is, as text, or converted to a number or date. */
function represents(out: Cell, original: Cell): boolean {
  const value = stored(out);
  if (value === original) return true;
  if (typeof original === "number" && typeof value === "string") return value === original.toFixed(0); // codes (Phone …)
  // A whole number too large to be a serial, in a date column, is a compact YYYYMMDD date.
  if (typeof original === "number" && typeof value === "number") return parseImportDate(original, "mdy") === value;
  if (typeof original === "string" && typeof value === "number") {
    return (
      parseNumber(original) === value ||
      parseImportDate(original, "mdy") === value ||
      parseImportDate(original, "dmy") === value
    );
  }
  if (typeof original === "string" && typeof value === "string") {
    // A choice (Call/电话, Active/活跃 …) is written in the workbook's language.
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    return (
      same(value, original) ||
      (choices.some((c) => same(original, c["en-US"]) || same(original, c["zh-CN"])) &&
        choices.some((c) => c["en-US"] === value || c["zh-CN"] === value))
    );
  }
  return false;
}

const textCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "=1+1",
    "-5",
    "+86 138",
    "@SUM(A1)",
    "00123",
    "2024-03-01",
    "3/1/2024",
    "1,200",
    "¥99",
    "TRUE",
    "'q",
    "电话",
    "email",
    "a",
    "Won",
    "公海",
  ),
  fc.stringMatching(/^[=+\-@' ]?[a-z0-9 ,./%]{0,8}$/),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  textCell,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

describe("buildOutput loses nothing", () => {
  it("keeps every original non-empty value, for random tables and mappings", () => {
    const target = fc.constantFrom<ImportTarget>(...importTargets);
    const table = fc.record({
      width: fc.integer({ min: 1, max: 7 }),
      rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { maxLength: 12 }),
      headers: fc.array(fc.oneof(textCell, fc.constant(null)), { maxLength: 7 }),
      picks: fc.array(fc.option(fc.nat(40), { nil: null }), { maxLength: 7 }),
      source: fc.constantFrom<"range" | "csv">("range", "csv"),
      language: fc.constantFrom<"en-US" | "zh-CN">("en-US", "zh-CN"),
    });
    fc.assert(
      fc.property(target, table, (t, { rows, headers, picks, source, language }) => {
        const keys = importColumns(t).map((c) => c.key);
        const mapping = picks.map((p) => (p === null ? null : keys[p % keys.length]));
        const result = validateRows(rows, mapping, t, { knownStages: [], headers, source, language });
        const output = buildOutput(result, { target: t, headers, language });
        const [header, ...body] = output;
        expect(body).toHaveLength(
          rows.filter((r) => r.some((c) => !(c === null || (typeof c === "string" && c.trim() === "")))).length,
        );
        for (const line of output) expect(line).toHaveLength(header.length);
        const outputColumns = [
          ...result.columns.map((key) => ({ key })),
          ...result.extraColumns.map((index) => ({ index })),
        ];
        result.rows.forEach((row, r) => {
          const source = rows[row.sourceRow - 2];
          source.forEach((original, c) => {
            if (original === null || (typeof original === "string" && original.trim() === "")) return;
            const line = body[r];
            const found = line.some((out) => represents(out, original));
            if (!found) throw new Error(`lost ${JSON.stringify(original)} of column ${c} in ${JSON.stringify(line)}`);
          });
        });
        expect(outputColumns.length).toBeGreaterThanOrEqual(header.length);
        for (const line of output) {
          for (const out of line) {
            if (typeof out === "string") expect(/^\s*[=+\-@]/.test(out)).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
