import type { Cell } from "@core/cells/cell";
import { importTargets, type ImportTarget } from "@core/import/importColumns";
import { mappingScore, proposeMapping } from "@core/import/proposeMapping";

/** Which table a sheet most likely is, with how well its headers fit each table. */
export type TargetGuess = { target: ImportTarget; scores: Record<ImportTarget, number> };

/**
 * The columns only a collections list or a service ticket list has: a sheet is taken for one of
 * them only when its headers name at least one. Their other columns (customer, owner, DealID,
 * notes, status, satisfaction) are every list's, so a pipeline export that also shows what was
 * collected (回款金额) stays a pipeline.
 */
const distinctive: Partial<Record<ImportTarget, readonly string[]>> = {
  Payments: ["AmountDue", "DueDate", "Installment", "ReceivedOn"],
  Service: ["TicketID", "Type", "Priority", "ResolvedOn"],
};

/**
 * Guesses whether a sheet is a customer list, a pipeline of deals, a log of follow-ups, a
 * collections list (回款计划) or a list of service tickets (工单): the table whose columns its
 * headers fill best (sum of match scores). Payments and Service count only when a column of theirs
 * that no other list has is among the headers (an amount due, a due date, an installment or a date
 * received; a ticket number, type, priority or resolution date). Ties go to the table listed first,
 * and sheets that fit nothing give Customers, the most common list people keep.
 *
 * @param headers - the header row of the sheet
 * @returns the best-fitting table and every table's score (0 for a table ruled out)
 *
 * @example
 * detectTarget(["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"]).target //=> "Deals"
 * detectTarget(["合同编号", "客户名称", "期次", "应收金额", "回款金额", "回款日期"]).target //=> "Payments"
 */
export function detectTarget(headers: readonly Cell[]): TargetGuess {
  const scores = { Customers: 0, Deals: 0, Activities: 0, Payments: 0, Service: 0 } as Record<ImportTarget, number>;
  for (const target of importTargets) {
    const needed = distinctive[target];
    const eligible = !needed || proposeMapping(headers, target).some((key) => key !== null && needed.includes(key));
    scores[target] = eligible ? mappingScore(headers, target) : 0;
  }
  let target: ImportTarget = "Customers";
  for (const candidate of importTargets) if (scores[candidate] > scores[target]) target = candidate;
  return { target, scores };
}
