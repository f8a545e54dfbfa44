import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import type { Cadence } from "@core/formulas/customers/nextVisit";
import { defaultTierCadenceDays, serviceTypeChoices } from "@core/workbook/schema";
import { choiceKey } from "./serviceTickets";

/** Days within which a complaint's return visit is due, whatever the customer's tier. */
export const COMPLAINT_VISIT_DAYS = 7;

/** Days to a return visit when the customer has no tier the cadence knows (the default B cadence). */
export const UNTIERED_VISIT_DAYS = defaultTierCadenceDays.B;

/** When the return visit (回访) after a closed ticket is due, and why. */
export type ReturnVisit = {
  /** ResolvedOn + days: the Activities row's NextContact. */
  readonly due: number;
  readonly days: number;
  /** complaint: within 7 days; tier: the tier's cadence; untiered: no tier the cadence knows. */
  readonly reason: "complaint" | "tier" | "untiered";
};

/**
 * The return visit a closed ticket schedules: after the customer's tier cadence (Cadences, as
 * Customers[NextContact] uses it), or within 7 days for a complaint (the sooner of 7 and the
 * cadence). A customer without a known tier gets the default B cadence (30 days).
 *
 * @param type - the ticket's type (either language)
 * @param resolvedOn - the day it was closed
 * @param tier - the customer's tier, "" when unknown
 * @param cadence - days per normalized tier
 * @returns the due day, the days and the reason
 * @example
 * returnVisit("投诉", 45500, "C", new Map([["c", 90]])) //=> { due: 45507, days: 7, reason: "complaint" }
 * returnVisit("Repair", 45500, "A", new Map([["a", 14]])) //=> { due: 45514, days: 14, reason: "tier" }
 */
export function returnVisit(type: Cell, resolvedOn: number, tier: Cell, cadence: Cadence): ReturnVisit {
  const tierDays = cadence.get(normalizeLabel(tier));
  if (choiceKey(serviceTypeChoices, type) === "Complaint") {
    const days = Math.min(COMPLAINT_VISIT_DAYS, tierDays ?? COMPLAINT_VISIT_DAYS);
    return { due: resolvedOn + days, days, reason: "complaint" };
  }
  if (tierDays === undefined)
    return { due: resolvedOn + UNTIERED_VISIT_DAYS, days: UNTIERED_VISIT_DAYS, reason: "untiered" };
  return { due: resolvedOn + tierDays, days: tierDays, reason: "tier" };
}

/**
 * The Summary of the Activities row a closed ticket writes, in the workbook's language: it names
 * the return visit (回访) and the ticket, so the row reads as what it is in the sheet.
 *
 * @example
 * returnVisitSummary("T-0003", "Repair", "zh-CN") //=> "回访：工单T-0003（维修）已关闭"
 * returnVisitSummary("T-0003", "Repair", "en-US") //=> "Return visit (回访): ticket T-0003 (Repair) closed"
 */
export function returnVisitSummary(ticketId: string, type: Cell, language: "en-US" | "zh-CN"): string {
  const key = choiceKey(serviceTypeChoices, type);
  const choice = serviceTypeChoices.find((c) => c["en-US"] === key);
  const label = choice ? choice[language] : key;
  const typed = label ? (language === "zh-CN" ? `（${label}）` : ` (${label})`) : "";
  return language === "zh-CN"
    ? `回访：工单${ticketId}${typed}已关闭`
    : `Return visit (回访): ticket ${ticketId}${typed} closed`;
}
