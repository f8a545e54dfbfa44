/**
 * The selection store: the active sheet and the selected range, as the grid page shows them and
 * `getActiveWorksheet` / `getSelectedRange` read them. It follows sheets that are added,
 * renamed, hidden or removed.
 */
import { formatAddress, parseAddress } from "../address";
import { fail } from "../officeError";
import type { SelectionChange } from "../workbookTypes";
import type { WorkbookEvents } from "./events";
import type { SheetStore } from "./sheets";

/** The active sheet and the selection. */
export class SelectionStore {
  private active = "";
  private current: SelectionChange = { sheet: "", address: "A1" };

  constructor(
    private readonly sheets: SheetStore,
    private readonly events: WorkbookEvents,
  ) {}

  /** The active sheet's name. */
  get activeSheet(): string {
    return this.active;
  }

  /** The current selection. */
  get selection(): SelectionChange {
    return this.current;
  }

  /** Activates a sheet (its selection becomes A1 unless it already holds the selection). */
  activate(name: string): void {
    const model = this.sheets.require(name);
    if (model.visibility !== "Visible") fail("InvalidOperation", `The worksheet "${model.name}" is hidden.`);
    if (this.active === model.name) return;
    this.active = model.name;
    this.select(model.name, "A1");
  }

  /** Selects a range (activating its sheet) and notifies selection listeners, as a click in the grid does. */
  select(sheet: string, address: string): void {
    const model = this.sheets.require(sheet);
    const parsed = parseAddress(address) ?? fail("InvalidArgument", `"${address}" is not a valid address.`);
    this.active = model.name;
    this.current = { sheet: model.name, address: formatAddress(parsed) };
    this.events.selected(this.current);
    this.events.touched();
  }

  /** The first sheet of a workbook becomes active. */
  sheetAdded(name: string): void {
    if (this.active !== "") return;
    this.active = name;
    this.current = { sheet: name, address: "A1" };
  }

  /** A renamed sheet keeps the activation and the selection it had. */
  sheetRenamed(oldName: string, newName: string): void {
    if (this.active === oldName) this.active = newName;
    if (this.current.sheet === oldName) this.current = { ...this.current, sheet: newName };
  }

  /** A removed sheet hands activation and selection to the first visible sheet. */
  sheetRemoved(name: string): void {
    const lower = name.toLowerCase();
    if (this.active.toLowerCase() === lower) this.active = this.sheets.firstVisible().name;
    if (this.current.sheet.toLowerCase() === lower) this.current = { sheet: this.active, address: "A1" };
  }

  /** A hidden sheet hands activation to the first visible sheet. */
  sheetHidden(name: string): void {
    if (this.active === name) this.active = this.sheets.firstVisible().name;
  }

  /** Sets the active sheet and selection without events (used by restore). */
  restore(active: string, selection: SelectionChange): void {
    if (this.sheets.get(active)) this.active = this.sheets.get(active)!.name;
    if (this.sheets.get(selection.sheet)) this.current = selection;
  }
}
