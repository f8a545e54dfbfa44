import { buildOutput } from "@core/import/buildOutput";
import { csvProblems } from "@core/import/csvProblems";
import { csvSource } from "@core/import/importSource";
import { importPlanInput } from "@core/import/importPlanInput";
import { parseCsvText } from "@core/import/parseCsv";
import { planImport, type ImportPlanInput } from "@core/import/planImport";
import { readCsvBytes } from "@core/import/readCsvBytes";
import { canWriteImport, reviewImport } from "@core/import/reviewImport";
import { validateRows } from "@core/import/validateRows";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** "你好" in GBK. */
const GBK_HELLO = [0xc4, 0xe3, 0xba, 0xc3];

/** A CSV file's bytes read, parsed and planned as the wizard does (header in row 1). */
function planCsv(bytes: Uint8Array, mapping: (string | null)[], overrides: Partial<ImportPlanInput> = {}) {
  const decoded = readCsvBytes(bytes);
  if (!decoded.ok) throw new Error("unreadable");
  const parsed = parseCsvText(decoded.text);
  const source = csvSource({
    name: "x.csv",
    encoding: decoded.encoding,
    ...parsed,
    suspectLines: decoded.suspectLines,
  });
  const choices = { headerRow: 0, target: "Deals" as const, mapping, mode: "new-sheet" as const, stageMapping: {} };
  const input = importPlanInput(source, choices, { tables: {}, cadences: false, textColumns: {} }, "en-US");
  return planImport({ ...input, ...overrides });
}

const review = (plan: ReturnType<typeof planImport>) =>
  reviewImport(plan, { target: "Deals", mode: "new-sheet", hasStages: true, sheets: [], pending: null });

describe("broken CSV files are reported, by line, and stop the import", () => {
  it("an unclosed quote that swallows the rest of the file is a problem, not 'No problems found'", () => {
    const text = 'DealID,Customer,Amount\nD-1,"Acme,100\nD-2,Beta,200\nD-3,Gamma,300\n';
    const parsed = parseCsvText(text);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.errors).toEqual([{ line: 2, record: 2, code: "MissingQuotes" }]);
    const plan = planCsv(utf8(text), ["DealID", "Customer", "Amount"]);
    const kinds = plan.result.problems.map((p) => p.kind);
    expect(kinds).toContain("csv-quotes");
    expect(plan.result.problems.find((p) => p.kind === "csv-quotes")?.message.en).toMatch(
      /^line 2: a quote is never closed/,
    );
    const reviewed = review(plan);
    expect(reviewed.blocking).toBeGreaterThan(0);
    expect(canWriteImport(reviewed, { confirmed: true, replacePending: false })).toBe(false);
  });

  it("rows with more or fewer fields than the header are named with their row and line", () => {
    const text = 'DealID,Customer,Amount\nD-1,Acme,100\nD-2,"Beta\nInc.",200,extra\nD-3,Gamma\n\nD-4,Delta,400\n';
    const plan = planCsv(utf8(text), ["DealID", "Customer", "Amount"]);
    const counts = plan.result.problems.filter((p) => p.kind === "field-count");
    expect(counts.map((p) => [p.row, p.message.en])).toEqual([
      [3, "row 3 (line 3): 4 fields, the header row has 3"],
      [4, "row 4 (line 5): 2 fields, the header row has 3"],
    ]);
    expect(counts[0].message.zh).toBe("第 3 行（文件第 3 行）：有 4 个字段，表头行有 3 个");
    expect(canWriteImport(review(plan), { confirmed: true, replacePending: false })).toBe(false);
  });

  it("rows above the header row (a title) are not counted; a well-formed file has no file problems", () => {
    const parsed = parseCsvText("Deals 2024\nDealID,Customer\nD-1,Acme\n");
    expect(csvProblems(parsed.rows, { ...parsed, suspectLines: [], encoding: "utf-8" }, 1)).toEqual([]);
  });

  it("binary data renamed to .csv is refused, whatever encoding would read it", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(readCsvBytes(png)).toEqual({ ok: false, reason: "binary" });
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(readCsvBytes(noise)).toEqual({ ok: false, reason: "binary" });
    expect(readCsvBytes(noise, "utf-8")).toEqual({ ok: false, reason: "binary" });
    // A text file is read, tabs and CRLF included.
    expect(readCsvBytes(utf8("a\tb\r\n1\t2\r\n"))).toMatchObject({ ok: true, encoding: "utf-8", suspectLines: [] });
  });
});

