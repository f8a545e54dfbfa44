import type { Cell } from "@core/cells/cell";
import { actualFormula } from "@core/goals/breakdown/actualFormula";
import { wonLabelsIn } from "@core/goals/breakdown/wonLabelsIn";
import {
  COLLECTIONS_VERSION,
  migratedDealIds,
  paymentRow,
  planCollectionsUpgrade,
  type CollectionsUpgradePlan,
} from "@core/setup/collectionsUpgrade";
import { columnFormula } from "@core/setup/formulaColumns";
import { headerLookup } from "@core/setup/planSetup";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { settingKeys, type TableName } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTablesIn, type TableData, type TablesData } from "../tables/readTables";
import { appendOverBlank } from "../write/appendOverBlank";
import { everyCell } from "../write/everyCell";
import type { ChunkOptions } from "../write/writeInChunks";

/** A deal whose typed Collected the upgrade cannot move, as the pane names it. */
export type BlockedDeal = {
  /** 1-based row of the deal in the Deals table (its data rows). */
  readonly row: number;
  readonly dealId: string;
  readonly customer: string;
  readonly reason: "no-id" | "not-a-number";
};

/** What the upgrade would write, read before anything is written (the pane says it first). */
export type CollectionsUpgradePreview = {
  /** Payments rows it would add: one per deal with a typed Collected amount. */
  readonly payments: number;
  /** Their total. */
  readonly total: number;
  /** Of those, deals without ClosedOn (dated the day of the upgrade). */
  readonly datedToday: number;
  readonly blocked: readonly BlockedDeal[];
  /** True when the workbook has no Payments table yet (set-up, run again, creates it). */
  readonly paymentsMissing: boolean;
};

/** What the collections upgrade did. */
export type CollectionsUpgradeOutcome =
  | {
      readonly kind: "upgraded";
      /** Payments rows added (the typed Collected amounts moved). */
      readonly moved: number;
      readonly total: number;
      /** Targets rows whose Actual now measures receipts by date received. */
      readonly targets: number;
    }
  /** No Deals table, or Deals without DealID or Collected, or no Payments table: nothing written. */
  | { readonly kind: "missing"; readonly what: readonly string[] }
  /** Typed amounts that cannot be moved: nothing written. */
  | { readonly kind: "blocked"; readonly blocked: readonly BlockedDeal[] }
  /**
   * Deals changed while the payments were written: the payments written so far are marked migrated
   * (a second run does not add them again) and Collected was left as typed; run it again.
   */
  | { readonly kind: "rows-changed" };

type Read = {
  readonly tables: TablesData;
  readonly deals: TableData | undefined;
  readonly payments: TableData | undefined;
  /** Deals[Collected] as written: the formula, or the value typed. */
  readonly collected: Cell[];
  readonly plan: CollectionsUpgradePlan | null;
  readonly missing: string[];
};

const READ: Partial<Record<TableName, string[]>> = {
  Deals: ["DealID", "Customer", "Owner", "ClosedOn", "Stage", "Collected"],
  Payments: ["DealID", "Notes"],
  Targets: ["Period"],
  Team: [],
  Contracts: ["ContractID"],
};

/** Loads Deals[Collected]'s formulas (a typed cell answers its value). */
async function collectedFormulas(context: Excel.RequestContext, deals: TableData): Promise<Cell[]> {
  if (deals.rows.length === 0) return [];
  const range = context.workbook.tables
    .getItem(deals.name)
    .columns.getItemAt(deals.columns.Collected)
    .getDataBodyRange()
    .load("formulas");
  await context.sync();
  return (range.formulas as unknown[][]).map((row) => row[0] as Cell);
}

