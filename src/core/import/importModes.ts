import type { SourceKind } from "@core/import/importSource";
import type { ImportMode } from "@core/import/tableLayout";

/**
 * Where an import may write: at the end of the target table when the workbook has it; otherwise
 * into a new sheet, or (for cells of a sheet, not a file) by converting the list where it is.
 * The first one is the default.
 *
 * @param tableExists - whether the workbook already has the target table
 * @param kind - where the rows come from
 * @returns the modes the user may choose from, default first
 *
 * @example
 * importModes(false, "sheet") //=> ["new-sheet", "in-place"]
 */
export function importModes(tableExists: boolean, kind: SourceKind): ImportMode[] {
  if (tableExists) return ["append"];
  return kind !== "csv" ? ["new-sheet", "in-place"] : ["new-sheet"];
}

/**
 * The mode an import writes in: the user's choice while it is one of the modes allowed, else
 * the default (a choice made for another target or source falls back).
 *
 * @param modes - the allowed modes, default first (importModes)
 * @param choice - the user's choice, if any
 * @returns the mode to plan and write with
 *
 * @example
 * chosenMode(["append"], "in-place") //=> "append"
 */
export function chosenMode(modes: readonly ImportMode[], choice: ImportMode | undefined): ImportMode {
  return choice && modes.includes(choice) ? choice : modes[0];
}
