import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import {
  defaultMatchKey,
  duplicatePolicies,
  matchImport,
  usableMatchKeys,
  type DuplicatePolicy,
  type MatchKey,
} from "@core/import/matchImport";
import { normalizeCompany } from "@core/import/normalizeCompany";
import { planImport, type ImportPlanInput } from "@core/import/planImport";
import { rejectedRowsSheet } from "@core/import/rejectedRows";
import { validateRows } from "@core/import/validateRows";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";

const headers = tableHeaders("Customers", "en-US");
const columns = columnIndex("Customers", headers);

/** A Customers table row with the given fields, every other column empty. */
function customer(fields: Record<string, Cell>): Cell[] {
  const row: Cell[] = headers.map(() => "");
  for (const [key, value] of Object.entries(fields)) row[columns[key]] = value;
  return row;
}

const table = {
  headers,
  columns,
  rows: [
    customer({ CustomerID: "C-0001", Name: "Wang", Company: "华瑞科技有限公司", Phone: "13800138000", Tier: "A" }),
    customer({ CustomerID: "C-0002", Name: "Li", Company: "Acme Inc.", Phone: "13900139000", Region: "East" }),
  ],
};

function input(values: Cell[][], mapping: (string | null)[], policy: DuplicatePolicy, key: MatchKey): ImportPlanInput {
  return {
    source: { values, top: 0, left: 0, kind: "range" },
    headerRow: 0,
    mapping,
    target: "Customers",
    mode: "append",
    language: "en-US",
    table,
    match: { policy, key },
  };
}

const updated = [
  ["Company", "Contact", "Phone", "Region", "Tier"],
  ["华瑞科技", "Wang", "13800138000", "North", ""],
  ["ACME", "Li", "", "East", "=HYPERLINK(1)"],
  ["Northwind", "Zhao", "13700137000", "South", "B"],
];
const mapping = ["Company", "Name", "Phone", "Region", "Tier"];

