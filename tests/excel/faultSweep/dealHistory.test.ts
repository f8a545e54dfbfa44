/*
 * The fault sweep (see harness.ts) for the deal recorder: seeding the snapshot, and recording
 * changes in small chunks (history, snapshot and stamps). A run stopped at any sync and run again
 * must record each change once, stamp the same days and leave the snapshot as one clean run does.
 */
import { reconcileDeals, recordDealChanges } from "@excel/pipeline/history/recordDealChanges";
import { runExcel } from "@excel/runExcel";
import { readTables } from "@excel/tables/readTables";
import type { SalesFunctionsSource, WorkbookSnapshot } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { sweep, type Writer } from "./harness";

jest.setTimeout(600_000);

let functions: SalesFunctionsSource;
let unseeded: WorkbookSnapshot;
let edited: WorkbookSnapshot;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
  const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 12 });
  unseeded = emulator.snapshot();
  const seeded = await runExcel((context) => reconcileDeals(context, { today: sampleToday }));
  if (!seeded.ok) throw new Error(seeded.error.message);
  const read = await readTables(["Deals"]);
  if (!read.ok) throw new Error(read.error.message);
  const deals = read.value.Deals!;
  // Three deals won (ClosedOn emptied, so it is stamped), two amounts changed, one new deal's ID.
  await Excel.run(async (context) => {
    const body = context.workbook.tables.getItem("Deals").getDataBodyRange();
    for (const row of [0, 1, 2]) {
      body.getCell(row, deals.columns.Stage).values = [["赢单"]];
      body.getCell(row, deals.columns.ClosedOn).values = [[""]];
    }
    for (const row of [3, 4]) body.getCell(row, deals.columns.Amount).values = [[777 + row]];
    body.getCell(5, deals.columns.DealID).values = [["D-NEW-1"]];
    await context.sync();
  });
  edited = emulator.snapshot();
});

const writers: Writer[] = [
  {
    name: "seeding the snapshot",
    start: () => unseeded,
    run: () => runExcel((context) => reconcileDeals(context, { today: sampleToday, maxRows: 150 })),
  },
  {
    name: "recording changes, two deals a request",
    start: () => edited,
    run: () => runExcel((context) => recordDealChanges(context, { today: sampleToday, maxRows: 2 })),
  },
];

describe.each(writers)("the fault sweep: $name", (writer) => {
  it("reports every failed sync, and a re-run leaves the workbook as one clean run does", async () => {
    await sweep(functions, writer);
  });
});
