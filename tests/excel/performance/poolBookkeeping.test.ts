import { customerBook } from "@core/customers/customerBook";
import { customerIdentity } from "@core/customers/customerIdentity";
import { DEFAULT_COMMISSION_PLAN } from "@core/performance/commissionPlan";
import { defaultKpis } from "@core/performance/kpis";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { defaultPlanBands, type ScorecardPlan } from "@core/performance/scorecardPlan";
import { teamBaselines } from "@core/performance/teamBaselines";
import { teamRoster } from "@core/team/teamRoster";
import { columnIndex } from "@core/workbook/columnIndex";
import { scorecardTable, type WorkbookLanguage } from "@core/workbook/schema";
import { excelCustomersService as customers } from "@excel/customers/customersService";
import { readPerformance, type PerformanceWorkbook } from "@excel/performance/readPerformance";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { readTeamWorkbook } from "@excel/team/teamWorkbook";
import type { Emulator } from "@workbench/emulator";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

async function readPerformanceBook(): Promise<PerformanceWorkbook> {
  const result = await readPerformance();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Each rep's Activities, Score and Rating as the Scorecard's formulas computed them. */
function scorecardFigures(emulator: Emulator, sheet: string, reps: readonly string[]) {
  const headers = Array.from({ length: scorecardTable.columns.length }, (_, c) =>
    String(emulator.book.getCell(sheet, 0, c).value),
  );
  const index = columnIndex(scorecardTable, headers);
  return reps.map((_, r) => ({
    rep: emulator.book.getCell(sheet, r + 1, index.Rep).value,
    activities: emulator.book.getCell(sheet, r + 1, index.Activities).value,
    satisfaction: emulator.book.getCell(sheet, r + 1, index.Satisfaction).value,
    score: emulator.book.getCell(sheet, r + 1, index.Score).value,
    rating: emulator.book.getCell(sheet, r + 1, index.Rating).value,
  }));
}

async function rosterFollowUps(): Promise<Record<string, number>> {
  const read = await readTeamWorkbook();
  if (!read.ok) throw new Error(read.error.message);
  const roster = teamRoster(read.value.data, sampleToday);
  return Object.fromEntries(roster.groups.flatMap((g) => g.rows).map((row) => [row.member.rep, row.activities]));
}

/** Every profile, in English and Chinese by turns: the languages differ only in the rows' Summary text. */
const cases = emulatorProfiles.map((profile, i) => ({
  profile,
  name: profile.name,
  language: (i % 2 === 0 ? "en-US" : "zh-CN") as WorkbookLanguage,
}));

describe.each(cases)("$name, $language", ({ profile, language }) => {
  describe("pool bookkeeping is not a follow-up", () => {
    it("claiming 5 customers changes no rep's follow-ups, score or rating, in the Scorecard or the Team roster", async () => {
      const { emulator } = await setUpSampleWorkbook({ language, customers: 40, profile });
      const before = await readPerformanceBook();
      const labels = performanceLabels(language, before.data.deals);
      const plan: ScorecardPlan = {
        // The quarter holding today: the claims are dated today.
        periods: scorecardPeriods({ kind: "quarter", year: 2024, quarter: 2 }),
        reps: before.reps,
        kpis: defaultKpis("quarter", teamBaselines(before.data, labels)),
        cap: 1.5,
        bands: defaultPlanBands,
        commission: DEFAULT_COMMISSION_PLAN,
      };
      const written = await writeScorecard(plan);
      if (!written.ok || written.value.kind !== "written") throw new Error("the scorecard was not written");
      const sheet = written.value.sheet;
      const scored = scorecardFigures(emulator, sheet, plan.reps);
      const followUps = await rosterFollowUps();

      const read = await customers.read();
      if (!read.ok) throw new Error(read.error.message);
      const book = customerBook({ ...read.value.tables, Customers: read.value.tables.Customers! });
      const rep = plan.reps[0];
      const five = book.customers.filter((c) => c.status === "active" && c.owner && c.owner !== rep).slice(0, 5);
      expect(five).toHaveLength(5);
      const pooled = five.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner }));
      expect(await customers.release(pooled, language, sampleToday)).toEqual({ ok: true, value: { changed: 5 } });
      expect(await customers.claim(pooled, rep, sampleToday)).toEqual({ ok: true, value: { claimed: 5 } });

      // The formulas are live: they already see the ten bookkeeping rows; writing again changes nothing either.
      expect(scorecardFigures(emulator, sheet, plan.reps)).toEqual(scored);
      const again = await writeScorecard(plan);
      expect(again.ok && again.value.kind).toBe("written");
      expect(scorecardFigures(emulator, sheet, plan.reps)).toEqual(scored);
      expect(await rosterFollowUps()).toEqual(followUps);
      expect((await readPerformanceBook()).data.activities).toHaveLength(before.data.activities.length);
    });
  });
});
