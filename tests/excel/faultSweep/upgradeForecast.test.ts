/*
 * The fault sweep (see harness.ts) for the Workbook area's forecast upgrade: whichever request
 * fails (adding ForecastOverride, moving the typed categories, writing the formula), the upgrade
 * reports it, and running it again leaves the workbook as one clean run does — no typed category
 * lost, no column added twice.
 */
import { upgradeForecast } from "@excel/setup/upgradeForecast";
import type { SalesFunctionsSource } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { createSalesEmulator } from "../../fixtures/sampleWorkbook";
import { writeOldWorkbook } from "../setup/oldForecastWorkbook";
import { sweep } from "./harness";

jest.setTimeout(300_000);

let functions: SalesFunctionsSource;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
});

describe.each(["en-US", "zh-CN"] as const)("the forecast upgrade (%s)", (language) => {
  it("survives a failure at any request", async () => {
    const emulator = await createSalesEmulator();
    await writeOldWorkbook(language);
    const start = emulator.snapshot();
    await sweep(functions, { name: "upgradeForecast", start: () => start, run: () => upgradeForecast() });
  });
});
