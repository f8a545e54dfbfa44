import { normalizeLabel } from "@core/cells/outcome";
import { serviceTypeChoices } from "@core/workbook/schema";
import { levelDays, serviceDueBy, type ServiceLevels } from "./serviceLevels";
import { choiceKey, isOpenTicket, type ServiceTicket } from "./serviceTickets";

/** An open ticket measured against its service level on a day. */
export type OpenTicket = {
  readonly ticket: ServiceTicket;
  /** Days since it was opened (0 on the day), null without an opening date. */
  readonly daysOpen: number | null;
  /** Its service level in days, null when none matches. */
  readonly levelDays: number | null;
  /** Service[DueBy]: OpenedOn + levelDays, null when either is missing. */
  readonly dueBy: number | null;
  /** Past DueBy (DueBy < today), as the sheet's red rows. */
  readonly overdue: boolean;
};

/** One owner's open tickets, the most overdue first. */
export type OwnerTickets = {
  /** The owner as written ("" for tickets without one). */
  readonly owner: string;
  readonly tickets: readonly OpenTicket[];
  readonly overdue: number;
};

/** An average over a group of tickets (by type or by owner). */
export type TicketAverage = {
  /** The type's English key (choiceKey) or the owner as written. */
  readonly name: string;
  /** How many tickets the average is over. */
  readonly count: number;
  readonly average: number;
};

/** What the Service area shows. */
export type ServiceSummary = {
  readonly openCount: number;
  readonly overdueCount: number;
  /** Owners with open tickets, most overdue first, then most open, then by name. */
  readonly byOwner: readonly OwnerTickets[];
  /** Average days from OpenedOn to ResolvedOn of resolved tickets, per type in choice order (then others). */
  readonly resolutionByType: readonly TicketAverage[];
  /** Average satisfaction (1–5) of rated tickets, per type. */
  readonly csatByType: readonly TicketAverage[];
  /** Average satisfaction (1–5) of rated tickets, per owner. */
  readonly csatByOwner: readonly TicketAverage[];
};

const typeOrder = serviceTypeChoices.map((choice) => choice["en-US"]);

function averages(
  groups: Map<string, { name: string; sum: number; count: number }>,
  order: (a: TicketAverage, b: TicketAverage) => number,
): TicketAverage[] {
  return [...groups.values()].map(({ name, sum, count }) => ({ name, count, average: sum / count })).sort(order);
}

function add(groups: Map<string, { name: string; sum: number; count: number }>, name: string, value: number) {
  const key = normalizeLabel(name);
  const group = groups.get(key) ?? { name, sum: 0, count: 0 };
  group.sum += value;
  group.count += 1;
  groups.set(key, group);
}

const byType = (a: TicketAverage, b: TicketAverage) => {
  const at = (name: string) => (typeOrder.includes(name) ? typeOrder.indexOf(name) : typeOrder.length);
  return at(a.name) - at(b.name) || a.name.localeCompare(b.name);
};
const byName = (a: TicketAverage, b: TicketAverage) => a.name.localeCompare(b.name);

/**
 * The Service area's figures on a day: open tickets by owner with days open against the service
 * level (overdue when DueBy < today, as the sheet's red rows), the average resolution time by
 * type (resolved tickets with both dates, ResolvedOn ≥ OpenedOn) and CSAT — the average
 * satisfaction 1–5 of rated tickets — by type and by owner. Types written in either language
 * count as one (choiceKey); owners are compared trimmed and case-insensitively.
 *
 * @param tickets - the Service table's tickets
 * @param levels - the ServiceLevels look-up
 * @param today - today's serial
 * @returns the figures
 * @example
 * serviceSummary([{ …, type: "Repair", openedOn: 45500, resolvedOn: 45503, satisfaction: 4 }], levels, 45510).resolutionByType
 * //=> [{ name: "Repair", count: 1, average: 3 }]
 */
export function serviceSummary(
  tickets: readonly ServiceTicket[],
  levels: ServiceLevels,
  today: number,
): ServiceSummary {
  const owners = new Map<string, { owner: string; tickets: OpenTicket[] }>();
  const resolution = new Map<string, { name: string; sum: number; count: number }>();
  const csatType = new Map<string, { name: string; sum: number; count: number }>();
  const csatOwner = new Map<string, { name: string; sum: number; count: number }>();
  for (const ticket of tickets) {
    const type = choiceKey(serviceTypeChoices, ticket.type);
    if (isOpenTicket(ticket)) {
      const dueBy = serviceDueBy(ticket, levels);
      const open: OpenTicket = {
        ticket,
        daysOpen: ticket.openedOn === null ? null : Math.max(0, today - ticket.openedOn),
        levelDays: levelDays(ticket, levels),
        dueBy,
        overdue: dueBy !== null && dueBy < today,
      };
      const key = normalizeLabel(ticket.owner);
      const group = owners.get(key) ?? { owner: ticket.owner, tickets: [] };
      group.tickets.push(open);
      owners.set(key, group);
    } else if (ticket.openedOn !== null && ticket.resolvedOn !== null && ticket.resolvedOn >= ticket.openedOn) {
      add(resolution, type, ticket.resolvedOn - ticket.openedOn);
    }
    if (!isOpenTicket(ticket) && ticket.satisfaction !== null) {
      add(csatType, type, ticket.satisfaction);
      if (ticket.owner) add(csatOwner, ticket.owner, ticket.satisfaction);
    }
  }
  const lateness = (open: OpenTicket) => (open.dueBy === null ? -Infinity : -open.dueBy);
  const byOwner = [...owners.values()]
    .map(({ owner, tickets: open }) => ({
      owner,
      tickets: [...open].sort((a, b) => lateness(b) - lateness(a) || (b.daysOpen ?? 0) - (a.daysOpen ?? 0)),
      overdue: open.filter((t) => t.overdue).length,
    }))
    .sort((a, b) => b.overdue - a.overdue || b.tickets.length - a.tickets.length || a.owner.localeCompare(b.owner));
  return {
    openCount: byOwner.reduce((sum, group) => sum + group.tickets.length, 0),
    overdueCount: byOwner.reduce((sum, group) => sum + group.overdue, 0),
    byOwner,
    resolutionByType: averages(resolution, byType),
    csatByType: averages(csatType, byType),
    csatByOwner: averages(csatOwner, byName),
  };
}
