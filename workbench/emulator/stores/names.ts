/**
 * The name store: workbook names (`workbook.names`), each kept as Excel's reference text and
 * registered with the engine as a named expression. Names and tables share one namespace.
 */
import { DetailedCellError } from "hyperformula";
import { fail } from "../officeError";
import type { TableModel } from "../tableModel";
import type { NameModel } from "../workbookTypes";
import type { Calculation } from "./calculation";
import type { WorkbookEvents } from "./events";
import type { FormulaStore } from "./formulas";
import type { TableStore } from "./tables";

/** Workbook names. */
export class NameStore {
  private readonly list: NameModel[] = [];

  constructor(
    private readonly calc: Calculation,
    private readonly tables: TableStore,
    private readonly formulas: FormulaStore,
    private readonly events: WorkbookEvents,
  ) {}

  /** Copies of the workbook names. */
  all(): NameModel[] {
    return this.list.map((n) => ({ ...n }));
  }

  /** A name (case-insensitive) or undefined. */
  get(name: string): NameModel | undefined {
    const lower = name.toLowerCase();
    return this.list.find((n) => n.name.toLowerCase() === lower);
  }

  /** Whether a table (other than `except`) or a name already uses this name. */
  isTaken(name: string, except?: TableModel): boolean {
    const lower = name.toLowerCase();
    return this.tables.hasName(name, except) || this.list.some((n) => n.name.toLowerCase() === lower);
  }

  /** Adds a workbook name for a reference ("=Sheet!$A$1", "Sheet!A1:B2" or a formula). */
  add(name: string, reference: string, comment = ""): NameModel {
    if (
      !/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(TRUE|FALSE)$/i.test(name)
    )
      fail("InvalidArgument", `"${name}" is not a valid name.`);
    if (this.isTaken(name)) fail("ItemAlreadyExists", `The name "${name}" already exists.`);
    const formula = reference.startsWith("=") ? reference : `=${reference}`;
    const translated = this.formulas.translateWorkbookFormula(formula);
    this.calc.evaluate();
    try {
      this.calc.hf.addNamedExpression(name, translated);
    } catch (e) {
      fail("InvalidArgument", `The reference ${reference} is not valid: ${e instanceof Error ? e.message : String(e)}`);
    }
    const model: NameModel = { name, formula, comment, visible: true };
    this.list.push(model);
    this.events.touched();
    return model;
  }

  /** Deletes a name. */
  delete(name: string): void {
    const model = this.get(name) ?? fail("ItemNotFound", `The name "${name}" does not exist.`);
    this.calc.evaluate();
    this.calc.hf.removeNamedExpression(model.name);
    this.list.splice(this.list.indexOf(model), 1);
    this.events.touched();
  }

  /** The value a name evaluates to (the top-left cell for a range). */
  value(name: string): number | string | boolean | null {
    this.calc.evaluate();
    const v = this.calc.hf.getNamedExpressionValue(name);
    if (v instanceof DetailedCellError) return v.value;
    if (Array.isArray(v)) {
      const first = v[0]?.[0];
      return first instanceof DetailedCellError ? first.value : (first ?? null);
    }
    return v ?? null;
  }

  /** Inserts a name as it was snapshotted. */
  restore(model: NameModel): void {
    try {
      this.calc.hf.addNamedExpression(model.name, this.formulas.translateWorkbookFormula(model.formula));
    } catch {
      // A name whose reference no longer parses is kept as a record, as Excel keeps #REF! names.
    }
    this.list.push({ ...model });
  }
}
