import { weeklySheet, weeklySheetName, type WeeklySheetInput } from "@core/weekly/sheet/weeklySheet";
import { weekFromLabel } from "@core/weekly/week";
import { columnIndex } from "@core/workbook/columnIndex";
import { serialFromDate } from "@core/cells/parseDate";
import { tableSpec, type TableName, type WorkbookLanguage } from "@core/workbook/schema";

const week = weekFromLabel("2026-W49")!;

function table(name: TableName, language: WorkbookLanguage) {
  const headers = tableSpec(name).columns.map((column) => column.header[language]);
  return { headers, columns: columnIndex(name, headers) };
}

const rep = (name: string) => ({ name, stageMoves: [], lostDeals: [] });

function input(language: WorkbookLanguage, overrides: Partial<WeeklySheetInput> = {}): WeeklySheetInput {
  return {
    language,
    week,
    today: serialFromDate(2026, 12, 7),
    team: null,
    reps: [
      {
        name: "Lee",
        stageMoves: [{ dealId: "=D1", from: "Proposal", to: "Won", day: serialFromDate(2026, 12, 2) }],
        lostDeals: [],
      },
      rep('A"B*'),
      rep("=cmd"),
    ],
    deals: table("Deals", language),
    customers: table("Customers", language),
    activities: table("Activities", language),
    targets: table("Targets", language),
    kpiWeights: table("KpiWeights", language),
    ...overrides,
  };
}

/** The formula or text of a cell, found in the blocks. */
function cellAt(layout: ReturnType<typeof weeklySheet>, address: string): string | null | undefined {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  for (const block of layout.blocks) {
    const [, bl, bd] = /^([A-Z]+)(\d+)$/.exec(block.address)!;
    const r = Number(digits) - Number(bd);
    const c = letters.charCodeAt(0) - bl.charCodeAt(0);
    if (r >= 0 && r < block.values.length && c >= 0 && c < block.values[0].length) return block.values[r][c];
  }
  return undefined;
}

describe("weeklySheetName", () => {
  it("names the week in the workbook's language, a team's sheet with the team", () => {
    expect(weeklySheetName(week, null, "en-US")).toBe("Weekly 2026-W49");
    expect(weeklySheetName(week, null, "zh-CN")).toBe("周报 2026-W49");
    expect(weeklySheetName(week, "East", "en-US")).toBe("Weekly 2026-W49 East");
  });

  it("keeps within Excel's 31 characters and its forbidden characters, and two long team names apart", () => {
    const a = weeklySheetName(week, "Enterprise Accounts North/West", "en-US");
    const b = weeklySheetName(week, "Enterprise Accounts North/East", "en-US");
    for (const name of [a, b]) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
      expect(name.startsWith("Weekly 2026-W49 Enterprise")).toBe(true);
    }
    expect(a).not.toBe(b);
    expect(weeklySheetName(week, "'Q*'", "en-US")).not.toMatch(/'$|\*/);
  });
});

