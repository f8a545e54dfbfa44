/*
 * The fault sweep (see harness.ts) for recording the forecast: the weekly automatic snapshot,
 * into a new ForecastHistory table and into an existing one. A run stopped at any sync and run
 * again (as the next load of the pane does) must leave one snapshot for the week, never two.
 */
import { recordForecast } from "@excel/pipeline/forecastHistory/recordForecast";
import type { SalesFunctionsSource, WorkbookSnapshot } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { sweep, type Writer } from "./harness";

jest.setTimeout(600_000);

let functions: SalesFunctionsSource;
let fresh: WorkbookSnapshot;
let withHistory: WorkbookSnapshot;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
  const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 12 });
  fresh = emulator.snapshot();
  const manual = await recordForecast({ automatic: false, today: sampleToday - 7 });
  if (!manual.ok) throw new Error(manual.error.message);
  withHistory = emulator.snapshot();
});

const writers: Writer[] = [
  {
    name: "the first automatic snapshot (the table created)",
    start: () => fresh,
    run: () => recordForecast({ automatic: true, today: sampleToday }),
  },
  {
    name: "an automatic snapshot appended to the history",
    start: () => withHistory,
    run: () => recordForecast({ automatic: true, today: sampleToday }),
  },
];

describe.each(writers)("the fault sweep: $name", (writer) => {
  it("reports every failed sync, and a re-run leaves the workbook as one clean run does", async () => {
    await sweep(functions, writer);
  });
});
