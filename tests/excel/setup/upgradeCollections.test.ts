import type { Cell } from "@core/cells/cell";
import { actualFormula } from "@core/goals/breakdown/actualFormula";
import { migratedNotes } from "@core/setup/collectionsUpgrade";
import { columnIndex } from "@core/workbook/columnIndex";
import {
  paymentStatusChoices,
  settingKeys,
  targetLevelChoices,
  targetMetricChoices,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { previewCollectionsUpgrade, upgradeCollections } from "@excel/setup/upgradeCollections";
import { readWorkbookStatus } from "@excel/workbookStatus";
import { emptyCollections } from "../collections/emptyCollections";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

type Read = { headers: string[]; values: Cell[][]; formulas: unknown[][] };

async function readTable(name: string): Promise<Read> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load("values");
    const rows = table.rows.load("count");
    await context.sync();
    if (rows.count === 0) return { headers: header.values[0] as string[], values: [], formulas: [] };
    const body = table.getDataBodyRange().load("values,formulas");
    await context.sync();
    return { headers: header.values[0] as string[], values: body.values as Cell[][], formulas: body.formulas };
  });
}

/** Writes one column of a table's body. */
async function writeColumn(table: string, at: number, cells: Cell[]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.getItem(table).columns.getItemAt(at).getDataBodyRange().values = cells.map((c) => [
      c ?? "",
    ]) as (string | number)[][];
    await context.sync();
  });
}

const collectedOf = (deals: Read) => deals.values.map((row) => row[columnIndex("Deals", deals.headers).Collected]);

/**
 * Turns the set-up workbook into one schema version 3 left: Deals[Collected] typed by hand (three
 * deals, one without ClosedOn), version 3 recorded, and a Company Collected target whose Actual
 * is the old formula (won deals' Deals[Collected] by ClosedOn).
 */
async function toVersion3(
  language: WorkbookLanguage,
): Promise<{ typed: Map<string, number>; period: [number, number] }> {
  const deals = await readTable("Deals");
  const at = columnIndex("Deals", deals.headers);
  const typed = new Map<string, number>();
  const collected: Cell[] = deals.values.map(() => "");
  const closed: Cell[] = deals.values.map((row) => row[at.ClosedOn]);
  const amounts = [1000.5, 2000, 333.33];
  amounts.forEach((amount, i) => {
    collected[i] = amount;
    typed.set(String(deals.values[i][at.DealID]), amount);
  });
  closed[0] = sampleToday - 10;
  closed[1] = ""; // dated today by the upgrade
  closed[2] = sampleToday - 400; // outside the target's period
  await writeColumn("Deals", at.Collected, collected);
  await writeColumn("Deals", at.ClosedOn, closed);
  const period: [number, number] = [sampleToday - 60, sampleToday + 30];
  await Excel.run(async (context) => {
    const targets = context.workbook.tables.getItem("Targets");
    const header = targets.getHeaderRowRange().load("values");
    await context.sync();
    const headers = header.values[0] as string[];
    const t = columnIndex("Targets", headers);
    const row: (string | number)[] = headers.map(() => "");
    row[t.Period] = "P";
    row[t.PeriodStart] = period[0];
    row[t.PeriodEnd] = period[1];
    row[t.Level] = targetLevelChoices[0][language];
    row[t.Name] = "Co";
    row[t.Metric] = targetMetricChoices[1][language];
    row[t.Target] = 10000;
    row[t.Actual] = actualFormula(language, { paymentsTable: false, written: { Targets: headers } });
    // Set-up left Targets with its one empty row: the target goes there.
    targets.getDataBodyRange().values = [row.map((cell, c) => (c === t.Actual ? null : cell))] as (string | number)[][];
    targets.columns.getItemAt(t.Actual).getDataBodyRange().formulas = [[String(row[t.Actual])]];
    context.workbook.settings.add(settingKeys.schemaVersion, 3);
    await context.sync();
  });
  return { typed, period };
}