describe("matchImport: keys and policies", () => {
  it("offers the keys whose columns the import maps, the ID first", () => {
    expect(usableMatchKeys("Customers", ["CustomerID", "Company", "Name"])).toEqual([
      "id",
      "company",
      "companyContact",
    ]);
    expect(defaultMatchKey("Customers", ["Company", "Phone"])).toBe("company");
    expect(defaultMatchKey("Customers", ["Phone"])).toBe("phone");
    expect(defaultMatchKey("Deals", ["Customer", "Amount"])).toBe("row");
    expect(defaultMatchKey("Deals", ["DealID"])).toBe("id");
    expect(defaultMatchKey("Activities", ["Date"])).toBe("row");
    expect(duplicatePolicies("Customers")).toEqual(["skip", "update", "add"]);
    expect(duplicatePolicies("Activities")).toEqual(["skip", "add"]);
  });

  it("update changes only the fields that differ, never blanks one, guards formula-like text, adds the new row", () => {
    const plan = planImport(input(updated, mapping, "update", "company"));
    const matches = plan.matches!;
    expect(matches.matched).toBe(2);
    expect(matches.updates.map((u) => [u.tableRow, u.changes.map((c) => [c.key, c.old, c.new, c.write])])).toEqual([
      [0, [["Region", "", "North", "North"]]],
      [1, [["Tier", "", "=HYPERLINK(1)", "'=HYPERLINK(1)"]]],
    ]);
    expect(matches.updates[0].expected).toEqual(table.rows[0]);
    expect(plan.layout.rows).toHaveLength(1);
    expect(plan.layout.rows[0][columns.Company]).toBe("Northwind");
    expect(plan.layout.rows[0][columns.CustomerID]).toBe("C-0003");
  });

  it("skip leaves matching rows out with the reason, and they can be copied out with it", () => {
    const plan = planImport(input(updated, mapping, "skip", "company"));
    expect(plan.layout.rows.map((r) => r[columns.Company])).toEqual(["Northwind"]);
    expect(plan.matches!.rejected.map((r) => [r.sourceRow, r.reason.en])).toEqual([
      [2, 'row 2: "华瑞科技" matches row 2 of the Customers table and is skipped'],
      [3, 'row 3: "ACME" matches row 3 of the Customers table and is skipped'],
    ]);
    const sheet = rejectedRowsSheet(
      { values: updated, top: 0 },
      0,
      plan.matches!.rejected,
      plan.result.problems,
      "zh",
      "原因",
    );
    expect(sheet[0]).toEqual([...updated[0], "原因"]);
    expect(sheet[2]).toEqual([
      "ACME",
      "Li",
      "",
      "East",
      "'=HYPERLINK(1)",
      "第 3 行：“ACME”与 Customers 表格第 3 行重复，已跳过",
    ]);
  });

  it("add keeps today's behaviour: every new row is added", () => {
    const plan = planImport(input(updated, mapping, "add", "company"));
    expect(plan.layout.rows).toHaveLength(3);
    expect(plan.layout.rows.map((r) => r[columns.CustomerID])).toEqual(["C-0003", "C-0004", "C-0005"]);
  });

  it("a row matching several rows is left out, as is one repeating an earlier row of the import", () => {
    const twice = { ...table, rows: [...table.rows, customer({ CustomerID: "C-0009", Company: "ACME" })] };
    const result = validateRows(
      [
        ["Acme", "x"],
        ["Northwind", "y"],
        ["Northwind Ltd", "z"],
      ],
      ["Company", "Name"],
      "Customers",
      { knownStages: [] },
    );
    const { matches, result: kept } = matchImport(result, "Customers", twice, { policy: "update", key: "company" });
    expect(kept.rows.map((r) => r.values.Company)).toEqual(["Northwind"]);
    expect(matches.rejected.map((r) => r.reason.en)).toEqual([
      'row 2: "Acme" matches 2 rows of the Customers table, so which to update is unknown',
      'row 4: "Northwind Ltd" repeats row 3 of this import',
    ]);
  });

  it("matches by ID, phone or company and contact, never changing the ID or the columns it matches by", () => {
    const source = [
      ["ID", "Company", "Contact", "Phone"],
      ["c-0002", "Acme Trading", "Li", "+86 139 0013 9000"],
    ];
    const byId = planImport(input(source, ["CustomerID", "Company", "Name", "Phone"], "update", "id")).matches!;
    expect(byId.updates[0].changes.map((c) => c.key)).toEqual(["Company", "Phone"]);
    expect(byId.updates[0].changes[0]).toMatchObject({ old: "Acme Inc.", new: "Acme Trading" });
    const byPhone = planImport(input(source, ["CustomerID", "Company", "Name", "Phone"], "update", "phone")).matches!;
    expect(byPhone.updates[0].changes.map((c) => c.key)).toEqual(["Company"]);
    const byContact = planImport(input(source, [null, "Company", "Name", null], "skip", "companyContact")).matches!;
    expect(byContact.matched).toBe(0);
  });

  it("with skip or update nothing is duplicated, and new IDs strictly continue the sequence", () => {
    const company = fc.constantFrom(
      "华瑞科技",
      "华瑞科技有限公司",
      "Acme",
      "ACME Inc.",
      "Beta",
      "Gamma",
      "",
      "Delta Ltd",
    );
    const row = fc.tuple(company, fc.constantFrom("Wang", "Li", ""), fc.constantFrom("East", "West", ""));
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.constantFrom<DuplicatePolicy>("skip", "update"),
        (rows, policy) => {
          const values = [["Company", "Contact", "Region"], ...rows.map((r) => [...r] as Cell[])];
          const plan = planImport(input(values, ["Company", "Name", "Region"], policy, "company"));
          const after = table.rows.map((r) => [...r]);
          for (const update of plan.matches!.updates) {
            for (const change of update.changes) after[update.tableRow][change.column] = change.new;
          }
          const all = [...after, ...plan.layout.rows];
          const keys = all.map((r) => normalizeCompany(r[columns.Company] ?? null)).filter((k) => k !== "");
          expect(new Set(keys).size).toBe(keys.length);
          const ids = plan.layout.rows.map((r) => r[columns.CustomerID]);
          expect(ids).toEqual(ids.map((_, i) => `C-${String(3 + i).padStart(4, "0")}`));
          const everyId = all.map((r) => r[columns.CustomerID]);
          expect(new Set(everyId).size).toBe(everyId.length);
          // An update never blanks a field.
          for (const update of plan.matches!.updates)
            for (const change of update.changes) expect(change.new).not.toBe("");
        },
      ),
    );
  });
});
