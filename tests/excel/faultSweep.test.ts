/*
 * The fault sweep: for each writer, every sync in turn fails (Excel refuses the request, as on a
 * dropped connection or a cell in edit mode). After each failure the writer must report it (never
 * claim success), and running it again as the pane would (confirming a replacement if it asks)
 * must leave the workbook exactly as one clean run does: nothing lost, nothing misplaced, no
 * duplicate row. The import, the Customers area's writes (tiers, the pool) and the Goals and
 * Performance writes (targets, scorecard, review sheet) and the weekly forecast snapshot have their
 * sweeps in faultSweep/.
 */
import { customerIdentity } from "@core/customers/customerIdentity";
import { customerBook } from "@core/customers/customerBook";
import type { ActionStep } from "@core/goals/actionPlan/actionStep";
import { excelCustomersService } from "@excel/customers/customersService";
import { writeActionPlan } from "@excel/goals/writeActionPlan";
import { writePipelineDashboard } from "@excel/pipeline/writePipelineDashboard";
import { setUpWorkbook } from "@excel/setup/setUpWorkbook";
import type { WorkbookSnapshot } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import type { SalesFunctionsSource } from "@workbench/emulator";
import { sampleToday, setUpSampleWorkbook } from "../fixtures/sampleWorkbook";
import { sweep, type Writer } from "./faultSweep/harness";

jest.setTimeout(600_000);

let functions: SalesFunctionsSource;
let sample: WorkbookSnapshot;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
  const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 24 });
  sample = emulator.snapshot();
});

const step = (text: string): ActionStep => ({
  goal: "",
  step: text,
  owner: "李娜",
  due: sampleToday + 7,
  status: "inProgress",
  kpi: "回访 ≥ 40",
});

const writers: (Omit<Writer, "start"> & Partial<Pick<Writer, "start">>)[] = [
  {
    name: "set-up with sample data",
    start: () => undefined,
    run: () => setUpWorkbook({ language: "en-US", sample: true, today: sampleToday, seed: 3, customers: 12 }),
  },
  {
    name: "follow-up",
    run: async () => {
      const read = await excelCustomersService.read();
      if (!read.ok) return read;
      const book = customerBook({ ...read.value.tables, Customers: read.value.tables.Customers! });
      const customer = book.customers[3];
      return excelCustomersService.logFollowUp({
        customer: customerIdentity(customer),
        customerName: customer.company,
        date: sampleToday,
        owner: customer.owner,
        method: "电话",
        summary: "确认报价",
        nextContact: null,
        satisfaction: 4,
      });
    },
  },
  {
    name: "follow-up by a colleague about a deal (its LastActivity moves after the row)",
    run: async () => {
      const read = await excelCustomersService.read();
      if (!read.ok) return read;
      const book = customerBook({ ...read.value.tables, Customers: read.value.tables.Customers! });
      const at = book.customers.findIndex((_, i) =>
        book.dealsOf[i].some((d) => book.deals[d].outcome === "open" && book.deals[d].id),
      );
      const customer = book.customers[at];
      const deal = book.dealsOf[at].map((d) => book.deals[d]).find((d) => d.outcome === "open" && d.id)!;
      return excelCustomersService.logFollowUp({
        customer: customerIdentity(customer),
        customerName: customer.company,
        date: sampleToday + 1,
        owner: book.reps.find((rep) => rep !== customer.owner)!,
        method: "拜访",
        summary: "方案演示",
        dealId: deal.id,
      });
    },
  },
  {
    name: "action plan",
    run: async (again) => {
      const request = {
        goal: "华东区增长",
        steps: [step("拜访所有 A 类客户"), step("每周复盘管道")],
        loaded: [],
        language: "zh-CN" as const,
        replace: false,
      };
      const first = await writeActionPlan(request);
      // After a failure the sheet may hold part of the write: the pane asks, the manager confirms.
      if (again && first.ok && first.value.status === "needs-confirmation") {
        return writeActionPlan({ ...request, replace: true });
      }
      return first;
    },
  },
  {
    name: "pipeline dashboard",
    run: async (again) => {
      const first = await writePipelineDashboard({ replace: false });
      if (again && first.ok && first.value.kind === "exists") return writePipelineDashboard({ replace: true });
      return first;
    },
  },
];

describe.each(writers)("the fault sweep: $name", (writer) => {
  it("reports every failed sync, and a re-run leaves the workbook as one clean run does", async () => {
    await sweep(functions, { ...writer, start: writer.start ?? (() => sample) });
  });
});
