/*
 * The fault sweep (see harness.ts) for the weekly sheet: each of its syncs fails in turn. The
 * failure is reported, and the manager's second try — which replaces the week's sheet when the
 * first left one behind, as the pane's confirmation does — gives one clean sheet.
 */
import { lastWeek } from "@core/weekly/week";
import { writeWeeklySheet } from "@excel/weekly/writeWeeklySheet";
import type { SalesFunctionsSource, WorkbookSnapshot } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { sweep } from "./harness";

jest.setTimeout(600_000);

let functions: SalesFunctionsSource;
let sample: WorkbookSnapshot;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
  const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 24 });
  sample = emulator.snapshot();
});

it("the weekly sheet: every failed sync reported, the re-run gives one clean sheet", async () => {
  await sweep(functions, {
    name: "weekly sheet",
    start: () => sample,
    run: (again) => writeWeeklySheet({ week: lastWeek(sampleToday), team: null, replace: again, today: sampleToday }),
  });
});
