/*
 * The requirement sets manifest.xml declares are all SalesGrid may use unguarded. Every workbook
 * command the pane has runs here against an Excel that supports exactly those sets (as Excel on
 * the web and on Windows/Mac); an API of a newer set fails its sync with ApiNotFound, as Excel
 * does, so an unguarded newer call fails this test, while a guarded one takes its fallback.
 * Against current Excel (ExcelApi 1.20), each command is one merged undo group: one Ctrl+Z.
 */
import { isSalesError } from "@core/errors";
import { customerBook } from "@core/customers/customerBook";
import { customerIdentity } from "@core/customers/customerIdentity";
import { customerTiering } from "@core/customers/customerTiering";
import { defaultPoolRules } from "@core/customers/poolRules";
import { allTableNames, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "@excel/excelFailure";
import { excelCustomersService as customers } from "@excel/customers/customersService";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { goalsService } from "@excel/goals/goalsService";
import { performanceService } from "@excel/performance/performanceService";
import { excelPipelineService } from "@excel/pipeline/pipelineService";
import { setupService } from "@excel/setup/setupService";
import { watchLogFollowUpState } from "@excel/ribbon/ribbonState";
import { readTables } from "@excel/tables/readTables";
import { onTablesChanged } from "@excel/tableChanges";
import { teamService } from "@excel/team/teamService";
import { readWorkbookStatus } from "@excel/workbookStatus";
import { createEmulator, type Emulator, type EmulatorOptions, type SalesFunctionsSource } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { declaredRequirementSets } from "../fixtures/manifestSets";
import { clockAt, sampleToday, setUpSampleWorkbook } from "../fixtures/sampleWorkbook";
import { value, writeSampleScorecard, writeSampleTargets } from "../fixtures/sampleWrites";
import { convertSheet } from "./import/importOnEmulator";
import { lastWeek } from "@core/weekly/week";
import { writeWeeklySheet } from "@excel/weekly/writeWeeklySheet";

jest.setTimeout(600_000);

const language: WorkbookLanguage = "en-US";

let functions: SalesFunctionsSource;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
});

/** One command as the pane runs it; `edits` when it changes the workbook (and so leaves undo records). */
type Command = {
  readonly name: string;
  readonly edits: boolean;
  /** Whether it may delete a worksheet, which Excel cannot undo: it runs without a merged group. */
  readonly separateUndo?: boolean;
  /**
   * Whether it is the first command to journal what it overwrites: it adds the hidden undo journal
   * sheet first, in a batch of its own (hiding a sheet cannot be in a merged group), once per workbook.
   */
  readonly addsJournal?: boolean;
  readonly run: () => Promise<ExcelResult<unknown>>;
};

function bookOf(workbook: CustomerWorkbook) {
  const { Customers } = workbook.tables;
  if (!Customers) throw new Error("no Customers table");
  return customerBook({ ...workbook.tables, Customers });
}

/** A pasted customer list on its own sheet, for the import commands. */
function pasteList(emulator: Emulator, sheet: string): void {
  emulator.book.addSheet(sheet);
  emulator.book.setValues(sheet, "A1", [
    ["Company", "Contact", "Mobile", "Tier", "Last contact", "Source"],
    ["New Horizon Ltd", "Ann Lee", "13311112222", "A", "2024-06-01", "Referral"],
    ["Blue River Co", "Bo Chen", "13322223333", "B", "2024-05-20", "Fair"],
  ]);
}

