import type { Cell } from "@core/cells/cell";
import { tableHeaders } from "@core/workbook/schema";
import { upgradeForecast } from "@excel/setup/upgradeForecast";
import { readWorkbookStatus } from "@excel/workbookStatus";
import { createSalesEmulator } from "../../fixtures/sampleWorkbook";
import { label, writeOldWorkbook } from "./oldForecastWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(60_000);

async function readDeals(): Promise<{ headers: string[]; rows: Cell[][]; formulas: unknown[][] }> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("Deals");
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values,formulas");
    await context.sync();
    return { headers: header.values[0] as string[], rows: body.values as Cell[][], formulas: body.formulas };
  });
}

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("upgrading a version-1 workbook's forecast (%s)", (language) => {
    beforeEach(async () => {
      await createSalesEmulator(undefined, profile);
      await writeOldWorkbook(language);
    });

    it("keeps every differing category as an override, writes the formula and records version 2", async () => {
      const before = await readWorkbookStatus();
      expect(before.ok && before.value.forecastUpgrade).toBe(true);

      const result = await upgradeForecast();
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value).toEqual({ kind: "upgraded", addedColumn: true, kept: 2 });

      const deals = await readDeals();
      expect(deals.headers).toEqual(tableHeaders("Deals", language));
      const category = deals.headers.indexOf(tableHeaders("Deals", language)[12]);
      const override = category + 1;
      expect(deals.rows.map((row) => row[override])).toEqual([
        label("Commit", language),
        "",
        label("Commit", language),
        "",
        "",
      ]);
      // D1 keeps the manager's Commit; D3 is won, so Closed whatever was typed.
      expect(deals.rows.map((row) => row[category])).toEqual([
        label("Commit", language),
        label("Commit", language),
        label("Closed", language),
        label("Pipeline", language),
        label("Omitted", language),
      ]);
      expect(new Set(deals.formulas.map((row) => row[category])).size).toBe(1);
      expect(String(deals.formulas[0][category])).toMatch(/^=IFERROR\(/);
      // The columns after it kept their cells (Amount before, the rest shifted right).
      expect(deals.rows[0][4]).toBe(1000);

      const after = await readWorkbookStatus();
      expect(after.ok && after.value.schemaVersion).toBe(2);
      expect(after.ok && after.value.forecastUpgrade).toBe(false);
    });

    it("changes nothing the second time", async () => {
      await upgradeForecast();
      const once = await readDeals();
      const again = await upgradeForecast();
      expect(again.ok && again.value).toEqual({ kind: "upgraded", addedColumn: false, kept: 0 });
      expect(await readDeals()).toEqual(once);
    });
  });
});

describe("upgrading without the tables it needs", () => {
  it("writes nothing and names what is missing", async () => {
    await createSalesEmulator();
    const result = await upgradeForecast();
    expect(result.ok && result.value).toEqual({ kind: "missing", what: ["Deals", "Stages"] });
  });
});
