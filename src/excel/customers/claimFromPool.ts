import { normalizeLabel } from "@core/cells/outcome";
import { customerBook } from "@core/customers/customerBook";
import { findCustomerRow } from "@core/customers/customerIdentity";
import { checkClaim, type PoolChangeProblem } from "@core/customers/poolChanges";
import { poolRulesFrom } from "@core/customers/poolRules";
import type { ExcelResult } from "../excelFailure";
import { changeOwners, type PoolCustomer } from "./changeOwners";
import { readCustomerWorkbook } from "./readCustomerWorkbook";

/** A claim's outcome: claimed, or refused with the reason (the daily limit, not in the pool …). */
export type ClaimOutcome =
  { readonly claimed: number; readonly notClaimed?: readonly string[] } | { readonly refused: PoolChangeProblem };

/**
 * A rep claims customers from the public pool. The claim limit is checked against the workbook as
 * it is now (read again, so claims logged since the pane read it count): the rep's claim rows in
 * Activities dated today plus these must stay within the PoolRules' claims per day. Then the
 * customers get the rep as owner and Status Active, and a claim row each is recorded.
 *
 * @param customers - the customers to claim
 * @param rep - who claims them
 * @param today - today's serial
 * @returns claimed or refused, or the Office failure
 * @example
 * await claimFromPool([acme], "王芳", 45470) //=> { ok: true, value: { refused: { kind: "claim-limit", allowed: 0, … } } }
 */
export async function claimFromPool(
  customers: readonly PoolCustomer[],
  rep: string,
  today: number,
): Promise<ExcelResult<ClaimOutcome>> {
  const read = await readCustomerWorkbook();
  if (!read.ok) return read;
  const table = read.value.tables.Customers;
  if (!table) return { ok: true, value: { refused: { kind: "nothing-selected" } } };
  const book = customerBook({ ...read.value.tables, Customers: table });
  const identityCells = (key: string) =>
    table.rows.map((row) => (table.columns[key] >= 0 ? row[table.columns[key]] : ""));
  const indexes = customers.map((customer) =>
    findCustomerRow(customer.identity, table.columns, identityCells(customer.identity.key)),
  );
  const missing = customers.filter((_, i) => indexes[i] < 0);
  if (missing.length > 0)
    return { ok: true, value: { refused: { kind: "not-in-pool", labels: missing.map((c) => c.identity.label) } } };
  const { rules } = poolRulesFrom(read.value.poolRuleRows);
  // Customers the rep already holds were claimed by an earlier run of this claim whose answer was
  // lost (or that stopped before its records): changeOwners finishes them, the rest are checked.
  const held = (i: number) =>
    book.customers[i].status === "active" && normalizeLabel(book.customers[i].owner) === normalizeLabel(rep);
  const unclaimed = indexes.filter((i) => !held(i));
  if (unclaimed.length > 0 || indexes.length === 0) {
    const check = checkClaim(book, unclaimed, rep, today, rules);
    if (!check.ok) return { ok: true, value: { refused: check.problem } };
  }
  const written = await changeOwners(customers, {
    kind: "claim",
    owner: rep,
    status: "Active",
    language: read.value.language,
    today,
  });
  if (!written.ok) return written;
  const { changed, notChanged } = written.value;
  return { ok: true, value: notChanged ? { claimed: changed, notClaimed: notChanged } : { claimed: changed } };
}
