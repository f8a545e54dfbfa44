import { schemaVersion, tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import { setupSettingKeys } from "@core/setup/setupRecord";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { createEmulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { clockAt, sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(120_000);

const sheets: Record<WorkbookLanguage, { deals: string; customers: string; setup: string }> = {
  "en-US": { deals: "Pipeline", customers: "Customers", setup: "Setup" },
  "zh-CN": { deals: "销售管道", customers: "客户档案", setup: "设置" },
};

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("set-up with sample data in %s", (language) => {
    let emulator: Emulator;
    beforeAll(async () => {
      ({ emulator } = await setUpSampleWorkbook({ language, customers: 40, profile }));
    });

    it("creates every table on its sheet with headers in the workbook's language", () => {
      const tables = Object.fromEntries(emulator.book.tables().map((table) => [table.name, table]));
      expect(Object.keys(tables).sort()).toEqual(
        [
          "ActionPlan",
          "Activities",
          "Cadences",
          "Contracts",
          "Customers",
          "Deals",
          "Payments",
          "Scorecard",
          "Service",
          "ServiceLevels",
          "Stages",
          "Targets",
          "Team",
        ].sort(),
      );
      expect(tables.Deals).toMatchObject({ sheet: sheets[language].deals, headers: tableHeaders("Deals", language) });
      expect(tables.Customers).toMatchObject({ sheet: sheets[language].customers });
      expect(tables.Stages).toMatchObject({ sheet: sheets[language].setup, range: "A1:E8" });
      expect(tables.Cadences).toMatchObject({ sheet: sheets[language].setup, range: "G1:H4" });
      expect(tables.Cadences.headers).toEqual(tableHeaders("Cadences", language));
      // Fifteen service levels (five ticket types at three priorities) right of Cadences.
      expect(tables.ServiceLevels).toMatchObject({ sheet: sheets[language].setup, range: "J1:L16" });
      expect(tables.Payments.headers).toEqual(tableHeaders("Payments", language));
    });

    it("computes Weighted = Amount × Probability and NextContact from the cadence", async () => {
      const read = await readTables(["Deals", "Customers", "Stages"]);
      if (!read.ok) throw new Error(read.error.message);
      const { Deals: deals, Customers: customers, Stages: stages } = read.value;
      const probability = new Map(
        stages!.rows.map((row) => [row[stages!.columns.Stage], row[stages!.columns.Probability]]),
      );
      expect(deals!.rows.length).toBeGreaterThan(40);
      for (const row of deals!.rows) {
        const p = probability.get(row[deals!.columns.Stage]);
        expect(row[deals!.columns.Probability]).toBe(p);
        expect(row[deals!.columns.Weighted]).toBeCloseTo((row[deals!.columns.Amount] as number) * (p as number), 6);
      }
      const cadence = { A: 14, B: 30, C: 90 } as Record<string, number>;
      const contacted = customers!.rows.filter((row) => row[customers!.columns.LastContact] !== "");
      expect(contacted.length).toBeGreaterThan(10);
      for (const row of contacted) {
        const last = row[customers!.columns.LastContact] as number;
        expect(row[customers!.columns.NextContact]).toBe(last + cadence[row[customers!.columns.Tier] as string]);
      }
    });

    it("formats columns by kind, freezes header rows and sizes columns", () => {
      const { deals, customers, setup } = sheets[language];
      const headers = tableHeaders("Deals", language);
      const formatOf = (sheet: string, col: number) => emulator.book.getCell(sheet, 2, col).numberFormat;
      expect(formatOf(deals, headers.indexOf(headers[4]))).toBe("#,##0.00");
      expect(formatOf(deals, 5)).toBe("0%");
      expect(formatOf(deals, 7)).toBe("yyyy-mm-dd");
      expect(formatOf(setup, 1)).toBe("0");
      const phone = emulator.book.getCell(customers, 1, 8);
      expect(phone).toMatchObject({ numberFormat: "@", valueType: "String" });
      expect(String(phone.value)).not.toMatch(/^'/);
      for (const sheet of [deals, customers, setup]) expect(emulator.book.sheet(sheet)!.frozenRows).toBe(1);
      const model = emulator.book.sheet(customers)!;
      expect(emulator.book.columnWidth(model, 2)).toBe(160);
      expect(emulator.book.columnWidth(model, 6)).toBeGreaterThanOrEqual(60);
    });

    it("adds drop-down lists over the whole data body", () => {
      const rows = emulator.book
        .table("Deals")!
        .range.split(":")[1]
        .replace(/[A-Z]+/, "");
      const lists = Object.fromEntries(
        emulator.book
          .dataValidations(sheets[language].deals)
          .map((v) => [v.address, (v.rule.list as { source: string }).source]),
      );
      expect(lists).toMatchObject({
        [`C2:C${rows}`]: "=SalesGrid_Reps",
        [`D2:D${rows}`]: "=SalesGrid_Stages",
        // LostAt, after ForecastOverride (N: the categories to choose; M, the formula, has no list).
        [`P2:P${rows}`]: "=SalesGrid_Stages",
        [`N2:N${rows}`]: expect.stringMatching(language === "zh-CN" ? /^管道,/ : /^Pipeline,/),
      });
      expect(lists[`M2:M${rows}`]).toBeUndefined();
      const customerLists = emulator.book
        .dataValidations(sheets[language].customers)
        .map((v) => (v.rule.list as { source: string }).source);
      expect(customerLists).toEqual(
        expect.arrayContaining(["A,B,C", language === "zh-CN" ? "活跃,公海" : "Active,Pool"]),
      );
      expect(emulator.book.dataValidations(emulator.book.table("Activities")!.sheet)).toHaveLength(2); // Owner, Method
      expect(emulator.book.names().map((n) => n.name)).toEqual([
        "SalesGrid_Stages",
        "SalesGrid_StaleDays",
        "SalesGrid_Reps",
      ]);
    });

    it("colours stale deals and overdue follow-ups, and the rules compute what they promise", async () => {
      const { deals, customers } = sheets[language];
      const [stale] = emulator.book.conditionalFormats(deals);
      const [overdue] = emulator.book.conditionalFormats(customers);
      expect(stale.address).toBe(emulator.book.table("Deals")!.range.replace("A1", "A2"));
      expect(overdue.address).toMatch(/^M2:M\d+$/);
      const read = await readTables(["Deals", "Stages"]);
      if (!read.ok) throw new Error(read.error.message);
      const { Deals: table, Stages: stages } = read.value;
      const staleDays = new Map(stages!.rows.map((row) => [row[0], row[stages!.columns.StaleDays]]));
      // Evaluate the rule's formula for each deal row in a scratch sheet, references pointed at the row.
      const formulas = table!.rows.map((_, i) => [
        stale.rule.formula!.replace(/\$([A-Z]+)2/g, (_m, col: string) => `'${deals}'!$${col}${i + 2}`),
      ]);
      emulator.book.addSheet("Check");
      emulator.book.setFormulas("Check", "A1", formulas);
      let staleCount = 0;
      table!.rows.forEach((row, i) => {
        const days = staleDays.get(row[table!.columns.Stage]);
        const since = row[table!.columns.StageSince] as number;
        const expected = typeof days === "number" && days > 0 && sampleToday - since > days;
        if (expected) staleCount += 1;
        expect({ row: i, stale: emulator.book.getCell("Check", i, 0).value }).toEqual({ row: i, stale: expected });
      });
      expect(staleCount).toBeGreaterThan(0);
      emulator.book.deleteSheet("Check");
    });

    it("records the language, schema version and which sheet plays which role", () => {
      const settings = new Map(emulator.snapshot().settings);
      const get = (key: string) => settings.get(key);
      expect(get(setupSettingKeys.language)).toBe(language);
      expect(get(setupSettingKeys.schemaVersion)).toBe(schemaVersion);
      expect(get(setupSettingKeys.tables)).toMatchObject({
        Deals: { sheet: sheets[language].deals, complete: true },
        Cadences: { sheet: sheets[language].setup, complete: true },
      });
    });
  });
});

describe.each(emulatorProfiles)("set-up on Excel's profile ($name; calculation really suspended)", (profile) => {
  it("recalculates what the suspended requests wrote: every customer's NextContact is a date", async () => {
    const emulator = createEmulator({
      functions: await loadSalesFunctionsFromSource(),
      now: clockAt(sampleToday),
      ...emulatorOptionsFor(profile),
    });
    emulator.install();
    await setUpSampleWorkbook(emulator, { language: "en-US", customers: 20 });
    const read = await readTables(["Customers"]);
    if (!read.ok || !read.value.Customers) throw new Error("no Customers");
    const customers = read.value.Customers;
    const next = customers.rows.map((row) => row[customers.columns.NextContact]);
    const last = customers.rows.map((row) => row[customers.columns.LastContact]);
    // Wherever there is a last contact, the formula has computed a later date (not "" or stale).
    const computed = next.filter(
      (value, i) => typeof last[i] === "number" && typeof value === "number" && value > (last[i] as number),
    );
    expect(computed.length).toBe(last.filter((value) => typeof value === "number").length);
    expect(computed.length).toBeGreaterThan(0);
  });
});

describe.each(emulatorProfiles)("set-up's sample rows get their formula columns written ($name)", (profile) => {
  it("holds one formula per formula column on every row of Deals and Customers", async () => {
    const functions = await loadSalesFunctionsFromSource();
    const emulator = createEmulator({ ...emulatorOptionsFor(profile), functions, now: clockAt(sampleToday) });
    await setUpSampleWorkbook(emulator, { language: "en-US", customers: 40 });
    for (const [name, keys] of [
      ["Deals", ["Probability", "Weighted"]],
      ["Customers", ["NextContact"]],
    ] as const) {
      const table = emulator.book.table(name)!;
      const model = emulator.book.tableModels().find((t) => t.name === name)!;
      for (const key of keys) {
        const column = table.headers.indexOf(key);
        const formulas = new Set<string | undefined>();
        for (let r = model.range.top + 1; r <= model.range.bottom; r++)
          formulas.add(emulator.book.getCell(table.sheet, r, model.range.left + column).formula);
        expect([...formulas]).toHaveLength(1);
        expect([...formulas][0]).toMatch(/^=/);
      }
    }
  });
});
