import { normalizeLabel } from "@core/cells/outcome";
import { highPotential } from "@core/team/highPotential";
import { defaultPotentialWeights } from "@core/team/potentialWeights";
import { teamRoster } from "@core/team/teamRoster";
import { readTables } from "@excel/tables/readTables";
import { readTeamWorkbook } from "@excel/team/teamWorkbook";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(60_000);

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each(["en-US", "zh-CN"] as const)("the Team area's read of the sample workbook (%s)", (language) => {
    it("finds the eight reps in two teams, with the figures the sheet's own formulas give", async () => {
      const { emulator } = await setUpSampleWorkbook({ language, customers: 60, profile });
      const before = emulator.stats.syncs;
      const read = await readTeamWorkbook();
      if (!read.ok) throw new Error(read.error.message);
      expect(emulator.stats.syncs - before).toBe(3);
      const { data } = read.value;

      const roster = teamRoster(data, sampleToday);
      // The sample's Targets table is empty: the roster shows this month's won deals.
      expect(roster.period.fromTargets).toBe(false);
      expect(roster.groups).toHaveLength(2);
      expect(roster.groups.flatMap((group) => group.rows)).toHaveLength(8);
      for (const group of roster.groups) expect(group.manager).not.toBe("");

      // The weighted pipeline is what the Deals sheet's Weighted formulas computed for open deals.
      const tables = await readTables(["Deals"]);
      if (!tables.ok) throw new Error(tables.error.message);
      const deals = tables.value.Deals!;
      const { Stage, Weighted, Amount } = deals.columns;
      const closed = new Set(["won", "lost", "赢单", "输单"]);
      let weighted = 0;
      let open = 0;
      for (const row of deals.rows) {
        if (closed.has(normalizeLabel(row[Stage]))) continue;
        weighted += row[Weighted] as number;
        open += row[Amount] as number;
      }
      expect(roster.total.weightedPipeline).toBeCloseTo(weighted, 6);
      expect(roster.total.openPipeline).toBeCloseTo(open, 6);
      expect(roster.total.activities).toBeGreaterThan(0);

      const potential = highPotential(data, sampleToday, defaultPotentialWeights);
      const ranked = potential.reps.filter((rep) => rep.rank !== null);
      expect(ranked.length).toBeGreaterThanOrEqual(4);
      expect(ranked[0].rank).toBe(1);
      // The sample's ramping rep joined three to six months ago: too little history.
      expect(potential.reps.some((rep) => rep.gaps.some((gap) => gap.kind === "joined"))).toBe(true);
    });
  });
});