describe("wrong encodings are flagged by line, and the user's choice is used", () => {
  const mixed = new Uint8Array([...utf8("客户,金额\n华瑞,1\n"), ...GBK_HELLO, 0x2c, 0x32, 0x0a, ...utf8("北辰,3\n")]);

  it("a UTF-8 file with one GBK line is read as UTF-8, naming the GBK line", () => {
    const read = readCsvBytes(mixed);
    expect(read).toMatchObject({ ok: true, encoding: "utf-8", suspectLines: [3], bomMismatch: false, chosen: false });
    const plan = planCsv(mixed, ["Customer", "Amount"]);
    const flagged = plan.result.problems.filter((p) => p.kind === "bad-encoding");
    expect(flagged.map((p) => [p.row, p.severity, p.message.en])).toEqual([
      [3, "warning", "line 3: the bytes are not UTF-8, so the text may be garbled"],
    ]);
  });

  it("choosing GB18030 reads the GBK line and names the UTF-8 lines instead", () => {
    const read = readCsvBytes(mixed, "gb18030");
    expect(read).toMatchObject({ ok: true, encoding: "gb18030", suspectLines: [1, 2, 4], chosen: true });
    expect(read.ok && read.text.split("\n")[2]).toBe("你好,2");
  });

  it("a UTF-8 byte-order mark followed by GBK bytes is read as GBK, the mark's contradiction named", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a,b\n"), ...GBK_HELLO, 0x2c, 0x31, 0x0a]);
    const read = readCsvBytes(bytes);
    expect(read).toMatchObject({ ok: true, encoding: "gb18030", suspectLines: [2], bomMismatch: true });
    expect(read.ok && read.text).toBe("a,b\n你好,1\n");
    expect(read.ok && read.text).not.toContain("\uFFFD");
    // The user may still insist on UTF-8: the GBK line is then named as garbled.
    expect(readCsvBytes(bytes, "utf-8")).toMatchObject({ encoding: "utf-8-bom", suspectLines: [2], chosen: true });
  });
});

describe("cells Excel cannot hold are reported, never truncated", () => {
  it("a cell over 32,767 characters and a cell with a NUL stop the import, with row and column", () => {
    const long = "x".repeat(32_768);
    const values = [
      ["Customer", "Note"],
      ["Acme", long],
      ["Be\u0000ta", "ok"],
      ["Gamma", "x".repeat(32_767)],
    ];
    const plan = planImport({
      source: { values, top: 0, left: 0, kind: "range" },
      headerRow: 0,
      mapping: ["Customer", null],
      target: "Deals",
      mode: "new-sheet",
      language: "en-US",
    });
    const found = plan.result.problems.filter((p) => p.kind === "too-long" || p.kind === "nul-char");
    expect(found.map((p) => [p.kind, p.row, p.column, p.severity])).toEqual([
      ["too-long", 2, "Note", "error"],
      ["nul-char", 3, "Customer", "error"],
    ]);
    expect(found[0].message.en).toBe("row 2: 32768 characters, more than an Excel cell holds (32,767)");
    // Nothing is cut on the way: the layout keeps the whole text, and the review refuses to write it.
    expect(plan.layout.rows[0]).toContain(long);
    const reviewed = review(plan);
    expect(reviewed.blocking).toBe(2);
    expect(canWriteImport(reviewed, { confirmed: true, replacePending: false })).toBe(false);
  });
});

