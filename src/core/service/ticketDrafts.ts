import { normalizeLabel } from "@core/cells/outcome";
import { nextIds } from "@core/workbook/recordIds";
import type { Cell } from "@core/cells/cell";

/** The default TicketID prefix (T-0001 …); an existing pattern in the table wins. */
export const TICKET_PREFIX = "T-";

/** A ticket as the open form holds it (dates already read: undefined when what was typed is not one). */
export type NewTicketDraft = {
  readonly customer: string;
  readonly dealId: string;
  readonly openedOn: number | undefined;
  /** Type and priority as the workbook writes them (its language's choice labels). */
  readonly type: string;
  readonly priority: string;
  readonly owner: string;
  readonly summary: string;
};

/** What the open form may name. */
export type TicketChoices = {
  readonly customers: readonly string[];
  /** The Team's reps (and the customers' owners); empty when the workbook lists none. */
  readonly owners: readonly string[];
  readonly types: readonly string[];
  readonly priorities: readonly string[];
};

export type NewTicketProblem = "needCustomer" | "badDate" | "badType" | "badPriority" | "unknownOwner" | "needSummary";

const among = (choices: readonly string[], value: string) =>
  choices.some((choice) => normalizeLabel(choice) === normalizeLabel(value));

/**
 * What is wrong with a new ticket before anything is written, or null: no customer (or one the
 * Customers table does not list, when it lists any), an opening date that is not one, a type or
 * priority outside the lists, an owner who is not a rep (when the Team lists any), no summary.
 *
 * @param draft - the ticket as entered
 * @param choices - what may be named
 * @returns the first problem, or null when it can be written
 * @example
 * checkNewTicket({ customer: "Acme", dealId: "", openedOn: undefined, type: "Repair", priority: "High", owner: "Li", summary: "Pump" }, choices) //=> "badDate"
 */
export function checkNewTicket(draft: NewTicketDraft, choices: TicketChoices): NewTicketProblem | null {
  if (!draft.customer.trim() || (choices.customers.length > 0 && !among(choices.customers, draft.customer)))
    return "needCustomer";
  if (draft.openedOn === undefined) return "badDate";
  if (!among(choices.types, draft.type)) return "badType";
  if (!among(choices.priorities, draft.priority)) return "badPriority";
  if (choices.owners.length > 0 ? !among(choices.owners, draft.owner) : false) return "unknownOwner";
  if (!draft.summary.trim()) return "needSummary";
  return null;
}

/** A ticket's closing as the close form holds it. */
export type CloseTicketDraft = {
  /** undefined when what was typed is not a date. */
  readonly resolvedOn: number | undefined;
  /** 1–5, or null when the customer gave none. */
  readonly satisfaction: number | null;
};

export type CloseTicketProblem = "badDate" | "beforeOpened" | "badSatisfaction";

/**
 * What is wrong with closing a ticket, or null: a resolution day that is not a date or is
 * before the ticket was opened, a satisfaction other than a whole 1–5.
 *
 * @param draft - the closing as entered
 * @param openedOn - the ticket's OpenedOn (null when it has none)
 * @returns the first problem, or null
 * @example
 * checkCloseTicket({ resolvedOn: 45499, satisfaction: 5 }, 45500) //=> "beforeOpened"
 */
export function checkCloseTicket(draft: CloseTicketDraft, openedOn: number | null): CloseTicketProblem | null {
  if (draft.resolvedOn === undefined) return "badDate";
  if (openedOn !== null && draft.resolvedOn < openedOn) return "beforeOpened";
  const s = draft.satisfaction;
  if (s !== null && !(Number.isInteger(s) && s >= 1 && s <= 5)) return "badSatisfaction";
  return null;
}

/**
 * The next TicketID, continuing the table's pattern (T-0001, T-0002 … or the workbook's own).
 *
 * @param taken - the Service table's TicketIDs
 * @returns the new ID
 * @example
 * nextTicketId(["T-0007", ""]) //=> "T-0008"
 */
export function nextTicketId(taken: readonly Cell[]): string {
  return nextIds(taken, 1, TICKET_PREFIX)[0];
}