async function readForUpgrade(context: Excel.RequestContext, today: number): Promise<Read> {
  const tables = await readTablesIn(context, Object.keys(READ) as TableName[], READ);
  const deals = tables.Deals;
  const payments = tables.Payments;
  const missing = [
    ...(!deals ? ["Deals"] : ["DealID", "Collected"].filter((k) => deals.columns[k] < 0).map((k) => `Deals[${k}]`)),
    ...(!payments ? ["Payments"] : []),
  ];
  if (!deals || deals.columns.Collected < 0 || deals.columns.DealID < 0) {
    return { tables, deals, payments, collected: [], plan: null, missing };
  }
  const collected = await collectedFormulas(context, deals);
  const at = deals.columns;
  const cell = (row: readonly Cell[], key: string) => (at[key] >= 0 ? (row[at[key]] ?? "") : "");
  const migrated = payments
    ? migratedDealIds(payments.rows.map((row) => [cell2(payments, row, "DealID"), cell2(payments, row, "Notes")]))
    : new Set<string>();
  const plan = planCollectionsUpgrade(
    deals.rows.map((row, i) => ({
      dealId: cell(row, "DealID"),
      customer: cell(row, "Customer"),
      owner: cell(row, "Owner"),
      closedOn: cell(row, "ClosedOn"),
      collected: collected[i] ?? "",
      value: cell(row, "Collected"),
    })),
    today,
    headerLanguage("Deals", deals.headers),
    migrated,
  );
  return { tables, deals, payments, collected, plan, missing };
}

const cell2 = (table: TableData, row: readonly Cell[], key: string): Cell =>
  table.columns[key] >= 0 ? (row[table.columns[key]] ?? "") : "";

function blockedDeals(deals: TableData, plan: CollectionsUpgradePlan): BlockedDeal[] {
  return plan.blocked.map(({ row, reason }) => ({
    row: row + 1,
    dealId: String(cell2(deals, deals.rows[row], "DealID") ?? ""),
    customer: String(cell2(deals, deals.rows[row], "Customer") ?? ""),
    reason,
  }));
}

/**
 * Reads what the collections upgrade would write, writing nothing: how many typed Deals[Collected]
 * amounts become Payments rows and their total, how many are dated today for want of ClosedOn,
 * which deals block it, and whether Payments exists yet. The Workbook area shows this before the
 * manager confirms.
 *
 * @param today - today's serial
 * @returns the preview, or the Office failure
 * @example
 * await previewCollectionsUpgrade(46200) //=> { ok: true, value: { payments: 12, total: 340500, datedToday: 1, blocked: [], paymentsMissing: false } }
 */
export function previewCollectionsUpgrade(today: number): Promise<ExcelResult<CollectionsUpgradePreview>> {
  return runExcel(async (context) => {
    const read = await readForUpgrade(context, today);
    const plan = read.plan;
    return {
      payments: plan?.payments.length ?? 0,
      total: plan?.total ?? 0,
      datedToday: plan?.datedToday ?? 0,
      blocked: read.deals && plan ? blockedDeals(read.deals, plan) : [],
      paymentsMissing: read.payments === undefined,
    };
  });
}