describe.each(["en-US", "zh-CN"] as const)("the collections upgrade (%s)", (language) => {
  beforeEach(async () => {
    await setUpSampleWorkbook({ language, customers: 20 });
    // The sample's contracts and payment plans out of the way: these tests start from none.
    await emptyCollections();
  });

  it("says what it will write, then moves every typed Collected to Payments without losing a cent", async () => {
    const { typed } = await toVersion3(language);
    const before = await readWorkbookStatus();
    expect(before.ok && before.value.collectionsUpgrade).toBe(true);

    const preview = await previewCollectionsUpgrade(sampleToday);
    expect(preview).toEqual({
      ok: true,
      value: { payments: 3, total: 3333.83, datedToday: 1, blocked: [], paymentsMissing: false },
    });
    // The preview wrote nothing: Payments still has only set-up's empty row.
    expect((await readTable("Payments")).values.flat().every((cell) => cell === "")).toBe(true);

    const result = await upgradeCollections(sampleToday);
    expect(result).toEqual({ ok: true, value: { kind: "upgraded", moved: 3, total: 3333.83, targets: 1 } });

    const deals = await readTable("Deals");
    const at = columnIndex("Deals", deals.headers);
    // Per deal, Collected is exactly what was typed; every other deal 0; one formula for the column.
    deals.values.forEach((row) => expect(row[at.Collected]).toBe(typed.get(String(row[at.DealID])) ?? 0));
    expect(new Set(deals.formulas.map((row) => row[at.Collected])).size).toBe(1);
    expect(String(deals.formulas[0][at.Collected])).toMatch(/^=IF\(.*SUMIFS\(Payments\[/);

    const payments = await readTable("Payments");
    const p = columnIndex("Payments", payments.headers);
    expect(payments.values.map((row) => row[p.Received])).toEqual([1000.5, 2000, 333.33]);
    expect(payments.values.map((row) => row[p.ReceivedOn])).toEqual([sampleToday - 10, sampleToday, sampleToday - 400]);
    expect(payments.values.map((row) => row[p.Status])).toEqual(
      payments.values.map(() => paymentStatusChoices[0][language]),
    );
    expect(payments.values[1][p.Notes]).toBe(migratedNotes[language].today);

    // The Collected target measures receipts by date received: 1000.5 and 2000 fall in its period.
    const targets = await readTable("Targets");
    expect(targets.values[0][columnIndex("Targets", targets.headers).Actual]).toBe(3000.5);

    const after = await readWorkbookStatus();
    expect(after.ok && [after.value.collectionsUpgrade, after.value.schemaVersion]).toEqual([false, 4]);

    // Again: nothing is moved twice.
    const again = await upgradeCollections(sampleToday);
    expect(again.ok && again.value).toEqual({ kind: "upgraded", moved: 0, total: 0, targets: 1 });
    expect(collectedOf(await readTable("Deals")).reduce<number>((s, c) => s + Number(c), 0)).toBeCloseTo(3333.83, 6);
    expect((await readTable("Payments")).values).toHaveLength(3);
  });

  it("writes nothing while a typed amount has no DealID, and names its row", async () => {
    await toVersion3(language);
    const deals = await readTable("Deals");
    await writeColumn(
      "Deals",
      columnIndex("Deals", deals.headers).DealID,
      deals.values.map((row, i) => (i === 1 ? "" : row[columnIndex("Deals", deals.headers).DealID])),
    );
    const result = await upgradeCollections(sampleToday);
    expect(result.ok && result.value.kind).toBe("blocked");
    expect(result.ok && result.value.kind === "blocked" && result.value.blocked.map((b) => [b.row, b.reason])).toEqual([
      [2, "no-id"],
    ]);
    expect((await readTable("Payments")).values.flat().every((cell) => cell === "")).toBe(true);
    expect(collectedOf(await readTable("Deals")).slice(0, 3)).toEqual([1000.5, 2000, 333.33]);
  });
});
