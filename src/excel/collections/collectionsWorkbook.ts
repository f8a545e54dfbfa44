import type { Cell } from "@core/cells/cell";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { classifyOutcome, labelSetOf, WON_LABELS } from "@core/cells/outcome";
import { wonLabelsIn } from "@core/goals/breakdown/wonLabelsIn";
import { paymentRecords, type PaymentRecord } from "@core/receivables/paymentRecords";
import { headerLanguage } from "@core/workbook/headerLanguage";
import type { TableName, WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { readTables } from "../tables/readTables";

/** A won deal the contract form can pick. */
export type WonDeal = {
  readonly dealId: string;
  readonly customer: string;
  readonly owner: string;
  readonly amount: number | null;
  readonly closedOn: number | null;
  /** Whether Contracts already has a contract for it. */
  readonly hasContract: boolean;
};

/** Where the Payments table sits, to select a row of it. */
export type PaymentsPlace = {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly width: number;
};

/** What the Collections area reads of the workbook. */
export type CollectionsWorkbook = {
  /** The language of the Payments headers (the texts of Method and Status). */
  readonly language: WorkbookLanguage;
  readonly payments: readonly PaymentRecord[];
  readonly paymentsPlace: PaymentsPlace | null;
  readonly contractIds: readonly string[];
  readonly wonDeals: readonly WonDeal[];
  /** Rep → team, from the Team table. */
  readonly teams: readonly (readonly [string, string])[];
  /** Tables it needs that the workbook lacks (Payments, Contracts, Deals). */
  readonly missing: readonly TableName[];
};

/** The tables the Collections area reads, for table-change subscriptions. */
export const collectionsTableNames = ["Payments", "Contracts", "Deals", "Team"] as const;

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());

/**
 * Reads what the Collections area shows: every Payments row (paymentRecords), the ContractIDs
 * taken, the won deals (their stage one of the won labels, as the Targets formula counts them)
 * with whether each has a contract, and the Team table's rep → team. One read (readTables), only
 * the columns used.
 *
 * @returns the workbook's collections, or the Office failure
 * @example
 * await readCollectionsWorkbook() //=> { ok: true, value: { language: "en-US", payments: [...], contractIds: ["HT-0001"], wonDeals: [...], teams: [["Li", "North"]], missing: [] } }
 */
export async function readCollectionsWorkbook(): Promise<ExcelResult<CollectionsWorkbook>> {
  const read = await readTables(collectionsTableNames, {
    Contracts: ["ContractID", "DealID"],
    Deals: ["DealID", "Customer", "Owner", "Stage", "Amount", "ClosedOn"],
    Team: ["Rep", "Team"],
  });
  if (!read.ok) return read;
  const { Payments: payments, Contracts: contracts, Deals: deals, Team: team } = read.value;
  const missing = (["Payments", "Contracts", "Deals"] as const).filter((name) => !read.value[name]);
  const language = payments
    ? headerLanguage("Payments", payments.headers)
    : deals
      ? headerLanguage("Deals", deals.headers)
      : "en-US";
  const at = (table: typeof contracts, row: readonly Cell[], key: string) =>
    table && table.columns[key] >= 0 ? row[table.columns[key]] : "";
  const contractIds = contracts
    ? contracts.rows.map((row) => text(at(contracts, row, "ContractID"))).filter((id) => id !== "")
    : [];
  const contracted = new Set(
    contracts
      ? contracts.rows.map((row) => text(at(contracts, row, "DealID")).toLowerCase()).filter((id) => id !== "")
      : [],
  );
  let wonDeals: WonDeal[] = [];
  if (deals) {
    const stages = deals.rows.map((row) => ({ stage: text(at(deals, row, "Stage")) }));
    const won = labelSetOf([...wonLabelsIn(stages, language), ...WON_LABELS]);
    wonDeals = deals.rows
      .filter((row) => text(at(deals, row, "DealID")) !== "" && classifyOutcome(at(deals, row, "Stage"), won) === "won")
      .map((row) => {
        const dealId = text(at(deals, row, "DealID"));
        return {
          dealId,
          customer: text(at(deals, row, "Customer")),
          owner: text(at(deals, row, "Owner")),
          amount: parseNumber(at(deals, row, "Amount") ?? "") ?? null,
          closedOn: parseDate(at(deals, row, "ClosedOn")) ?? null,
          hasContract: contracted.has(dealId.toLowerCase()),
        };
      });
  }
  return {
    ok: true,
    value: {
      language,
      payments: payments ? paymentRecords(payments.rows, payments.columns) : [],
      paymentsPlace: payments
        ? {
            sheet: payments.sheet,
            headerRow: payments.headerRow,
            firstColumn: payments.firstColumn,
            width: payments.headers.length,
          }
        : null,
      contractIds,
      wonDeals,
      teams: team
        ? team.rows
            .map((row) => [text(at(team, row, "Rep")), text(at(team, row, "Team"))] as const)
            .filter(([rep, name]) => rep !== "" && name !== "")
        : [],
      missing,
    },
  };
}
