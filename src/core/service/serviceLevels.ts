import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { columnIndex } from "@core/workbook/columnIndex";
import type { ServiceTicket } from "./serviceTickets";

/** Days to resolve a ticket, per type and priority as written (keys "repair|high", "维修|高"). */
export type ServiceLevels = ReadonlyMap<string, number>;

const levelKey = (type: Cell, priority: Cell) => `${normalizeLabel(type)}|${normalizeLabel(priority)}`;

/**
 * The ServiceLevels table as a look-up, read the way Service[DueBy]'s formula reads it: a row
 * counts when its Days is a number ≥ 0; a type and priority listed twice keep the fewer days
 * (MINIFS). Types and priorities match as the formula's COUNTIFS matches them: the same text,
 * case ignored (a ticket typed "Repair" in a workbook whose levels say 维修 has no level).
 *
 * @param headers - the ServiceLevels header row
 * @param rows - its data rows
 * @returns the days per type and priority
 * @example
 * serviceLevels(["Type", "Priority", "Days"], [["Repair", "High", 1]]).get("repair|high") //=> 1
 */
export function serviceLevels(headers: readonly string[], rows: readonly (readonly Cell[])[]): ServiceLevels {
  const columns = columnIndex("ServiceLevels", headers);
  const levels = new Map<string, number>();
  if (columns.Type < 0 || columns.Priority < 0 || columns.Days < 0) return levels;
  for (const cells of rows) {
    const days = typeof cells[columns.Days] === "number" ? (cells[columns.Days] as number) : undefined;
    if (days === undefined || days < 0) continue;
    const key = levelKey(cells[columns.Type], cells[columns.Priority]);
    levels.set(key, Math.min(levels.get(key) ?? Infinity, days));
  }
  return levels;
}

/**
 * The service level of a ticket in days, or null when its type or priority is blank or no level matches.
 *
 * @example
 * levelDays({ type: "Repair", priority: "high" }, levels) //=> 1
 */
export function levelDays(ticket: Pick<ServiceTicket, "type" | "priority">, levels: ServiceLevels): number | null {
  if (!ticket.type || !ticket.priority) return null;
  return levels.get(levelKey(ticket.type, ticket.priority)) ?? null;
}

/**
 * What Service[DueBy] holds: OpenedOn plus the ticket's service level in days; null when the
 * ticket has no opening date or no level matches (the formula's blank).
 *
 * @param ticket - the ticket
 * @param levels - the ServiceLevels look-up
 * @returns the due date's serial, or null
 * @example
 * serviceDueBy({ openedOn: 45500, type: "Repair", priority: "High" }, levels) //=> 45501
 */
export function serviceDueBy(
  ticket: Pick<ServiceTicket, "openedOn" | "type" | "priority">,
  levels: ServiceLevels,
): number | null {
  const days = levelDays(ticket, levels);
  return ticket.openedOn === null || days === null ? null : ticket.openedOn + days;
}
