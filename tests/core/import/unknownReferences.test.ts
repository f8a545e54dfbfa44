import fc from "fast-check";
import { cellKey } from "@core/import/cellKey";
import { planImport } from "@core/import/planImport";
import { knownReferences, unknownReferences } from "@core/import/unknownReferences";
import { validateRows, type ImportContext } from "@core/import/validateRows";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";

/** A 回款 list: contract, deal, installment, amount due. */
const payments = [
  ["HT-2025-099", "D-0001", 1, 3000],
  [" ht-0001 ", "d-0001", 1, 3000],
  ["HT-0002", "D-0404", 2, 7000],
  [1001, 1002, 1, 500],
  ["", "", 3, 100],
];
const mapping = ["ContractID", "DealID", "Installment", "AmountDue"];
const known = { Contracts: ["HT-0001", "HT-0002", "1001"], Deals: ["D-0001", 1002] };

function unknown(context: ImportContext, rows = payments, target: "Payments" | "Service" | "Activities" = "Payments") {
  return validateRows(rows, target === "Payments" ? mapping : [null, "DealID"], target, context).problems.filter(
    (p) => p.kind === "unknown-reference",
  );
}

describe("unknown ContractIDs and DealIDs", () => {
  it("flags a contract and a deal the workbook lacks, as warnings in both languages", () => {
    const found = unknown({ knownStages: [], references: known });
    expect(found.map((p) => [p.row, p.column, p.value, p.severity])).toEqual([
      [2, "ContractID", "HT-2025-099", "warning"],
      [4, "DealID", "D-0404", "warning"],
    ]);
    expect(found[0].message).toEqual({
      en: 'row 2: contract "HT-2025-099" is not in Contracts',
      zh: "第 2 行：合同“HT-2025-099”不在合同表中",
    });
    expect(found[1].message).toEqual({
      en: 'row 4: deal "D-0404" is not in Deals',
      zh: "第 4 行：商机“D-0404”不在销售管道表中",
    });
  });

  it("matches IDs as SUMIFS does: other case, spaces around, a number against its text; an empty ID is not checked", () => {
    const rows = [
      [" ht-0001 ", "d-0001 ", 1, 3000],
      [1001, 1002, 1, 500],
      ["HT-0002", "", 2, 7000],
      ["", "  ", 3, 100],
    ];
    expect(unknown({ knownStages: [], references: known }, rows)).toEqual([]);
    // Without the right IDs in the tables, the same rows are flagged: the check is not vacuous.
    const other = { Contracts: ["HT-0003"], Deals: ["D-0002"] };
    expect(unknown({ knownStages: [], references: other }, rows).map((p) => [p.row, p.column])).toEqual([
      [2, "ContractID"],
      [2, "DealID"],
      [3, "ContractID"],
      [3, "DealID"],
      [4, "ContractID"],
    ]);
  });

  it("checks nothing against a table the workbook lacks, and still imports every row", () => {
    expect(unknown({ knownStages: [] })).toEqual([]);
    const onlyDeals = unknown({ knownStages: [], references: { Deals: known.Deals } });
    expect(onlyDeals.map((p) => p.column)).toEqual(["DealID"]);
    const withChecks = validateRows(payments, mapping, "Payments", { knownStages: [], references: known });
    expect(withChecks.rows).toHaveLength(payments.length);
  });

  it("checks follow-ups' and tickets' DealIDs against Deals, customers and deals not at all", () => {
    const rows = [
      ["Acme", "D-9999"],
      ["Acme", "D-0001"],
    ];
    expect(unknown({ knownStages: [], references: known }, rows, "Activities").map((p) => p.row)).toEqual([2]);
    expect(unknown({ knownStages: [], references: known }, rows, "Service").map((p) => p.row)).toEqual([2]);
    const deals = validateRows(rows, ["Customer", "DealID"], "Deals", { knownStages: [], references: known });
    expect(deals.problems.filter((p) => p.kind === "unknown-reference")).toEqual([]);
  });

  it("flags exactly the non-empty IDs whose key is not among the table's", () => {
    const id = fc.oneof(
      fc.constantFrom("HT-0001", "ht-0001 ", " HT-0002", "D-1", "", "  "),
      fc.integer({ min: 0, max: 30 }),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 8 }), fc.array(id, { minLength: 1, maxLength: 12 }), (held, imported) => {
        const rows = imported.map((contract, i) => ({ sourceRow: i + 2, values: { ContractID: contract } }));
        const flagged = new Set(unknownReferences(rows, "Payments", { Contracts: held }).map((p) => p.row));
        const keys = new Set(held.map(cellKey));
        for (const { sourceRow, values } of rows) {
          const key = cellKey(values.ContractID);
          expect(flagged.has(sourceRow)).toBe(key !== "" && !keys.has(key));
        }
      }),
    );
  });
});

describe("knownReferences and planImport", () => {
  const contracts = (rows: (string | number)[][]) => {
    const headers = tableHeaders("Contracts", "zh-CN");
    const columns = columnIndex("Contracts", headers);
    return { headers, columns, rows: rows.map((r) => headers.map((_, at) => (at === columns.ContractID ? r[0] : ""))) };
  };

  it("takes the ID column of each table present, and skips a table without it", () => {
    expect(knownReferences({ Contracts: contracts([["HT-0001"], ["HT-0002"]]) })).toEqual({
      Contracts: ["HT-0001", "HT-0002"],
    });
    expect(knownReferences({ Contracts: { columns: { ContractID: -1 }, rows: [["HT-0001"]] } })).toEqual({});
  });

  it("checks an imported 回款 list against the workbook's Contracts (an empty Contracts table knows none)", () => {
    const input = (table?: ReturnType<typeof contracts>) =>
      planImport({
        source: {
          values: [["合同编号", "期次", "应收金额"], ...payments.map((r) => [r[0], r[2], r[3]])],
          top: 0,
          left: 0,
          kind: "csv",
        },
        headerRow: 0,
        mapping: ["ContractID", "Installment", "AmountDue"],
        target: "Payments",
        mode: "new-sheet",
        language: "zh-CN",
        contracts: table,
      }).result.problems.filter((p) => p.kind === "unknown-reference");
    expect(input(contracts([["HT-0001"], ["HT-0002"], [1001]])).map((p) => p.row)).toEqual([2]);
    expect(input(contracts([])).map((p) => p.row)).toEqual([2, 3, 4, 5]);
    expect(input(undefined)).toEqual([]);
  });
});
