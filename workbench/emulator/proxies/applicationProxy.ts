/**
 * `Excel.Application`: calculation control. `suspendApiCalculationUntilNextSync` really suspends:
 * formulas written after it in the same request keep their old values until `calculate` or a
 * later edit (stores/calculation.ts).
 */
import { fail } from "../officeError";
import type { Workbook } from "../workbook";
import { ClientObject } from "./clientObject";

/** `context.workbook.application`. */
export class ApplicationProxy extends ClientObject<Workbook> {
  constructor(ctx: ConstructorParameters<typeof ClientObject>[0], path: string) {
    super(ctx, path, () => ctx.runtime.book);
  }
  protected get _typeName(): string {
    return "Application";
  }
  protected _scalarNames(): readonly string[] {
    return ["calculationMode"];
  }
  protected _read(name: string, book: Workbook): unknown {
    if (name === "calculationMode") return book.stores.calculation.calculationMode;
    return this._unknown(name);
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(v: string) {
    this._set("calculationMode", v, (book) => {
      if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(v))
        fail("InvalidArgument", `"${v}" is not a calculation mode.`);
      book.stores.calculation.calculationMode = v;
    });
  }
  /** Recalculates ("Recalculate", "Full", "FullRebuild"). */
  calculate(calculationType: string): void {
    this._enqueue("calculate", { calculationType }, () => this._target().recalculate());
  }
  /** Suspends calculation for the rest of this request; recalculating is then the add-in's job. */
  suspendApiCalculationUntilNextSync(): void {
    this._enqueue("suspendApiCalculationUntilNextSync", undefined, () => {
      this._target().stores.calculation.suspendApiCalculation();
    });
  }
  /** A performance hint for the next sync. */
  suspendScreenUpdatingUntilNextSync(): void {
    this._enqueue("suspendScreenUpdatingUntilNextSync", undefined, () => undefined);
  }
}