/** Whether two reads of Collected hold the same cells. */
const sameCells = (a: readonly Cell[], b: readonly Cell[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * Upgrades a workbook to schema version 4 (collections):
 * 1. every typed Deals[Collected] amount becomes a received Payments row of the deal
 *    (planCollectionsUpgrade: dated its ClosedOn, or today, Notes saying it was migrated), appended
 *    in chunks under the request size limit, Payments[Status] written on the new rows;
 * 2. then, only if Deals[Collected] still reads as it did (nobody typed meanwhile), the live sum
 *    of the deal's received payments is written over the whole column as one value (a small
 *    request at any size), so each deal's Collected is exactly what was typed;
 * 3. Contracts' Received and Outstanding and Payments' Status get their formulas on the rows
 *    they have, Targets' Actual measures Collected rows by Payments[ReceivedOn] (actualFormula),
 *    and the schema version is recorded.
 * Nothing is written while a typed amount cannot be moved (no DealID, not a number) or Payments is
 * missing. Running it again moves nothing twice: formulas are not typed values, and a deal with a
 * migrated row already is skipped.
 *
 * @param today - today's serial (the date of a deal without ClosedOn)
 * @param options - progress, cancel and request size for the payment rows
 * @returns what was done, or the Office failure
 * @example
 * await upgradeCollections(46200) //=> { ok: true, value: { kind: "upgraded", moved: 12, total: 340500, targets: 170 } }
 */
export function upgradeCollections(
  today: number,
  options: ChunkOptions = {},
): Promise<ExcelResult<CollectionsUpgradeOutcome>> {
  return runExcel(async (context): Promise<CollectionsUpgradeOutcome> => {
    const version = context.workbook.settings.getItemOrNullObject(settingKeys.schemaVersion);
    version.load("value");
    const read = await readForUpgrade(context, today);
    const { deals, payments, plan, tables } = read;
    if (!deals || !payments || !plan || read.missing.length > 0) return { kind: "missing", what: read.missing };
    if (plan.blocked.length > 0) return { kind: "blocked", blocked: blockedDeals(deals, plan) };

    const written = {
      Deals: { name: deals.name, headers: [...deals.headers] },
      Payments: { name: payments.name, headers: [...payments.headers] },
      ...(tables.Contracts
        ? { Contracts: { name: tables.Contracts.name, headers: [...tables.Contracts.headers] } }
        : {}),
    };
    const lookup = headerLookup(written);
    const status = columnFormula("Payments", "Status", lookup) ?? null;
    const paymentsTable = context.workbook.tables.getItem(payments.name);
    if (plan.payments.length > 0) {
      const width = payments.headers.length;
      const rows = plan.payments.map((payment) => paymentRow(payment, payments.columns, width) as Cell[]);
      const formulas = payments.headers.map((_, at) => (at === payments.columns.Status ? status : null));
      const appended = await appendOverBlank(context, paymentsTable, payments.name, payments.rows, rows, {
        ...options,
        formulas,
      });
      if (appended.cancelled || appended.done < rows.length) return { kind: "rows-changed" };
    }

    // Nobody typed into Collected while the payments were written (their request is separate).
    if (!sameCells(await collectedFormulas(context, deals), read.collected)) return { kind: "rows-changed" };

    const dealsTable = context.workbook.tables.getItem(deals.name);
    const collected = columnFormula("Deals", "Collected", lookup);
    if (collected && deals.rows.length > 0) {
      dealsTable.columns.getItemAt(deals.columns.Collected).getDataBodyRange().formulas = everyCell(collected);
    }
    const countPayments = paymentsTable.rows.load("count");
    const contracts = tables.Contracts;
    const contractsCount = contracts ? context.workbook.tables.getItem(contracts.name).rows.load("count") : null;
    await context.sync();
    const columnOf = (table: string, at: number) =>
      context.workbook.tables.getItem(table).columns.getItemAt(at).getDataBodyRange();
    if (status && payments.columns.Status >= 0 && countPayments.count > 0) {
      columnOf(payments.name, payments.columns.Status).formulas = everyCell(status);
    }
    if (contracts && contractsCount && contractsCount.count > 0) {
      for (const key of ["Received", "Outstanding"]) {
        const formula = columnFormula("Contracts", key, lookup);
        if (formula && contracts.columns[key] >= 0)
          columnOf(contracts.name, contracts.columns[key]).formulas = everyCell(formula);
      }
    }

    const targets = tables.Targets;
    let targetRows = 0;
    if (targets && targets.columns.Actual >= 0 && targets.rows.length > 0) {
      const language = headerLanguage("Targets", targets.headers);
      const stageAt = deals.columns.Stage;
      const wonLabels = wonLabelsIn(
        stageAt < 0 ? [] : deals.rows.map((row) => ({ stage: String(row[stageAt] ?? "") })),
        language,
      );
      const formula = actualFormula(language, {
        wonLabels,
        written: {
          Deals: deals.headers,
          Payments: payments.headers,
          Targets: targets.headers,
          ...(tables.Team ? { Team: tables.Team.headers } : {}),
        },
        teamTable: tables.Team !== undefined,
        paymentsTable: true,
      });
      columnOf(targets.name, targets.columns.Actual).formulas = everyCell(formula);
      targetRows = targets.rows.length;
    }
    if (version.isNullObject || Number(version.value) < COLLECTIONS_VERSION) {
      context.workbook.settings.add(settingKeys.schemaVersion, COLLECTIONS_VERSION);
    }
    await context.sync();
    return { kind: "upgraded", moved: plan.payments.length, total: plan.total, targets: targetRows };
  });
}
