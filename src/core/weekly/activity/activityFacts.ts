import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { customerBook } from "@core/customers/customerBook";
import type { CustomerTableRows } from "@core/customers/customerRecords";
import { columnIndex } from "@core/workbook/columnIndex";
import type { TableName } from "@core/workbook/schema";
import { activityMethodOf, type ActivityMethod } from "@core/weekly/activity/activityMethod";

/** A table as read from the workbook (what src/excel's readTables gives), headers in either language. */
export type ActivityTableRows = { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

/** The tables the activity figures read (Activities, Customers, Team, KpiWeights); any may be missing. */
export type ActivityTables = Partial<Record<TableName, ActivityTableRows>>;

/** One follow-up: an Activities row that is not the pool's bookkeeping. */
export type FollowUpFact = {
  /** The owner, normalized (how SUMIFS compares it). */
  readonly owner: string;
  readonly date: number;
  readonly method: ActivityMethod;
  /** The Customer cell, normalized: what "distinct customers touched" compares. */
  readonly customer: string;
};

/** A customer a rep works (not in the public pool), with its NextContact value as read. */
export type WorkedCustomerFact = { readonly owner: string; readonly nextContact: number | null };

/** A rep of the scope: the name as the Team table (or the first row naming them) spells it. */
export type ScopeRep = { readonly rep: string; readonly key: string };

export type ActivityFacts = {
  readonly followUps: readonly FollowUpFact[];
  readonly customers: readonly WorkedCustomerFact[];
  /** The Team table's rows: rep and team, in table order. */
  readonly members: readonly { readonly rep: string; readonly team: string }[];
  /** The owners as first written, by normalized name: names for owners missing from Team. */
  readonly ownerNames: ReadonlyMap<string, string>;
};

function withColumns(name: TableName, table: ActivityTableRows | undefined): CustomerTableRows | undefined {
  return table ? { rows: table.rows, columns: columnIndex(name, table.headers) } : undefined;
}

/**
 * Reads the tables into the facts the activity figures count, through the customer book (so
 * dates, owners, the pool status and the pool's bookkeeping rows read as the Customers area reads
 * them).
 */
export function activityFacts(tables: ActivityTables): ActivityFacts {
  const book = customerBook({
    Customers: withColumns("Customers", tables.Customers) ?? { rows: [], columns: {} },
    Activities: withColumns("Activities", tables.Activities),
  });
  const ownerNames = new Map<string, string>();
  const named = (owner: string) => {
    const key = normalizeLabel(owner);
    if (key && !ownerNames.has(key)) ownerNames.set(key, owner.trim());
    return key;
  };
  const followUps: FollowUpFact[] = [];
  for (const activity of book.activities) {
    // Claims, releases and reassignments are the pool's bookkeeping, not follow-ups.
    if (activity.kind !== "contact" || activity.date === null) continue;
    followUps.push({
      owner: named(activity.owner),
      // A time of day typed with the date still falls on that day.
      date: Math.floor(activity.date),
      method: activityMethodOf(activity.method),
      customer: normalizeLabel(activity.customer),
    });
  }
  const customers: WorkedCustomerFact[] = book.customers
    .filter((customer) => customer.status !== "pool")
    .map((customer) => ({ owner: named(customer.owner), nextContact: customer.nextContact }));
  const team = withColumns("Team", tables.Team);
  const text = (row: readonly Cell[], at: number | undefined) =>
    at === undefined || at < 0 ? "" : String(row[at] ?? "").trim();
  const members = (team?.rows ?? [])
    .map((row) => ({ rep: text(row, team?.columns.Rep), team: text(row, team?.columns.Team) }))
    .filter((member) => member.rep !== "");
  return { followUps, customers, members, ownerNames };
}

/**
 * The reps of a scope, in Team order (each once): everyone's, or those of one team (its name
 * compared case-insensitively). Everyone means every row, so owners with figures who are not on
 * the Team table (`active`) follow the Team's reps, in the order first seen.
 */
export function scopeReps(facts: ActivityFacts, team: string | null, active: ReadonlySet<string>): ScopeRep[] {
  const wanted = team === null ? null : normalizeLabel(team);
  const reps: ScopeRep[] = [];
  const seen = new Set<string>();
  for (const member of facts.members) {
    const key = normalizeLabel(member.rep);
    if (seen.has(key) || (wanted !== null && normalizeLabel(member.team) !== wanted)) continue;
    seen.add(key);
    reps.push({ rep: member.rep, key });
  }
  if (wanted !== null) return reps;
  const onTeam = new Set(facts.members.map((member) => normalizeLabel(member.rep)));
  for (const [key, rep] of facts.ownerNames) if (active.has(key) && !onTeam.has(key)) reps.push({ rep, key });
  return reps;
}
