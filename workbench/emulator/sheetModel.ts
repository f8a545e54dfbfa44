/**
 * One worksheet's state outside the formula engine: its Office-facing properties, formatting
 * layers, and the objects Excel keeps per sheet (charts, conditional formats, validation rules).
 * Cell contents live in HyperFormula under `hfId`.
 */
import { CellLayer } from "./cellLayer";
import type { CellFormat, ChartModel, ConditionalFormatModel, DataValidationModel } from "./workbookTypes";

/** Excel's worksheet visibility values. */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A formula whose text was rewritten for HyperFormula: Excel's text and what the engine got. */
export type TranslatedCell = { original: string; translated: string; usesTables: boolean };

/** A sheet's print settings (Excel.PageLayout), as the add-in set them. */
export type PageLayoutModel = {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** 0-based rows repeated at the top of each printed page, or null. */
  printTitleRows: { top: number; bottom: number } | null;
  /** The header and footer texts used on every page, by part ("centerHeader", "leftFooter" …). */
  headersFooters: Record<string, string>;
};

/** A worksheet. */
export type SheetModel = {
  /** Excel's worksheet id (a GUID-like string). */
  uid: string;
  hfId: number;
  name: string;
  visibility: SheetVisibility;
  tabColor: string;
  frozenRows: number;
  frozenColumns: number;
  numberFormats: CellLayer<string>;
  formats: CellLayer<CellFormat>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  dataValidations: DataValidationModel[];
  pageLayout: PageLayoutModel;
  /** Formulas whose engine text differs from Excel's (structured references, TRUE/FALSE), by cell key. */
  translated: Map<number, TranslatedCell>;
};

/** A new, empty sheet model. */
export function newSheetModel(uid: string, hfId: number, name: string): SheetModel {
  return {
    uid,
    hfId,
    name,
    visibility: "Visible",
    tabColor: "",
    frozenRows: 0,
    frozenColumns: 0,
    numberFormats: new CellLayer<string>(),
    formats: new CellLayer<CellFormat>(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    charts: [],
    conditionalFormats: [],
    dataValidations: [],
    pageLayout: { orientation: "Portrait", zoom: { scale: 100 }, printTitleRows: null, headersFooters: {} },
    translated: new Map(),
  };
}

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim() !== ""
  );
}

/** Excel's default column width in points (8.43 characters). */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height in points. */
export const DEFAULT_ROW_HEIGHT = 15;