describe("garbage numbers are flagged in number and money columns", () => {
  it('"--5" and "12 34" are unreadable amounts, kept as typed and reported', () => {
    // Deals[Collected] is a formula now (the sum of the deal's payments), so a money column and a
    // number column of tables the import writes: Deals[Amount] and Activities[Satisfaction].
    const deals = validateRows(
      [
        ["Acme", "--5"],
        ["Beta", "(5)"],
      ],
      ["Customer", "Amount"],
      "Deals",
      { knownStages: [], source: "csv" },
    );
    const activities = validateRows(
      [
        ["Acme", "12 34"],
        ["Beta", "1,200"],
      ],
      ["Customer", "Satisfaction"],
      "Activities",
      { knownStages: [], source: "csv" },
    );
    const bad = [...deals.problems, ...activities.problems].filter((p) => p.kind === "bad-number");
    expect(bad.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, "Amount", "--5"],
      [2, "Satisfaction", "12 34"],
    ]);
    expect(deals.rows[0].values).toMatchObject({ Amount: "--5" });
    expect(deals.rows[1].values).toMatchObject({ Amount: -5 });
    expect(activities.rows[0].values).toMatchObject({ Satisfaction: "12 34" });
    expect(activities.rows[1].values).toMatchObject({ Satisfaction: 1200 });
    // The review counts them: the pane does not say "No problems found".
    const plan = planCsv(utf8("Customer,Amount,Satisfaction\nAcme,--5,12 34\n"), ["Customer", "Amount", null]);
    expect(review(plan).problemCounts).toContainEqual({ kind: "bad-number", count: 1, severity: "warning" });
  });
});

describe("an append run again never adds a row twice", () => {
  const dealHeaders = tableHeaders("Deals", "en-US");
  const dealsTable = (rows: (string | number | null)[][]) => ({
    headers: dealHeaders,
    columns: columnIndex("Deals", dealHeaders),
    rows: rows.map((r) => dealHeaders.map((_, i) => r[i] ?? null)),
  });
  const source = {
    values: [
      ["DealID", "Customer", "Amount"],
      ["D-1", "Acme", "100"],
      ["D-2", "Beta", "200"],
      ["", "Gamma", "300"],
    ],
    top: 0,
    left: 0,
    kind: "csv" as const,
  };
  const appendInput = (
    table: ReturnType<typeof dealsTable>,
    pending?: ImportPlanInput["pending"],
  ): ImportPlanInput => ({
    source,
    headerRow: 0,
    mapping: ["DealID", "Customer", "Amount"],
    target: "Deals",
    mode: "append",
    language: "en-US",
    table,
    pending,
  });

  it("deals already in the table (by DealID; without one by customer, owner, amount, created) are left out and reported", () => {
    const plan = planImport(
      appendInput(
        dealsTable([
          ["D-2", "Beta (renamed)"],
          [null, "Gamma", null, null, 300],
        ]),
      ),
    );
    expect(plan.layout.rows.map((r) => r[0])).toEqual(["D-1"]);
    const found = plan.result.problems.filter((p) => p.kind === "already-imported");
    expect(found.map((p) => [p.row, p.message.en])).toEqual([
      [3, 'row 3: "D-2" is already in the Deals table and is not added again'],
      [4, 'row 4: "Gamma" is already in the Deals table and is not added again'],
    ]);
    const reviewed = reviewImport(plan, {
      target: "Deals",
      mode: "append",
      hasStages: true,
      sheets: [],
      pending: null,
    });
    expect(reviewed).toMatchObject({ rows: 1, alreadyThere: 2 });
  });

  it("running a finished import again plans nothing to write", () => {
    const first = planImport(appendInput(dealsTable([])));
    expect(first.layout.rows).toHaveLength(3);
    const table = dealsTable(first.layout.rows.map((r) => [...r] as (string | number | null)[]));
    const again = planImport(appendInput(table));
    expect(again.layout.rows).toEqual([]);
    const reviewed = reviewImport(again, {
      target: "Deals",
      mode: "append",
      hasStages: true,
      sheets: [],
      pending: null,
    });
    expect(canWriteImport(reviewed, { confirmed: true, replacePending: false })).toBe(false);
  });

  it("rows an unfinished append of the same table added are its own: the plan stays the same, so it resumes", () => {
    const first = planImport(appendInput(dealsTable([["D-0", "Old"]])));
    const partial = dealsTable([
      ["D-0", "Old"],
      ...first.layout.rows.slice(0, 2).map((r) => [...r] as (string | number)[]),
    ]);
    const pending = { mode: "append", target: "Deals", done: 2, baseRows: 1 };
    const again = planImport(appendInput(partial, pending));
    expect(again.layout.fingerprint).toBe(first.layout.fingerprint);
    expect(again.layout.rows).toHaveLength(3);
  });

  it("activities have no ID: date, customer and summary tell a follow-up again", () => {
    const headers = tableHeaders("Activities", "en-US");
    const columns = columnIndex("Activities", headers);
    const values = [
      ["Date", "Customer", "Summary"],
      ["2024-01-05", "Acme", "Call"],
      ["2024-01-05", "Acme", "Visit"],
    ];
    const plan = planImport({
      source: { values, top: 0, left: 0, kind: "csv" },
      headerRow: 0,
      mapping: ["Date", "Customer", "Summary"],
      target: "Activities",
      mode: "append",
      language: "en-US",
      table: {
        headers,
        columns,
        rows: [headers.map((h) => ({ Date: 45296, Customer: "acme ", Summary: "call" })[h] ?? null)],
      },
    });
    expect(plan.layout.rows).toHaveLength(1);
    expect(plan.result.problems.map((p) => p.kind)).toEqual(["already-imported"]);
  });
});

