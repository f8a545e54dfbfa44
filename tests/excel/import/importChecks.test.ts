/**
 * The import's checks against the workbook, through the real read → plan → write path on a
 * workbook set-up built: the column mapping an import was written with is saved in the workbook
 * and proposed again for the same export, and reps and tiers the user chose to add land in Team
 * and Cadences with the import's rows.
 */
import { importPlanInput } from "@core/import/importPlanInput";
import { sheetSource } from "@core/import/importSource";
import { planImport } from "@core/import/planImport";
import { plannedWrite } from "@core/import/plannedWrite";
import { proposeImport } from "@core/import/proposeImport";
import { recallMapping, rememberMapping } from "@core/import/savedMappings";
import { unknownValues } from "@core/import/unknownValues";
import { ADD_VALUE, LEAVE_VALUE } from "@core/import/valueChoices";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { readSheetBlock } from "@excel/import/readImportSource";
import { savedMappingsKey } from "@excel/import/savedMappingsKey";
import { writeImport } from "@excel/import/writeImport";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(120_000);

let emulator: Emulator;

async function workbookFacts() {
  const workbook = await readImportWorkbook();
  if (!workbook.ok) throw new Error(workbook.error.message);
  return workbook.value;
}

async function sheet(name: string) {
  const block = await readSheetBlock(name);
  if (!block.ok) throw new Error(block.error.message);
  return sheetSource("sheet", block.value);
}

/** A column of a SalesGrid table as the add-in reads it back. */
async function tableRows(name: "Team" | "Cadences" | "Customers", key: string): Promise<unknown[]> {
  const read = await readTables([name], { [name]: [key] });
  if (!read.ok) throw new Error(read.error.message);
  const table = read.value[name];
  if (!table) throw new Error(`no ${name} table`);
  return table.rows.map((row) => row[table.columns[key]]);
}

describe("import checks on a set-up workbook", () => {
  beforeAll(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 20, profile: emulatorProfiles[0] }));
    emulator.book.addSheet("HubSpot");
    emulator.book.setValues("HubSpot", "A1", [
      ["Company name", "Contact owner", "Tier", "Phone Number", "Annual revenue", "Internal note"],
      ["New Horizon Ltd", "赵磊", "A级", "13311112222", "¥1,250,000.00", "x"],
      ["Blue Sky Trading", "赵磊", "D", "13322223333", "12.5万", "y"],
    ]);
  });

  it("saves the mapping an import was written with and proposes it for the same export", async () => {
    const facts = await workbookFacts();
    expect(facts.savedMappings).toEqual({});
    const source = await sheet("HubSpot");
    const proposal = proposeImport(source.values);
    expect(proposal.target).toBe("Customers");
    // The user keeps the revenue as an extra column and sends the note to Notes.
    const mapping = ["Company", "Owner", "Tier", "Phone", null, "Notes"];
    const choices = { headerRow: 0, target: "Customers" as const, mapping, mode: "append" as const, stageMapping: {} };
    const plan = planImport(importPlanInput(source, choices, facts, "zh-CN"));
    const request = plannedWrite({
      target: "Customers",
      layout: plan.layout,
      language: "zh-CN",
      tables: facts.tables,
      stageChoices: {},
    });
    const savedMappings = rememberMapping(facts.savedMappings ?? {}, {
      headers: source.values[0],
      target: "Customers",
      mapping,
      savedOn: "2024-06-28",
    });
    const written = await writeImport({ ...request, savedMappings, pending: facts.pending });
    expect(written).toMatchObject({ ok: true, value: { done: 2 } });
    // Kept as an extra column, the money text is flagged; the unknown owner and tiers are listed.
    expect(plan.result.problems.filter((p) => p.kind === "currency-kept").map((p) => p.row)).toEqual([2]);
    expect(plan.result.problems.filter((p) => p.kind === "unknown-value").map((p) => p.value)).toEqual([
      "赵磊",
      "A级",
      "赵磊",
      "D",
    ]);

    expect(emulator.book.settings.has(savedMappingsKey)).toBe(true);
    const again = await workbookFacts();
    const reordered = [["Tier", "Internal note", "Company name", "Contact owner", "Phone Number", "Annual revenue"]];
    expect(recallMapping(again.savedMappings ?? {}, source.values[0])).toEqual({
      target: "Customers",
      mapping,
      savedOn: "2024-06-28",
    });
    expect(recallMapping(again.savedMappings ?? {}, reordered[0])?.mapping).toEqual([
      "Tier",
      "Notes",
      "Company",
      "Owner",
      "Phone",
      null,
    ]);
  });

  it("adds a rep to Team with the import, maps a tier, and never adds one to Cadences (tiers are fixed A/B/C)", async () => {
    emulator.book.addSheet("HubSpot 2");
    emulator.book.setValues("HubSpot 2", "A1", [
      ["Company name", "Company owner", "Tier", "Amount"],
      ["Pine Labs", "孙悦", "A级", "RMB 30,000"],
      ["Oak Works", "周强", "E", "5,000元"],
    ]);
    const facts = await workbookFacts();
    const teamBefore = (await tableRows("Team", "Rep")).length;
    const source = await sheet("HubSpot 2");
    const mapping = ["Company", "Owner", "Tier", null];
    const found = unknownValues({
      source,
      headerRow: 0,
      mapping,
      target: "Customers",
      tables: facts.tables,
      language: "zh-CN",
    });
    expect(found).toEqual({ Owner: ["孙悦", "周强"], Tier: ["A级", "E"] });
    // "Add" for a tier (an old choice) is taken as leave: the tier is written as it is and flagged.
    const valueChoices = { Owner: { 孙悦: ADD_VALUE, 周强: LEAVE_VALUE }, Tier: { A级: "A", E: ADD_VALUE } };
    const choices = {
      headerRow: 0,
      target: "Customers" as const,
      mapping,
      mode: "append" as const,
      stageMapping: {},
      valueChoices,
    };
    const plan = planImport(importPlanInput(source, choices, facts, "zh-CN"));
    expect(plan.result.problems.filter((p) => p.kind === "unknown-value").map((p) => p.value)).toEqual(["周强", "E"]);
    const request = plannedWrite({
      target: "Customers",
      layout: plan.layout,
      language: "zh-CN",
      tables: facts.tables,
      stageChoices: {},
      valueChoices,
    });
    const written = await writeImport({ ...request, pending: facts.pending });
    expect(written).toMatchObject({ ok: true, value: { done: 2 } });

    const reps = await tableRows("Team", "Rep");
    expect(reps).toHaveLength(teamBefore + 1);
    expect(reps.at(-1)).toBe("孙悦");
    expect(request.newRows).toEqual({ Team: [expect.arrayContaining(["孙悦"])] });
    expect(await tableRows("Cadences", "Tier")).toEqual(["A", "B", "C"]);
    expect((await tableRows("Customers", "Tier")).slice(-2)).toEqual(["A", "E"]);
    expect((await tableRows("Customers", "Owner")).slice(-2)).toEqual(["孙悦", "周强"]);
    // The next read knows the added rep; the tiers are still unknown.
    const after = await workbookFacts();
    expect(
      unknownValues({ source, headerRow: 0, mapping, target: "Customers", tables: after.tables, language: "zh-CN" }),
    ).toEqual({
      Owner: ["周强"],
      Tier: ["A级", "E"],
    });
  });
});
