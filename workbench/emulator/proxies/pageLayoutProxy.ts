/**
 * `Excel.PageLayout` of a worksheet (ExcelApi 1.9) and its `headersFooters.defaultForAllPages`:
 * the print settings the add-in sets are recorded on the sheet model (nothing prints), and
 * checked as Excel checks them: the orientation and zoom values Microsoft documents, print title
 * rows that are whole rows of the sheet.
 */
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../address";
import { fail } from "../officeError";
import type { PageLayoutModel, SheetModel } from "../sheetModel";
import { ClientObject } from "./clientObject";
import { RangeProxy } from "./rangeProxy";

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
const HEADER_FOOTER_PARTS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

/** A zoom as `PageLayoutZoomOptions` documents it: a scale of 10–400, or pages to fit (whole numbers ≥ 0). */
function checkedZoom(zoom: unknown): PageLayoutModel["zoom"] {
  if (typeof zoom !== "object" || zoom === null)
    fail("InvalidArgument", "The zoom must be a PageLayoutZoomOptions object.");
  const { scale, horizontalFitToPages, verticalFitToPages } = zoom as Record<string, unknown>;
  const fitting = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
  if (scale !== undefined && scale !== null) {
    if (fitting) fail("InvalidArgument", "A zoom has a scale or pages to fit, not both.");
    if (typeof scale !== "number" || scale < 10 || scale > 400)
      fail("InvalidArgument", `Scale ${String(scale)} is not 10–400.`);
    return { scale };
  }
  for (const pages of [horizontalFitToPages, verticalFitToPages]) {
    if (pages !== undefined && (typeof pages !== "number" || !Number.isInteger(pages) || pages < 0))
      fail("InvalidArgument", `${String(pages)} is not a number of pages.`);
  }
  return {
    ...(horizontalFitToPages !== undefined ? { horizontalFitToPages: horizontalFitToPages as number } : {}),
    ...(verticalFitToPages !== undefined ? { verticalFitToPages: verticalFitToPages as number } : {}),
  };
}

/** `Excel.HeaderFooter`: one set of the six header and footer texts. */
export class HeaderFooterProxy extends ClientObject<SheetModel> {
  protected get _typeName(): string {
    return "HeaderFooter";
  }
  protected _scalarNames(): readonly string[] {
    return HEADER_FOOTER_PARTS;
  }
  protected _read(name: string, sheet: SheetModel): unknown {
    if (!HEADER_FOOTER_PARTS.includes(name)) return this._unknown(name);
    return sheet.pageLayout.headersFooters[name] ?? "";
  }
  private part(name: string, value: string): void {
    this._set(name, value, (sheet) => {
      sheet.pageLayout.headersFooters[name] = String(value);
      this._ctx.runtime.book.markChanged();
    });
  }
  get leftHeader(): string {
    return this._get("leftHeader");
  }
  set leftHeader(v: string) {
    this.part("leftHeader", v);
  }
  get centerHeader(): string {
    return this._get("centerHeader");
  }
  set centerHeader(v: string) {
    this.part("centerHeader", v);
  }
  get rightHeader(): string {
    return this._get("rightHeader");
  }
  set rightHeader(v: string) {
    this.part("rightHeader", v);
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(v: string) {
    this.part("leftFooter", v);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this.part("centerFooter", v);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(v: string) {
    this.part("rightFooter", v);
  }
}

/** `Excel.HeaderFooterGroup`: the emulator keeps the one set used on every page. */
export class HeaderFooterGroupProxy extends ClientObject<SheetModel> {
  protected get _typeName(): string {
    return "HeaderFooterGroup";
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(name: string): unknown {
    return this._unknown(name);
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }
  private allPages: HeaderFooterProxy | undefined;
  get defaultForAllPages(): HeaderFooterProxy {
    this.allPages ??= new HeaderFooterProxy(this._ctx, `${this._path}.defaultForAllPages`, () => this._resolveOrNull());
    return this.allPages;
  }
}

/** `Excel.PageLayout`. */
export class PageLayoutProxy extends ClientObject<SheetModel> {
  protected get _typeName(): string {
    return "PageLayout";
  }
  protected _scalarNames(): readonly string[] {
    return ["orientation", "zoom"];
  }
  protected _read(name: string, sheet: SheetModel): unknown {
    switch (name) {
      case "orientation":
        return sheet.pageLayout.orientation;
      case "zoom":
        return { ...sheet.pageLayout.zoom };
      default:
        return this._unknown(name);
    }
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }
  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    return this._get("orientation");
  }
  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this._set("orientation", v, (sheet) => {
      if (!ORIENTATIONS.has(v)) fail("InvalidArgument", `"${v}" is not a page orientation.`);
      sheet.pageLayout.orientation = v as PageLayoutModel["orientation"];
      this._ctx.runtime.book.markChanged();
    });
  }
  /** Set as a whole object, as Microsoft documents (`zoom = { … }`, not `zoom.scale = …`). */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this._set("zoom", v, (sheet) => {
      sheet.pageLayout.zoom = checkedZoom(v);
      this._ctx.runtime.book.markChanged();
    });
  }
  private groupProxy: HeaderFooterGroupProxy | undefined;
  get headersFooters(): HeaderFooterGroupProxy {
    this.groupProxy ??= new HeaderFooterGroupProxy(this._ctx, `${this._path}.headersFooters`, () =>
      this._resolveOrNull(),
    );
    return this.groupProxy;
  }
  /** Rows repeated at the top of each printed page: an address ("$1:$2", "A1:C2") or a range of this sheet. */
  setPrintTitleRows(titleRows: RangeProxy | string): void {
    const args = { titleRows: typeof titleRows === "string" ? titleRows : titleRows._path };
    this._enqueue("setPrintTitleRows", args, () => {
      const sheet = this._target();
      const rows = typeof titleRows === "string" ? rowsOf(titleRows) : titleRows._target().rect;
      if (typeof titleRows !== "string" && titleRows._target().sheet !== sheet)
        fail("InvalidArgument", "The print title rows must be on the same worksheet.");
      sheet.pageLayout.printTitleRows = { top: rows.top, bottom: rows.bottom };
      this._ctx.runtime.book.markChanged();
    });
  }
  /** The print title rows as whole rows of the sheet, or a null object when there are none. */
  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getPrintTitleRowsOrNullObject()`, () => {
      const sheet = this._target();
      const rows = sheet.pageLayout.printTitleRows;
      return rows ? { sheet, rect: { top: rows.top, bottom: rows.bottom, left: 0, right: MAX_COLUMNS - 1 } } : null;
    })._register("getPrintTitleRowsOrNullObject", undefined, this);
  }
}

/** The rows of an address: whole rows ("$1:$2", "1:2") or any range's rows ("A1:C2"). */
function rowsOf(address: string): { top: number; bottom: number } {
  const whole = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (whole) {
    const top = Number(whole[1]) - 1;
    const bottom = Number(whole[2]) - 1;
    if (top < 0 || bottom < top || bottom >= MAX_ROWS) fail("InvalidArgument", `"${address}" is not a row range.`);
    return { top, bottom };
  }
  const parsed = parseAddress(address) ?? fail("InvalidArgument", `"${address}" is not a valid address.`);
  return { top: parsed.top, bottom: parsed.bottom };
}
