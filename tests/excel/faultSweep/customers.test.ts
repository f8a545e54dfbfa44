/*
 * The fault sweep (see harness.ts) for the Customers area's writes: tiers with RFM codes, and the
 * pool's release, reassign and claim. Each is run as the pane runs it: from what the pane read
 * before the failure (a failed write does not refresh the pane, and what was ticked stays ticked),
 * so the run again asks for the same change once more.
 */
import { customerBook } from "@core/customers/customerBook";
import type { CustomerBook } from "@core/customers/customerRecords";
import { customerIdentity } from "@core/customers/customerIdentity";
import { customerTiering } from "@core/customers/customerTiering";
import { checkClaim, checkReassign, checkRelease } from "@core/customers/poolChanges";
import { poolRulesFrom } from "@core/customers/poolRules";
import { isSalesError } from "@core/errors";
import type { PoolCustomer } from "@excel/customers/changeOwners";
import { excelCustomersService as service } from "@excel/customers/customersService";
import type { ExcelResult } from "@excel/excelFailure";
import type { SalesFunctionsSource, WorkbookSnapshot } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { sweep, type Writer } from "./harness";

jest.setTimeout(600_000);

let functions: SalesFunctionsSource;
let sample: WorkbookSnapshot;
/** The sample with three customers released to the pool, to claim. */
let pooled: WorkbookSnapshot;

/** The Customers area as the pane read it. */
type Read = { readonly book: CustomerBook; readonly claimsPerDay: number };

async function readArea(): Promise<ExcelResult<Read>> {
  const read = await service.read();
  if (!read.ok) return read;
  const book = customerBook({ ...read.value.tables, Customers: read.value.tables.Customers! });
  return { ok: true, value: { book, claimsPerDay: poolRulesFrom(read.value.poolRuleRows).rules.claimsPerDay } };
}

const poolCustomers = (book: CustomerBook, indexes: readonly number[]): PoolCustomer[] =>
  indexes.map((index) => {
    const customer = book.customers[index];
    return { identity: customerIdentity(customer), name: customer.company || customer.label, owner: customer.owner };
  });

const activeOwned = (book: CustomerBook) =>
  book.customers.flatMap((c, index) => (c.status === "active" && c.owner ? [index] : [])).slice(0, 3);

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
  const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 24 });
  sample = emulator.snapshot();
  const read = await readArea();
  if (!read.ok) throw new Error(read.error.message);
  const released = await service.release(
    poolCustomers(read.value.book, activeOwned(read.value.book)),
    "zh-CN",
    sampleToday,
  );
  if (!released.ok) throw new Error(released.error.message);
  pooled = emulator.snapshot();
});

/**
 * A writer that reads the area in its first run and, like the pane after a failure, runs again
 * from that same read; `write` returns the problem the pane would show instead, as a success.
 */
function fromPaneRead(
  name: string,
  start: () => WorkbookSnapshot,
  write: (read: Read) => Promise<ExcelResult<unknown>>,
): Writer {
  let read: Read | undefined;
  return {
    name,
    start,
    run: async (again) => {
      if (!again || !read) {
        const fresh = await readArea();
        if (!fresh.ok) return fresh;
        read = fresh.value;
      }
      return write(read);
    },
  };
}

const writers: Writer[] = [
  fromPaneRead(
    "tiers and RFM codes",
    () => sample,
    async ({ book }) => {
      const tiering = customerTiering(book, sampleToday);
      if (isSalesError(tiering)) throw new Error(tiering.message);
      return service.writeTiers(
        {
          key: "CustomerID",
          identities: book.customers.map((c) => c.id),
          tiers: tiering.customers.map((c) => c.newTier),
          rfm: tiering.customers.map((c) => c.rfm),
        },
        { maxRows: 10 },
      );
    },
  ),
  fromPaneRead(
    "pool: release",
    () => sample,
    async ({ book }) => {
      const picked = activeOwned(book);
      const check = checkRelease(book, picked);
      if (!check.ok) throw new Error(check.problem.kind);
      return service.release(poolCustomers(book, picked), "zh-CN", sampleToday);
    },
  ),
  fromPaneRead(
    "pool: reassign",
    () => sample,
    async ({ book }) => {
      const picked = activeOwned(book);
      const rep = book.reps.find((r) => picked.every((i) => book.customers[i].owner !== r))!;
      const check = checkReassign(book, picked, rep);
      if (!check.ok) throw new Error(check.problem.kind);
      return service.reassign(poolCustomers(book, picked), rep, "zh-CN", sampleToday);
    },
  ),
  fromPaneRead(
    "pool: claim",
    () => pooled,
    async ({ book, claimsPerDay }) => {
      const inPool = book.customers.flatMap((c, index) => (c.status === "pool" ? [index] : [])).slice(0, 2);
      const rep = book.reps[0];
      const check = checkClaim(book, inPool, rep, sampleToday, { ...poolRulesFrom(undefined).rules, claimsPerDay });
      if (!check.ok) throw new Error(check.problem.kind);
      return service.claim(poolCustomers(book, inPool), rep, sampleToday);
    },
  ),
];

describe.each(writers)("the fault sweep: $name", (writer) => {
  it("reports every failed sync, and a re-run leaves the workbook as one clean run does", async () => {
    await sweep(functions, writer);
  });
});