/** Every other workbook command of the pane, in an order that leaves each one something to do. */
function commands(emulator: Emulator): Command[] {
  const read = (name: string, run: () => Promise<ExcelResult<unknown>>): Command => ({ name, edits: false, run });
  const pool = async () => {
    const book = bookOf(await value(customers.read()));
    const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 3);
    return { book, pooled: active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner })) };
  };
  return [
    read("set-up: inspect the workbook", () => setupService.inspect()),
    read("workbook status", () => readWorkbookStatus()),
    read("goals: read", () => goalsService.read()),
    read("pipeline: read", () => excelPipelineService.read()),
    read("customers: read", () => customers.read()),
    read("team: read", () => teamService.read()),
    read("performance: read", () => performanceService.read()),
    read("customers: selection events", () => customers.onSelectionChanged(() => undefined)),
    read("every area: table change events, subscribed and ended", async () => {
      const subscribed = await onTablesChanged(allTableNames, () => undefined);
      return subscribed.ok ? subscribed.value() : subscribed;
    }),
    read("customers: the selected row", () => customers.selectedRow()),
    read("ribbon: the selected Customers or Deals row", () => customers.selectedRecord()),
    read("ribbon: the Log follow-up button's state (nothing asked without RibbonApi 1.1)", async () => {
      const watched = await watchLogFollowUpState((failure) => {
        throw new Error(`ribbon state failed: ${JSON.stringify(failure)}`);
      });
      return watched.ok && watched.value ? watched.value() : watched;
    }),
    read("customers: select a customer", async () => {
      const book = bookOf(await value(customers.read()));
      return customers.selectCustomer(customerIdentity(book.customers[0]));
    }),
    read("pipeline: select a deal", async () => {
      const deals = (await value(readTables(["Deals"]))).Deals!;
      return excelPipelineService.selectDeal(String(deals.rows[0][deals.columns.DealID]), 0);
    }),
    read("team: select a cell", async () => {
      const team = (await value(readTables(["Team"]))).Team!;
      return teamService.select(team.sheet, "A1");
    }),
    {
      name: "import appended to Customers",
      edits: true,
      run: async () => {
        pasteList(emulator, "Paste append");
        return (await convertSheet({ sheet: "Paste append", target: "Customers", mode: "append", language })).written;
      },
    },
    {
      name: "tiers and the RFM column",
      edits: true,
      addsJournal: true,
      run: async () => {
        const book = bookOf(await value(customers.read()));
        const tiering = customerTiering(book, sampleToday);
        if (isSalesError(tiering)) throw new Error(tiering.message);
        return customers.writeTiers({
          key: "CustomerID",
          identities: book.customers.map((c) => c.id),
          tiers: tiering.customers.map((c) => c.newTier),
          rfm: tiering.customers.map((c) => c.rfm),
        });
      },
    },
    {
      name: "pool rules",
      edits: true,
      run: () => customers.savePoolRules(defaultPoolRules, language),
    },
    {
      name: "pool: release",
      edits: true,
      run: async () => customers.release((await pool()).pooled, language, sampleToday),
    },
    {
      name: "pool: claim",
      edits: true,
      run: async () => {
        const book = bookOf(await value(customers.read()));
        const pooled = book.customers
          .filter((c) => c.status === "pool")
          .slice(0, 1)
          .map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner }));
        return customers.claim(pooled, book.reps[0], sampleToday);
      },
    },
    {
      name: "pool: reassign",
      edits: true,
      run: async () => {
        const { book, pooled } = await pool();
        return customers.reassign(pooled.slice(0, 1), book.reps[1] ?? book.reps[0], language, sampleToday);
      },
    },
    {
      name: "follow-up",
      edits: true,
      run: async () => {
        const customer = bookOf(await value(customers.read())).customers[3];
        return customers.logFollowUp({
          customer: customerIdentity(customer),
          customerName: customer.company,
          date: sampleToday,
          owner: customer.owner,
          method: "Phone",
          summary: "Confirmed the quote",
          nextContact: null,
          satisfaction: 4,
        });
      },
    },
    {
      name: "targets",
      edits: true,
      run: () => writeSampleTargets(language),
    },
    {
      name: "action plan",
      edits: true,
      run: () =>
        goalsService.writeActionPlan({
          goal: "East region growth",
          steps: [
            {
              goal: "",
              step: "Visit every A customer",
              owner: "",
              due: sampleToday + 7,
              status: "inProgress",
              kpi: "",
            },
          ],
          loaded: [],
          language,
          replace: false,
        }),
    },
    {
      name: "goal saved",
      edits: true,
      run: () =>
        goalsService.writeGoal({
          goal: {
            id: "",
            text: "East region growth",
            scope: "company",
            scopeName: "",
            metric: "signed",
            target: 1_200_000,
            deadline: sampleToday + 90,
            kpis: { followUps: 400 },
            actionPlan: "East region growth",
            updated: sampleToday,
          },
          loaded: null,
          language,
          replace: false,
        }),
    },
    {
      name: "goal saved again",
      edits: true,
      run: async () => {
        const [saved] = (await value(goalsService.read())).goals;
        if (!saved) throw new Error("no saved goal");
        return goalsService.writeGoal({
          goal: { ...saved, target: 1_300_000 },
          loaded: saved,
          language,
          replace: false,
        });
      },
    },
    {
      name: "scorecard",
      edits: true,
      run: writeSampleScorecard,
    },
    {
      name: "review sheet",
      edits: true,
      run: async () => performanceService.writeReviewSheet((await value(performanceService.read())).reps[0], false),
    },
    {
      name: "review sheet, replaced",
      edits: true,
      separateUndo: true,
      run: async () => performanceService.writeReviewSheet((await value(performanceService.read())).reps[0], true),
    },
    { name: "pipeline dashboard", edits: true, run: () => excelPipelineService.writeDashboard({ replace: false }) },
    {
      name: "pipeline dashboard, replaced",
      edits: true,
      separateUndo: true,
      run: () => excelPipelineService.writeDashboard({ replace: true }),
    },
    { name: "record the forecast", edits: true, run: () => excelPipelineService.recordForecast({ automatic: false }) },
    {
      name: "record the forecast again (appended)",
      edits: true,
      run: () => excelPipelineService.recordForecast({ automatic: true }),
    },
    read("forecast: weekly opt-in", () => excelPipelineService.readWeeklyForecast()),
    { name: "forecast: opt in", edits: true, run: () => excelPipelineService.writeWeeklyForecast(true) },
    {
      name: "weekly sheet",
      edits: true,
      run: () => writeWeeklySheet({ week: lastWeek(sampleToday), team: null, replace: false }),
    },
    {
      name: "weekly sheet, replaced",
      edits: true,
      separateUndo: true,
      run: () => writeWeeklySheet({ week: lastWeek(sampleToday), team: null, replace: true }),
    },
  ];
}