describe("200,000 rows", () => {
  it("reads, plans, validates and builds the output of a 200,000-row CSV file without overflowing the stack", () => {
    const n = 200_000;
    const lines = ["DealID,Customer,Amount,Created,Stage"];
    for (let i = 0; i < n; i++)
      lines.push(`D-${i},客户${i % 5000},"1,${String(i % 1000).padStart(3, "0")}",2024-01-${(i % 28) + 1},Lead`);
    const bytes = utf8(lines.join("\n") + "\n");
    const read = readCsvBytes(bytes);
    expect(read).toMatchObject({ ok: true, encoding: "utf-8", suspectLines: [] });
    const parsed = parseCsvText(read.ok ? read.text : "");
    expect(parsed.rows).toHaveLength(n + 1);
    expect(parsed.errors).toEqual([]);
    const mapping = ["DealID", "Customer", "Amount", "Created", "Stage"];
    const source = csvSource({ name: "big.csv", encoding: "utf-8", ...parsed, suspectLines: [] });
    const input = importPlanInput(
      source,
      { headerRow: 0, target: "Deals", mapping, mode: "new-sheet", stageMapping: {} },
      { tables: {}, cadences: false, textColumns: {} },
      "en-US",
    );
    const plan = planImport({ ...input, stages: undefined });
    expect(plan.layout.rows).toHaveLength(n);
    expect(plan.result.problems.filter((p) => p.kind !== "unknown-stage")).toEqual([]);
    const output = buildOutput(plan.result, { target: "Deals", headers: parsed.rows[0], language: "en-US" });
    expect(output).toHaveLength(n + 1);
    expect(output[n][0]).toBe(`D-${n - 1}`);

    // Appending the same 200,000 rows to a table that holds them adds none.
    const headers = tableHeaders("Deals", "en-US");
    const table = { headers, columns: columnIndex("Deals", headers), rows: plan.layout.rows };
    const again = planImport({ ...input, mode: "append", table });
    expect(again.layout.rows).toHaveLength(0);
    expect(
      reviewImport(again, { target: "Deals", mode: "append", hasStages: true, sheets: [], pending: null }),
    ).toMatchObject({
      rows: 0,
      alreadyThere: n,
    });
  }, 600_000);
});
