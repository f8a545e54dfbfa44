import type { SetupHeaderLookup } from "@core/setup/formulaColumns";
import { columnRef } from "@core/workbook/structuredRef";

/**
 * Workbook names set-up defines over table columns. Excel accepts neither structured references
 * in a data-validation list source nor in a conditional-format formula, but it accepts a name that
 * refers to one, and the name follows the table as it grows or is renamed.
 */
export const workbookNames = {
  stages: "SalesGrid_Stages",
  staleDays: "SalesGrid_StaleDays",
  reps: "SalesGrid_Reps",
} as const;

export type WorkbookName = { readonly name: string; readonly refersTo: string };

/**
 * The names set-up needs, as references built from the headers as written; a name whose table
 * or column is missing is left out.
 *
 * @param lookup - where the tables and headers stand
 * @returns the names and what they refer to
 * @example
 * neededNames(lookup)[0] //=> { name: "SalesGrid_Stages", refersTo: "=Stages[Stage]" }
 */
export function neededNames(lookup: SetupHeaderLookup): WorkbookName[] {
  const entries: [string, "Stages" | "Team", string][] = [
    [workbookNames.stages, "Stages", "Stage"],
    [workbookNames.staleDays, "Stages", "StaleDays"],
    [workbookNames.reps, "Team", "Rep"],
  ];
  return entries.flatMap(([name, table, key]) => {
    const written = lookup.table(table);
    const header = lookup.header(table, key);
    return written && header ? [{ name, refersTo: `=${columnRef(written.name, header)}` }] : [];
  });
}
