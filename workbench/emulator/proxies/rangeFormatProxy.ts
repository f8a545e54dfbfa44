/**
 * `Excel.RangeFormat` with its `font` and `fill`: formatting the grid renders. Reads report the
 * top-left cell (Excel reports null for mixed values; the add-in only reads what it set).
 */
import type { Workbook } from "../workbook";
import type { CellFormat } from "../workbookTypes";
import { ClientObject } from "./clientObject";
import type { RangeRef } from "./rangeRef";

abstract class FormatPart extends ClientObject<RangeRef> {
  protected get book(): Workbook {
    return this._ctx.runtime.book;
  }
  protected cell(ref: RangeRef): CellFormat {
    return ref.sheet.formats.get(ref.rect.top, ref.rect.left) ?? {};
  }
  protected patch(name: string, value: unknown, patch: CellFormat): void {
    this._set(name, value, (ref) => this.book.stores.formats.setFormat(ref.sheet, ref.rect, patch));
  }
}

/** `Excel.RangeFont`. */
export class RangeFontProxy extends FormatPart {
  protected get _typeName(): string {
    return "RangeFont";
  }
  protected _scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "name", "size"];
  }
  protected _read(name: string, ref: RangeRef): unknown {
    const f = this.cell(ref);
    switch (name) {
      case "bold":
        return f.bold ?? false;
      case "italic":
        return f.italic ?? false;
      case "color":
        return f.fontColor ?? "#000000";
      case "name":
        return f.fontName ?? "Aptos Narrow";
      case "size":
        return f.fontSize ?? 11;
      default:
        return this._unknown(name);
    }
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.patch("bold", v, { bold: v });
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.patch("italic", v, { italic: v });
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.patch("color", v, { fontColor: v });
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this.patch("name", v, { fontName: v });
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this.patch("size", v, { fontSize: v });
  }
}

/** `Excel.RangeFill`. */
export class RangeFillProxy extends FormatPart {
  protected get _typeName(): string {
    return "RangeFill";
  }
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(name: string, ref: RangeRef): unknown {
    if (name === "color") return this.cell(ref).fill ?? null;
    return this._unknown(name);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.patch("color", v, { fill: v });
  }
  /** Removes the fill. */
  clear(): void {
    this._enqueue("clear", undefined, () => {
      const ref = this._target();
      this.book.stores.formats.setFormat(ref.sheet, ref.rect, { fill: undefined });
    });
  }
}

/** `Excel.RangeFormat`. */
export class RangeFormatProxy extends FormatPart {
  protected get _typeName(): string {
    return "RangeFormat";
  }
  protected _scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }
  protected _read(name: string, ref: RangeRef): unknown {
    switch (name) {
      case "columnWidth":
        return this.book.stores.formats.readColumnWidth(ref.sheet, ref.rect);
      case "rowHeight":
        return ref.sheet.rowHeights.get(ref.rect.top) ?? 15;
      case "wrapText":
        return this.cell(ref).wrapText ?? false;
      case "horizontalAlignment":
        return this.cell(ref).horizontalAlignment ?? "General";
      case "verticalAlignment":
        return this.cell(ref).verticalAlignment ?? "Bottom";
      default:
        return this._unknown(name);
    }
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  private fontProxy: RangeFontProxy | undefined;
  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this._ctx, `${this._path}.font`, () => this._resolveOrNull());
    return this.fontProxy;
  }
  private fillProxy: RangeFillProxy | undefined;
  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this._ctx, `${this._path}.fill`, () => this._resolveOrNull());
    return this.fillProxy;
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set("columnWidth", v, (ref) => this.book.stores.formats.setColumnWidth(ref.sheet, ref.rect, v));
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set("rowHeight", v, (ref) => {
      for (let r = ref.rect.top; r <= Math.min(ref.rect.bottom, ref.rect.top + 100_000); r++)
        ref.sheet.rowHeights.set(r, v);
      this.book.markChanged();
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this.patch("wrapText", v, { wrapText: v });
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.patch("horizontalAlignment", v, { horizontalAlignment: v });
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.patch("verticalAlignment", v, { verticalAlignment: v });
  }

  /** Fits column widths to the displayed text. */
  autofitColumns(): void {
    this._enqueue("autofitColumns", undefined, () => {
      const ref = this._target();
      this.book.stores.formats.autofitColumns(ref.sheet, ref.rect);
    });
  }
  /** Row heights follow the default in the emulator; recorded as a command for request counting. */
  autofitRows(): void {
    this._enqueue("autofitRows", undefined, () => {
      const ref = this._target();
      for (let r = ref.rect.top; r <= Math.min(ref.rect.bottom, ref.rect.top + 100_000); r++)
        ref.sheet.rowHeights.delete(r);
      this.book.markChanged();
    });
  }
}
