/**
 * A JSON-serialisable copy of a workbook, for localStorage persistence in the browser and for
 * test fixtures. Cells are kept as the input that recreates them (formula text, number, boolean,
 * "'text"), so restoring replays them through the normal write path.
 */
import { CellLayer, type CellLayerJson } from "./cellLayer";
import type { SheetModel } from "./sheetModel";
import type { TableModel } from "./tableModel";
import { Workbook, type WorkbookOptions } from "./workbook";
import type {
  CellFormat,
  ChartModel,
  ConditionalFormatModel,
  DataValidationModel,
  NameModel,
  SelectionChange,
} from "./workbookTypes";

/** One sheet in a snapshot. */
export type SheetSnapshot = {
  name: string;
  uid: string;
  visibility: SheetModel["visibility"];
  tabColor: string;
  frozenRows: number;
  frozenColumns: number;
  cells: [number, number, number | string | boolean][];
  numberFormats: CellLayerJson<string>;
  formats: CellLayerJson<CellFormat>;
  columnWidths: [number, number][];
  rowHeights: [number, number][];
  charts: ChartModel[];
  conditionalFormats: ConditionalFormatModel[];
  dataValidations: DataValidationModel[];
  /** Absent in snapshots taken before the emulator kept print settings. */
  pageLayout?: SheetModel["pageLayout"];
};

/** A whole workbook. */
export type WorkbookSnapshot = {
  version: 1;
  activeSheet: string;
  selection: SelectionChange;
  sheets: SheetSnapshot[];
  tables: (Omit<TableModel, "sheetId"> & { sheet: string })[];
  names: NameModel[];
  settings: [string, unknown][];
  counters: { sheet: number; table: number; object: number };
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Takes a snapshot. */
export function snapshotWorkbook(book: Workbook): WorkbookSnapshot {
  const sheets = book.sheetModels().map((sheet): SheetSnapshot => {
    const cells: [number, number, number | string | boolean][] = [];
    const used = book.stores.cellReads.usedRange(sheet, true);
    if (used)
      for (let r = used.top; r <= used.bottom; r++)
        for (let c = used.left; c <= used.right; c++) {
          const input = book.cellInputOf(sheet, r, c);
          if (input !== null) cells.push([r, c, input]);
        }
    return {
      name: sheet.name,
      uid: sheet.uid,
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      cells,
      numberFormats: sheet.numberFormats.toJSON(),
      formats: sheet.formats.toJSON(),
      columnWidths: [...sheet.columnWidths],
      rowHeights: [...sheet.rowHeights],
      charts: clone(sheet.charts),
      conditionalFormats: clone(sheet.conditionalFormats),
      dataValidations: clone(sheet.dataValidations),
      pageLayout: clone(sheet.pageLayout),
    };
  });
  return {
    version: 1,
    activeSheet: book.activeSheet,
    selection: { ...book.selection },
    sheets,
    tables: book
      .tableModels()
      .map(({ sheetId, ...rest }) => ({ ...clone(rest), sheet: book.tableSheet({ sheetId } as TableModel).name })),
    names: book.names(),
    settings: clone([...book.settings]),
    counters: book.counters(),
  };
}

/** Rebuilds a workbook from a snapshot (sheets, then tables and names, then cells). */
export function restoreWorkbook(snapshot: WorkbookSnapshot, options: WorkbookOptions = {}): Workbook {
  if (snapshot.version !== 1) throw new Error(`Unknown workbook snapshot version ${String(snapshot.version)}`);
  const book = new Workbook({ ...options, initialSheet: false });
  book.bulk(() => {
    for (const s of snapshot.sheets) {
      const sheet = book.addSheet(s.name);
      sheet.uid = s.uid;
      sheet.visibility = s.visibility;
      sheet.tabColor = s.tabColor;
      sheet.frozenRows = s.frozenRows;
      sheet.frozenColumns = s.frozenColumns;
      for (const [c, w] of s.columnWidths) sheet.columnWidths.set(c, w);
      for (const [r, h] of s.rowHeights) sheet.rowHeights.set(r, h);
      sheet.charts = clone(s.charts);
      sheet.conditionalFormats = clone(s.conditionalFormats);
      sheet.dataValidations = clone(s.dataValidations);
      if (s.pageLayout) sheet.pageLayout = clone(s.pageLayout);
    }
    for (const { sheet, ...table } of snapshot.tables)
      book.stores.tables.insert({ ...clone(table), sheetId: book.requireSheet(sheet).hfId });
    for (const name of snapshot.names) book.stores.names.restore(name);
    for (const s of snapshot.sheets) {
      const sheet = book.requireSheet(s.name);
      // Runs of adjacent cells in a row are written together; formats come after, so a
      // Text-formatted cell's "'text" input is not kept with its apostrophe.
      let i = 0;
      while (i < s.cells.length) {
        const [row, col] = s.cells[i];
        const run: (number | string | boolean)[] = [];
        while (i < s.cells.length && s.cells[i][0] === row && s.cells[i][1] === col + run.length)
          run.push(s.cells[i++][2]);
        book.stores.cellWrites.writeInputs(sheet, row, col, [run], { detectCalculated: false });
      }
      sheet.numberFormats = CellLayer.fromJSON(s.numberFormats);
      sheet.formats = CellLayer.fromJSON(s.formats);
    }
    for (const [k, v] of snapshot.settings) book.settings.set(k, v);
  });
  book.setCounters(snapshot.counters);
  book.stores.selection.restore(snapshot.activeSheet, snapshot.selection);
  return book;
}
