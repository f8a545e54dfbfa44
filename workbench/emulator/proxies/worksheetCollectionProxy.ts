/**
 * `Excel.WorksheetCollection` (`context.workbook.worksheets`).
 */
import { fail } from "../officeError";
import type { Workbook } from "../workbook";
import { ClientCollection, q } from "./clientObject";
import { worksheetChangedArgs, type WorksheetChangedEventArgs } from "./changedEventArgs";
import { EventSource } from "./eventSource";
import { WorksheetProxy } from "./worksheetProxy";

/** `context.workbook.worksheets`. */
export class WorksheetCollectionProxy extends ClientCollection<WorksheetProxy, Workbook> {
  constructor(ctx: ConstructorParameters<typeof ClientCollection>[0], path: string) {
    super(ctx, path, () => ctx.runtime.book);
  }
  protected get _typeName(): string {
    return "WorksheetCollection";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  protected _currentItems(book: Workbook): WorksheetProxy[] {
    return book
      .sheetModels()
      .map((sheet) => new WorksheetProxy(this._ctx, `worksheets.getItem(${q(sheet.name)})`, () => sheet));
  }

  /** A sheet by name or id; missing → the sync fails with ItemNotFound. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      `worksheets.getItem(${q(key)})`,
      () =>
        this.book.sheet(key) ??
        this.book.stores.sheets.byUid(key) ??
        fail("ItemNotFound", `The requested resource doesn't exist: worksheet "${key}".`),
    )._register("getItem", { key }, this);
  }

  /** A sheet by name or id, or a null object. */
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      `worksheets.getItemOrNullObject(${q(key)})`,
      () => this.book.sheet(key) ?? this.book.stores.sheets.byUid(key) ?? null,
    )._register("getItemOrNullObject", { key }, this);
  }

  /** Adds a sheet at the end (Excel names it SheetN when no name is given). */
  add(name?: string): WorksheetProxy {
    let created: ReturnType<Workbook["addSheet"]> | null = null;
    const proxy = new WorksheetProxy(this._ctx, `worksheets.add(${name === undefined ? "" : q(name)})`, () => created);
    this._enqueue("add", { name: name ?? null }, () => {
      created = this.book.addSheet(name);
      proxy._resolveOrNull();
    });
    return proxy;
  }

  /** The active sheet. */
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, "worksheets.getActiveWorksheet()", () =>
      this.book.requireSheet(this.book.activeSheet),
    )._register("getActiveWorksheet", undefined, this);
  }

  /** The first (visible) sheet. */
  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      `worksheets.getFirst(${visibleOnly ?? ""})`,
      () =>
        this.book.sheetModels().find((s) => !visibleOnly || s.visibility === "Visible") ??
        fail("ItemNotFound", "No worksheet."),
    )._register("getFirst", undefined, this);
  }

  /** The last (visible) sheet. */
  getLast(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      `worksheets.getLast(${visibleOnly ?? ""})`,
      () =>
        [...this.book.sheetModels()].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ??
        fail("ItemNotFound", "No worksheet."),
    )._register("getLast", undefined, this);
  }

  /** Selection changes on any sheet. */
  get onSelectionChanged(): EventSource<{ address: string; worksheetId: string; type: string; source: string }> {
    return new EventSource(
      this._ctx,
      "worksheets.onSelectionChanged",
      "WorksheetCollection.onSelectionChanged",
      (emit) =>
        this.book.stores.events.onSelection((change) =>
          emit({
            address: change.address,
            worksheetId: this.book.requireSheet(change.sheet).uid,
            type: "WorksheetSelectionChanged",
            source: "Local",
          }),
        ),
    );
  }

  /** Cell content changes on any sheet (Excel.WorksheetChangedEventArgs). */
  get onChanged(): EventSource<WorksheetChangedEventArgs> {
    return new EventSource(this._ctx, "worksheets.onChanged", "WorksheetCollection.onChanged", (emit) =>
      this.book.stores.events.onCellsChanged((change) => {
        const sheet = this.book.sheet(change.sheet);
        if (sheet) emit(worksheetChangedArgs(change, sheet, this._ctx.runtime.profile));
      }),
    );
  }
}
