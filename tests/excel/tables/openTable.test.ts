import { createEmulator, type Emulator } from "@workbench/emulator";
import { openTable } from "@excel/tables/openTable";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

let emulator: Emulator;

describe.each(emulatorProfiles)("openTable (emulator, $name)", (profile) => {
  beforeEach(() => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
  });

  it("opens a table by name in any case, with its header row and column index, in one sync", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("跟进记录");
      const range = sheet.getRange("C3:E4");
      range.values = [
        ["日期", "备注", "客户"],
        [45000, "x", "Acme"],
      ];
      sheet.tables.add(range, true).name = "activities";
      await context.sync();
    });
    const before = emulator.stats.syncs;
    const opened = await Excel.run(async (context) => {
      const found = await openTable(context, "Activities");
      return found && { headers: found.headers, columns: found.columns };
    });
    expect(emulator.stats.syncs - before).toBe(2); // the open, and Excel.run's closing sync
    expect(opened?.headers).toEqual(["日期", "备注", "客户"]);
    expect(opened?.columns).toMatchObject({ Date: 0, Customer: 2, Summary: -1 });
  });

  it("answers null for a missing table without failing the request", async () => {
    const opened = await Excel.run((context) => openTable(context, "Deals"));
    expect(opened).toBeNull();
  });
});