describe("weeklySheet", () => {
  it.each(["en-US", "zh-CN"] as const)("names the columns by their headers as written (%s)", (language) => {
    const layout = weeklySheet(input(language));
    const newDeals = cellAt(layout, layout.figures["rep0.newDeals"])!;
    const created = language === "zh-CN" ? "Deals[创建日期]" : "Deals[Created]";
    const owner = language === "zh-CN" ? "Deals[负责人]" : "Deals[Owner]";
    expect(newDeals).toContain(created);
    expect(newDeals).toContain(owner);
    const overdue = cellAt(layout, layout.figures["rep0.overdue"])!;
    expect(overdue).toContain(language === "zh-CN" ? "Customers[下次联系]" : "Customers[NextContact]");
    expect(overdue).toContain(language === "zh-CN" ? '"<>公海"' : '"<>Pool"');
    const touched = cellAt(layout, layout.figures["rep0.customersTouched"])!;
    expect(touched).toMatch(/^=IFERROR\(ROWS\(UNIQUE\(FILTER\(Activities\[/);
    const method = cellAt(layout, layout.figures["rep0.method0"])!;
    expect(method).toContain(language === "zh-CN" ? '"电话"' : '"Call"');
    const target = cellAt(layout, layout.figures["rep0.monthTarget"])!;
    expect(target).toContain(language === "zh-CN" ? '"个人"' : '"Rep"');
    expect(target).toContain(language === "zh-CN" ? "Targets[目标值]" : "Targets[Target]");
    const weekly = cellAt(layout, layout.figures["rep0.weeklyTarget"])!;
    expect(weekly).toContain(language === "zh-CN" ? '"跟进次数"' : '"Follow-ups"');
    expect(weekly).toContain("*12/52");
  });

  it("refers to the week's Monday and Sunday in cells, so the formulas follow them", () => {
    const layout = weeklySheet(input("en-US"));
    expect(cellAt(layout, "B2")).toBe("=DATE(2026,11,30)");
    expect(cellAt(layout, "C2")).toBe("=$B$2+6");
    expect(cellAt(layout, "B3")).toBe("=MIN(TODAY(),$C$2+1)");
    expect(cellAt(layout, layout.figures["rep0.won"])).toContain('">="&$B$2');
    expect(cellAt(layout, layout.figures["rep0.won"])).toContain('"<="&$C$2');
    expect(cellAt(layout, layout.figures["rep0.nextCloses"])).toContain('">="&$C$2+1');
  });

  it("puts names into cells as literal text and never into a formula", () => {
    const layout = weeklySheet(input("en-US"));
    const formulas = layout.blocks.flatMap((block) => block.values.flat()).filter((cell) => cell?.startsWith("="));
    for (const formula of formulas) {
      expect(formula).not.toContain("Lee");
      expect(formula).not.toContain('A""B');
      expect(formula).not.toContain("cmd");
    }
    const nameRow = (i: number) => Number(/\d+$/.exec(layout.figures[`rep${i}.newDeals`])![0]) - 2;
    expect([0, 1, 2].map((i) => cellAt(layout, `A${nameRow(i)}`))).toEqual(["Lee", 'A"B*', "'=cmd"]);
    // A rep's criterion escapes Excel's wildcards from the name cell.
    expect(cellAt(layout, layout.figures["rep1.won"])).toContain(
      `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A$${nameRow(1)},"~","~~"),"*","~*"),"?","~?")`,
    );
    // Stage moves are values, a deal ID that looks like a formula kept as text.
    expect(layout.blocks.some((block) => block.values.some((row) => row[0] === "'=D1"))).toBe(true);
  });

  it("lays out the title, the summary, the activity block with its chart, then a block per rep", () => {
    const layout = weeklySheet(input("en-US"));
    expect(cellAt(layout, "A1")).toBe("Weekly 2026-W49");
    expect(layout.figures["summary.newDeals"]).toBe("B10");
    const activityFirst = Number(/\d+$/.exec(layout.figures["rep0.method0"])![0]);
    expect(activityFirst).toBeGreaterThan(Number(/\d+$/.exec(layout.figures["summary.quarterPace"])![0]));
    const repRows = [0, 1, 2].map((i) => Number(/\d+$/.exec(layout.figures[`rep${i}.newDeals`])![0]));
    expect(repRows[0]).toBeGreaterThan(activityFirst + 2 + 15);
    expect(repRows[1]).toBeGreaterThan(repRows[0]);
    expect(layout.charts).toEqual([
      {
        type: "ColumnClustered",
        source: `A${activityFirst - 1}:F${activityFirst + 2}`,
        title: "Follow-ups by method",
        topLeft: `A${activityFirst + 4}`,
        bottomRight: `H${activityFirst + 18}`,
      },
    ]);
    expect(layout.printTitleRows).toBe("$1:$2");
    expect(layout.width).toBe(10);
    // Every block stays clear of the next.
    const occupied = new Set<string>();
    for (const block of layout.blocks) {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(block.address)!;
      block.values.forEach((row, r) =>
        row.forEach((_, c) => {
          const key = `${String.fromCharCode(letters.charCodeAt(0) + c)}${Number(digits) + r}`;
          expect(occupied.has(key)).toBe(false);
          occupied.add(key);
        }),
      );
    }
  });

  it("adds up a team's reps in the summary and reads the team's Targets row by the scope cell", () => {
    const layout = weeklySheet(input("en-US", { team: "East", reps: [rep("Lee"), rep("王芳")] }));
    const rows = [0, 1].map((i) => Number(/\d+$/.exec(layout.figures[`rep${i}.won`])![0]));
    expect(cellAt(layout, layout.figures["summary.won"])).toBe(`=B${rows[0]}+B${rows[1]}`);
    expect(cellAt(layout, layout.figures["summary.wonAmount"])).toBe(`=C${rows[0]}+C${rows[1]}`);
    expect(cellAt(layout, "B5")).toBe("East");
    expect(cellAt(layout, layout.figures["summary.monthTarget"])).toContain('"Team"');
    expect(cellAt(layout, layout.figures["summary.monthTarget"])).toContain("SUBSTITUTE($B$5");
    expect(layout.sheetName).toBe("Weekly 2026-W49 East");
  });

  it("leaves the pool's bookkeeping rows out of follow-ups, counts Other as the rest, and adds up the reps' follow-ups", () => {
    const layout = weeklySheet(input("en-US"));
    const done = cellAt(layout, layout.figures["rep0.followUpsDone"])!;
    expect(done).toContain('Activities[Summary],"<>Pool: claimed*"');
    expect(done).toContain('Activities[Summary],"<>公海：领取*"');
    expect(cellAt(layout, layout.figures["rep0.customersTouched"])).toContain(
      '(LEFT(TRIM(Activities[Summary]),13)<>"Pool: claimed")',
    );
    const call = cellAt(layout, layout.figures["rep0.method0"])!;
    expect(call).toContain('Activities[Method],"Call"');
    expect(call).toContain('Activities[Method],"电话"');
    const other = layout.figures["rep0.method4"];
    const row = /\d+$/.exec(other)![0];
    expect(cellAt(layout, other)).toBe(`=G${row}-SUM(B${row}:E${row})`);
    const repRows = [0, 1, 2].map((i) => /\d+$/.exec(layout.figures[`rep${i}.customersTouched`])![0]);
    expect(cellAt(layout, layout.figures["summary.customersTouched"])).toBe(
      `=${repRows.map((r) => `B${r}`).join("+")}`,
    );
    // Everyone's deals count every row, an owner left blank too.
    expect(cellAt(layout, layout.figures["summary.won"])).not.toContain("Deals[Owner]");
  });

  it("leaves out attainment without a Targets table and uses the default follow-up target without KpiWeights", () => {
    const layout = weeklySheet(input("en-US", { targets: undefined, kpiWeights: undefined }));
    expect(layout.figures["rep0.monthTarget"]).toBeUndefined();
    // 20 follow-ups a month (kpis.ts) × 12 / 52.
    expect(cellAt(layout, layout.figures["rep0.weeklyTarget"])).toBe("=4.6");
  });
});