/** The imports that make a table of their own, each on a workbook without SalesGrid's tables, as a user starts. */
const emptyWorkbookCommands = (emulator: Emulator): Command[] => [
  {
    name: "import into a new sheet",
    edits: true,
    run: async () => {
      pasteList(emulator, "Paste new");
      return (await convertSheet({ sheet: "Paste new", target: "Customers", mode: "new-sheet", language })).written;
    },
  },
  {
    name: "import converted in place",
    edits: true,
    // Converting in place journals the pasted cells it overwrites, so it can be undone.
    addsJournal: true,
    run: async () => {
      pasteList(emulator, "Paste in place");
      return (await convertSheet({ sheet: "Paste in place", target: "Customers", mode: "in-place", language })).written;
    },
  },
];

/** An empty workbook on an emulator made with `options`. */
function emptyOn(options: EmulatorOptions): Emulator {
  const emulator = createEmulator({ ...options, functions, now: clockAt(sampleToday) });
  emulator.install();
  return emulator;
}

/** A workbook set up with sample data (the set-up command, which throws if it fails) on an emulator made with `options`. */
async function sampleOn(options: EmulatorOptions): Promise<Emulator> {
  const emulator = emptyOn(options);
  await setUpSampleWorkbook(emulator, { language, customers: 30 });
  return emulator;
}

