import { setUpSampleWorkbook, sampleToday } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles, type EmulatorProfile } from "../../fixtures/emulatorProfiles";
import { isSalesError } from "@core/errors";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { classifyOutcome } from "@core/cells/outcome";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { readGoalsData } from "@excel/goals/goalsData";
import { writeTargets } from "@excel/goals/writeTargets";
import { readTables } from "@excel/tables/readTables";

jest.setTimeout(240_000);

/** Runs the wizard's core for 1,200,000 (seasonal, by capacity) on the sample workbook and writes it. */
async function writeSamplePlan(language: WorkbookLanguage, profile: EmulatorProfile) {
  await setUpSampleWorkbook({ language, customers: 60, profile });
  const data = await readGoalsData();
  if (!data.ok) throw new Error(data.error.message);
  expect(data.value.language).toBe(language);
  const history = monthlyHistory(data.value.deals, "signed", 2024, 1, 3);
  if (isSalesError(history)) throw new Error(history.message);
  const plan = buildPlan({
    fiscalYear: 2024,
    startMonth: 1,
    annualTarget: 1_200_000,
    timeSplit: { method: "seasonal" },
    peopleSplit: { method: "capacity" },
    reps: data.value.reps,
    history,
  });
  if (isSalesError(plan)) throw new Error(plan.message);
  expect(plan.time.used).toBe("seasonal");
  const written = await writeTargets({
    plans: [{ plan, metric: "signed" }],
    language,
    granularities: ["year", "quarter", "month"],
    wonLabels: data.value.wonLabels,
    replace: false,
  });
  if (!written.ok) throw new Error(written.error.message);
  expect(written.value).toMatchObject({ status: "written", created: false, replaced: 0 });
  return { plan, data: data.value };
}

async function targetsAndDeals() {
  const read = await readTables(["Targets", "Deals"]);
  if (!read.ok || !read.value.Targets || !read.value.Deals) throw new Error("tables missing");
  return { targets: read.value.Targets, deals: read.value.Deals };
}

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each<WorkbookLanguage>(["en-US", "zh-CN"])("Goals on the sample workbook (%s)", (language) => {
    it("writes 1,200,000 split seasonally down to reps: rows add up exactly per month and per rep; a deal closing moves Actual and Attainment", async () => {
      const { plan } = await writeSamplePlan(language, profile);
      const { targets, deals } = await targetsAndDeals();
      const c = targets.columns;
      const rep = language === "zh-CN" ? "个人" : "Rep";
      const company = language === "zh-CN" ? "公司" : "Company";
      const monthRows = targets.rows.filter((r) => {
        const days = Number(r[c.PeriodEnd]) - Number(r[c.PeriodStart]);
        return days >= 27 && days <= 30;
      });
      expect(monthRows.length).toBe(12 * (1 + plan.teams.length + plan.reps.length));
      // Per month: the reps add up to the company row exactly; the company months add up to 1,200,000.
      let year = 0;
      for (const month of plan.months) {
        const rows = monthRows.filter((r) => r[c.PeriodStart] === month.start);
        const reps = rows.filter((r) => r[c.Level] === rep).reduce((s, r) => s + Number(r[c.Target]), 0);
        const total = Number(rows.find((r) => r[c.Level] === company)![c.Target]);
        expect(reps).toBe(total);
        year += total;
      }
      expect(year).toBe(1_200_000);
      // Per rep: the months add up to the rep's year row.
      for (const r of plan.reps) {
        const mine = targets.rows.filter((row) => row[c.Level] === rep && row[c.Name] === r.name);
        const yearRow = mine.find((row) => Number(row[c.PeriodEnd]) - Number(row[c.PeriodStart]) > 300)!;
        const months = mine.filter((row) => monthRows.includes(row));
        expect(months.reduce((s, row) => s + Number(row[c.Target]), 0)).toBe(Number(yearRow[c.Target]));
      }
      // Seasonal: the months differ (the sample has seasonality), yet each is a whole amount.
      const companyMonths = monthRows.filter((r) => r[c.Level] === company).map((r) => Number(r[c.Target]));
      expect(new Set(companyMonths).size).toBeGreaterThan(1);
      expect(companyMonths.every(Number.isInteger)).toBe(true);

      // Close an open deal today: the rep's June row gains its Amount in Actual, and Attainment follows.
      const d = deals.columns;
      const open = deals.rows.findIndex(
        (row) => classifyOutcome(row[d.Stage]) === "open" && plan.reps.some((r) => r.name === row[d.Owner]),
      );
      expect(open).toBeGreaterThanOrEqual(0);
      const owner = String(deals.rows[open][d.Owner]);
      const amount = Number(deals.rows[open][d.Amount]);
      const juneRow = (rows: typeof targets.rows) =>
        rows.find(
          (row) => row[c.Level] === rep && row[c.Name] === owner && row[c.PeriodStart] === plan.months[5].start,
        )!;
      const before = juneRow(targets.rows);
      const won = language === "zh-CN" ? "赢单" : "Won";
      await Excel.run(async (context) => {
        const range = context.workbook.tables.getItem("Deals").getDataBodyRange();
        range.getCell(open, d.Stage).values = [[won]];
        range.getCell(open, d.ClosedOn).values = [[sampleToday]];
        await context.sync();
      });
      const after = juneRow((await targetsAndDeals()).targets.rows);
      expect(Number(after[c.Actual])).toBeCloseTo(Number(before[c.Actual]) + amount, 6);
      expect(Number(after[c.Attainment])).toBeCloseTo(Number(after[c.Actual]) / Number(after[c.Target]), 8);
      expect(Number(after[c.Attainment])).toBeGreaterThan(Number(before[c.Attainment]));
    });
  });
});
