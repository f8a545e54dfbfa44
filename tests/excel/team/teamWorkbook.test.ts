import { createEmulator, type Emulator } from "@workbench/emulator";
import { teamService } from "@excel/team/teamService";
import { memberRange, readTeamWorkbook, teamRowAddress } from "@excel/team/teamWorkbook";
import { collectedActual, dealsActual } from "@core/team/periodActual";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

let emulator: Emulator;

async function addTable(sheetName: string, tableName: string, values: (string | number)[][], at = "A1") {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    const range = sheet.getRange(at).getResizedRange(values.length - 1, values[0].length - 1);
    range.values = values;
    const table = sheet.tables.add(range, true);
    table.name = tableName;
    await context.sync();
  });
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
  });

  describe("readTeamWorkbook (emulator)", () => {
    it("reads the team's tables in either language with one read, and where the Team table is", async () => {
      await addTable(
        "销售团队",
        "Team",
        [
          ["销售代表", "团队", "主管", "备注"],
          ["王芳", "华东", "李娜", ""],
          ["李雷", "华东", "李娜", "x"],
        ],
        "B3",
      );
      await addTable("Pipeline", "Deals", [
        ["DealID", "Customer", "Owner", "Stage", "Amount"],
        ["D-1", "Acme", "李雷", "Proposal", 1000],
        ["D-2", "Acme", "李雷", "Won", 500],
      ]);
      const before = emulator.stats.syncs;

      const read = await readTeamWorkbook();

      if (!read.ok) throw new Error(read.error.message);
      expect(emulator.stats.syncs - before).toBe(3); // readTables: list, read, Excel.run's closing sync
      const { data, teamTable } = read.value;
      expect(data.members.map((m) => [m.rep, m.team, m.manager])).toEqual([
        ["王芳", "华东", "李娜"],
        ["李雷", "华东", "李娜"],
      ]);
      expect(data.deals.map((d) => [d.owner, d.outcome, d.amount])).toEqual([
        ["李雷", "open", 1000],
        ["李雷", "won", 500],
      ]);
      expect([...data.present].sort()).toEqual(["Deals", "Team"]);
      expect(teamTable).toEqual({ sheet: "销售团队", headerRow: 2, firstColumn: 1, lastColumn: 4 });
      expect(memberRange(read.value, data.members[1])).toEqual({ sheet: "销售团队", address: "B5:E5" });
    });

    it("reads Payments (Chinese headers, only owner, amount and date) in the same read: collected by date received", async () => {
      await addTable("销售团队", "Team", [
        ["销售代表", "团队"],
        ["王芳", "华东"],
      ]);
      await addTable("销售管道", "Deals", [
        ["商机编号", "负责人", "阶段", "金额", "成交日期", "回款金额"],
        ["D-1", "王芳", "赢单", 9000, "2026-02-20", 9000],
      ]);
      await addTable("回款计划", "Payments", [
        ["合同编号", "负责人", "期次", "应收日期", "应收金额", "回款金额", "回款日期", "备注"],
        ["HT-0001", "王芳", 1, "2026-02-25", 4000, 4000, "2026-03-02", "定金"],
        ["HT-0001", "王芳", 2, "2026-03-25", 5000, 2000, "2026-03-30", ""],
        ["HT-0001", "王芳", 2, "2026-03-25", 3000, "", "", ""],
      ]);
      const before = emulator.stats.syncs;
      const read = await readTeamWorkbook();
      if (!read.ok) throw new Error(read.error.message);
      expect(emulator.stats.syncs - before).toBe(3);
      expect(read.value.data.payments).toEqual([
        { owner: "王芳", received: 4000, receivedOn: 46083 },
        { owner: "王芳", received: 2000, receivedOn: 46111 },
        { owner: "王芳", received: 0, receivedOn: null },
      ]);
      const march = { start: 46082, end: 46112 };
      expect(collectedActual(read.value.data, "王芳", march)).toBe(6000);
      // Signed in February: nothing signed in March, yet 6000 collected.
      expect(dealsActual(read.value.data, "王芳", march, "signed")).toBe(0);
    });

    it("names a required column whose header was renamed, in the table's language", async () => {
      await addTable("销售团队", "Team", [
        ["销售代表", "团队"],
        ["王芳", "华东"],
      ]);
      await addTable("销售管道", "Deals", [
        ["商机编号", "负责人", "阶段", "金额"],
        ["D-1", "王芳", "赢单", 1000],
      ]);
      const complete = await readTeamWorkbook();
      if (!complete.ok) throw new Error(complete.error.message);
      expect(complete.value.missingColumns).toBeUndefined();

      emulator.book.setCellInput("销售管道", 0, 3, "合同金额");
      const read = await readTeamWorkbook();
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.missingColumns).toEqual([{ table: "Deals", key: "Amount", header: "金额" }]);
    });

    it("reads an empty workbook as no members and no Team table", async () => {
      const read = await readTeamWorkbook();
      if (!read.ok) throw new Error(read.error.message);
      expect(read.value.data.members).toEqual([]);
      expect(read.value.teamTable).toBeNull();
    });

    it("selects a rep's row, and reports a sheet that is gone", async () => {
      await addTable("Team", "Team", [
        ["Rep", "Team"],
        ["Ann", "East"],
        ["Bob", "East"],
      ]);
      const read = await readTeamWorkbook();
      if (!read.ok) throw new Error(read.error.message);
      const range = memberRange(read.value, read.value.data.members[1]);
      expect(range).toEqual({ sheet: "Team", address: "A3:B3" });

      await expect(teamService.select(range!.sheet, range!.address)).resolves.toEqual({ ok: true, value: undefined });
      expect(emulator.book.selection).toEqual({ sheet: "Team", address: "A3:B3" });

      const gone = await teamService.select("Deleted", "A3:B3");
      expect(gone.ok).toBe(false);
      if (!gone.ok) expect(gone.error.kind).toBe("not-found");
    });
  });
});

describe("teamRowAddress", () => {
  it("counts past column Z", () => {
    expect(teamRowAddress({ sheet: "T", headerRow: 9, firstColumn: 25, lastColumn: 27 }, 0)).toBe("Z11:AB11");
  });
});