/** Runs the commands in turn; returns each one's outcome and the undo records it left. */
async function runAll(emulator: Emulator, list: readonly Command[]) {
  const outcomes: { name: string; ok: boolean; error?: string; undoRecords: number }[] = [];
  for (const command of list) {
    const before = emulator.stats.undoRecords;
    const result = await command.run();
    outcomes.push({
      name: command.name,
      ok: result.ok,
      ...(result.ok ? {} : { error: `${result.error.code}: ${result.error.message}` }),
      undoRecords: emulator.stats.undoRecords - before,
    });
  }
  return outcomes;
}

/** Runs each empty-workbook command on a fresh empty workbook. */
async function runOnEmptyWorkbooks(options: EmulatorOptions) {
  const outcomes = [];
  for (const index of emptyWorkbookCommands(emptyOn(options)).keys()) {
    const emulator = emptyOn(options);
    outcomes.push(...(await runAll(emulator, [emptyWorkbookCommands(emulator)[index]])));
  }
  return outcomes;
}

const declared = declaredRequirementSets();

describe("manifest.xml's requirement sets", () => {
  it("declare ExcelApi, the shared runtime and custom functions, and not ExcelApiOnline (which cannot be declared)", () => {
    expect(Object.keys(declared).sort()).toEqual(["CustomFunctionsRuntime", "ExcelApi", "SharedRuntime"]);
  });

  describe.each([
    // Excel on the web always has ExcelApiOnline; Windows and Mac never do.
    { name: "the web", options: { platform: "web", requirementSets: { ...declared, ExcelApiOnline: "1.1" } } },
    { name: "Windows and Mac", options: { platform: "desktop", requirementSets: declared } },
  ] satisfies { name: string; options: EmulatorOptions }[])("are enough for every command on $name", ({ options }) => {
    it("importing into an empty workbook succeeds", async () => {
      const names = emptyWorkbookCommands(emptyOn(options)).map((c) => c.name);
      expect(await runOnEmptyWorkbooks(options)).toEqual(
        names.map((name) => expect.objectContaining({ name, ok: true })),
      );
    });

    it("set-up, every read and every writer succeed", async () => {
      const emulator = await sampleOn(options);
      expect(emulator.Office.context.requirements.isSetSupported("ExcelApi", "1.20")).toBe(false);
      const outcomes = await runAll(emulator, commands(emulator));
      expect(outcomes.filter((o) => !o.ok)).toEqual([]);
      // Without ExcelApi 1.20 there are no merged groups: every editing sync is its own undo step.
      expect(outcomes.filter((o) => o.undoRecords > 1).length).toBeGreaterThan(0);
    });
  });
});

describe("undo on current Excel (ExcelApi 1.20)", () => {
  it.each(["web", "desktop"] as const)("on %s, each command is at most one undo step", async (platform) => {
    const imports = await runOnEmptyWorkbooks({ platform });
    expect(imports.map((o) => [o.name, o.ok, o.undoRecords])).toEqual(
      emptyWorkbookCommands(emptyOn({ platform })).map((c) => [c.name, true, c.addsJournal ? 2 : 1]),
    );
    const emulator = await sampleOn({ platform });
    expect(emulator.stats.undoRecords).toBe(1); // the whole set-up
    const outcomes = await runAll(emulator, commands(emulator));
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    const kinds = new Map(commands(emulator).map((c) => [c.name, c]));
    for (const outcome of outcomes) {
      const command = kinds.get(outcome.name)!;
      // Replacing a sheet deletes it, which cannot be in an undo group: that run is not merged.
      const expected = !command.edits ? 0 : command.separateUndo ? expect.any(Number) : command.addsJournal ? 2 : 1;
      expect({ name: outcome.name, undoRecords: outcome.undoRecords }).toEqual({
        name: outcome.name,
        undoRecords: expected,
      });
    }
  });
});
