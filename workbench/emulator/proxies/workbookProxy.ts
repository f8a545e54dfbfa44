/**
 * `Excel.Workbook` (`context.workbook`).
 */
import { parseAddress } from "../address";
import { fail } from "../officeError";
import type { RequestContext } from "../requestContext";
import type { Workbook } from "../workbook";
import { ApplicationProxy } from "./applicationProxy";
import { ClientObject } from "./clientObject";
import { EventSource } from "./eventSource";
import { NamedItemCollectionProxy } from "./namedItemProxy";
import { RangeProxy } from "./rangeProxy";
import { SettingCollectionProxy } from "./settingProxy";
import { TableCollectionProxy } from "./tableProxy";
import { WorksheetCollectionProxy } from "./worksheetCollectionProxy";

/** `context.workbook`. */
export class WorkbookProxy extends ClientObject<Workbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(ctx: RequestContext) {
    super(ctx, "workbook", () => ctx.runtime.book);
    this.worksheets = new WorksheetCollectionProxy(ctx, "worksheets");
    this.tables = new TableCollectionProxy(ctx, "tables");
    this.names = new NamedItemCollectionProxy(ctx, "names");
    this.settings = new SettingCollectionProxy(ctx, "settings");
    this.application = new ApplicationProxy(ctx, "application");
  }
  protected get _typeName(): string {
    return "Workbook";
  }
  protected _scalarNames(): readonly string[] {
    return ["name"];
  }
  protected _read(name: string): unknown {
    if (name === "name") return "SalesGrid workbench.xlsx";
    return this._unknown(name);
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    switch (name) {
      case "worksheets":
        return this.worksheets;
      case "tables":
        return this.tables;
      case "names":
        return this.names;
      case "settings":
        return this.settings;
      case "application":
        return this.application;
      default:
        return undefined;
    }
  }
  get name(): string {
    return this._get("name");
  }

  /** The selected range (the grid's selection). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, "workbook.getSelectedRange()", () => {
      const book = this._target();
      const sel = book.selection;
      const sheet = book.requireSheet(sel.sheet);
      const rect = parseAddress(sel.address) ?? fail("InvalidSelection", "The current selection is invalid.");
      return { sheet, rect: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right } };
    })._register("getSelectedRange", undefined, this);
  }

  /** The top-left cell of the selection. */
  getActiveCell(): RangeProxy {
    return new RangeProxy(this._ctx, "workbook.getActiveCell()", () => {
      const book = this._target();
      const sel = book.selection;
      const rect = parseAddress(sel.address) ?? fail("InvalidSelection", "The current selection is invalid.");
      return {
        sheet: book.requireSheet(sel.sheet),
        rect: { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left },
      };
    })._register("getActiveCell", undefined, this);
  }

  /** Selection changes anywhere in the workbook. */
  get onSelectionChanged(): EventSource<{ workbook: WorkbookProxy; type: string }> {
    return new EventSource(this._ctx, "workbook.onSelectionChanged", "Workbook.onSelectionChanged", (emit) =>
      this._target().stores.events.onSelection(() => emit({ workbook: this, type: "WorkbookSelectionChanged" })),
    );
  }
}
