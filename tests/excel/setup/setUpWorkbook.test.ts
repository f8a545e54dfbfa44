import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import { setupTableHeaders } from "@core/setup/setupTables";
import { setupSettingKeys } from "@core/setup/setupRecord";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

const sheets: Record<WorkbookLanguage, { deals: string; customers: string; setup: string }> = {
  "en-US": { deals: "Pipeline", customers: "Customers", setup: "Setup" },
  "zh-CN": { deals: "销售管道", customers: "客户档案", setup: "设置" },
};

describe.each(["en-US", "zh-CN"] as const)("set-up with sample data in %s", (language) => {
  let emulator: Emulator;
  beforeAll(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language, customers: 40 }));
  });

  it("creates every table on its sheet with headers in the workbook's language", () => {
    const tables = Object.fromEntries(emulator.book.tables().map((table) => [table.name, table]));
    expect(Object.keys(tables).sort()).toEqual(
      ["ActionPlan", "Activities", "Cadences", "Customers", "Deals", "Scorecard", "Stages", "Targets", "Team"].sort(),
    );
    expect(tables.Deals).toMatchObject({ sheet: sheets[language].deals, headers: tableHeaders("Deals", language) });
    expect(tables.Customers).toMatchObject({ sheet: sheets[language].customers });
    expect(tables.Stages).toMatchObject({ sheet: sheets[language].setup, range: "A1:E8" });
    expect(tables.Cadences).toMatchObject({ sheet: sheets[language].setup, range: "G1:H4" });
    expect(tables.Cadences.headers).toEqual(setupTableHeaders("Cadences", language));
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

  it("records the language, schema version and which sheet plays which role", () => {
    const settings = new Map(emulator.snapshot().settings);
    const get = (key: string) => settings.get(key);
    expect(get(setupSettingKeys.language)).toBe(language);
    expect(get(setupSettingKeys.schemaVersion)).toBe(1);
    expect(get(setupSettingKeys.tables)).toMatchObject({
      Deals: { sheet: sheets[language].deals, complete: true },
      Cadences: { sheet: sheets[language].setup, complete: true },
    });
  });
});
