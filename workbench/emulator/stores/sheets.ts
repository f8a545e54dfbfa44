/**
 * The sheet store: the worksheets in tab order, their Excel ids, and the engine sheets behind
 * them. It adds, renames, moves, hides and removes sheets; what follows from that elsewhere
 * (the active sheet, tables on a removed sheet, formulas that name a sheet) is the workbook's
 * to compose.
 */
import { fail } from "../officeError";
import { isValidSheetName, newSheetModel, type SheetModel } from "../sheetModel";
import type { Calculation } from "./calculation";

/** Worksheets by name, Excel id and engine id. */
export class SheetStore {
  private readonly list: SheetModel[] = [];
  /** The counter behind new sheets' Excel ids (kept in snapshots). */
  nextUid = 1;

  constructor(private readonly calc: Calculation) {}

  /** Sheet names in tab order. */
  names(): string[] {
    return this.list.map((s) => s.name);
  }

  /** Sheet models in tab order. */
  models(): readonly SheetModel[] {
    return this.list;
  }

  /** A sheet by name (case-insensitive, as Excel matches), or undefined. */
  get(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.list.find((s) => s.name.toLowerCase() === wanted);
  }

  /** A sheet by name, or fails with ItemNotFound. */
  require(name: string): SheetModel {
    return this.get(name) ?? fail("ItemNotFound", `The worksheet "${name}" does not exist.`);
  }

  /** A sheet by Excel id. */
  byUid(uid: string): SheetModel | undefined {
    return this.list.find((s) => s.uid === uid);
  }

  /** A sheet by engine id, or fails with ItemNotFound. */
  byEngineId(id: number): SheetModel {
    return this.list.find((s) => s.hfId === id) ?? fail("ItemNotFound", `No sheet with engine id ${id}.`);
  }

  /** The first visible sheet in tab order (there always is one). */
  firstVisible(): SheetModel {
    return this.list.find((s) => s.visibility === "Visible")!;
  }

  /** Adds a sheet at the end; without a name, "SheetN". */
  add(name?: string): SheetModel {
    let sheetName = name;
    if (sheetName === undefined || sheetName === "") {
      let n = this.list.length + 1;
      while (this.get(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    if (!isValidSheetName(sheetName)) fail("InvalidArgument", `"${sheetName}" is not a valid worksheet name.`);
    if (this.get(sheetName)) fail("ItemAlreadyExists", `A worksheet named "${sheetName}" already exists.`);
    const hfName = this.calc.hf.addSheet(sheetName);
    const uid = `{${String(this.nextUid++).padStart(8, "0")}-0001-0000-0000-000000000000}`;
    const model = newSheetModel(uid, this.calc.hf.getSheetId(hfName)!, sheetName);
    this.list.push(model);
    return model;
  }

  /** Removes a sheet from the tabs and the engine; Excel refuses to delete the last visible sheet. */
  remove(model: SheetModel): void {
    if (!this.othersVisible(model)) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.calc.evaluate();
    this.calc.hf.removeSheet(model.hfId);
    this.list.splice(this.list.indexOf(model), 1);
  }

  /** Renames a sheet in the engine (its formulas follow, as in Excel). */
  rename(model: SheetModel, newName: string): void {
    if (!isValidSheetName(newName)) fail("InvalidArgument", `"${newName}" is not a valid worksheet name.`);
    const clash = this.get(newName);
    if (clash && clash !== model) fail("ItemAlreadyExists", `A worksheet named "${newName}" already exists.`);
    this.calc.evaluate();
    this.calc.hf.renameSheet(model.hfId, newName);
    model.name = newName;
  }

  /** Moves a sheet to a 0-based tab position. */
  move(model: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.list.length)
      fail("InvalidArgument", `Position ${position} is out of range.`);
    this.list.splice(this.list.indexOf(model), 1);
    this.list.splice(position, 0, model);
  }

  /** Hides or shows a sheet; the last visible one cannot be hidden. */
  setVisibility(model: SheetModel, visibility: SheetModel["visibility"]): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      fail("InvalidArgument", `"${visibility}" is not a sheet visibility.`);
    if (visibility !== "Visible" && !this.othersVisible(model))
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    model.visibility = visibility;
  }

  private othersVisible(model: SheetModel): boolean {
    return this.list.some((s) => s.visibility === "Visible" && s !== model);
  }
}
