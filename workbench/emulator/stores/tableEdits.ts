/**
 * Table edits that move cells: creating a table, growing it by rows or columns, deleting rows,
 * showing totals, renaming and removing it. The emulator grows tables into the empty cells below
 * or to the right, where Excel would insert cells (see the README's known differences). Rows
 * inserted or deleted are announced to `onChanged` listeners as one RowInserted or RowDeleted
 * change, not as the cell moves they are made of.
 */
import { type CellRect, formatAddress, MAX_COLUMNS, MAX_ROWS, rectsIntersect } from "../address";
import { shiftRows } from "../formulaTokens";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";
import { dataBodyRows, isValidTableName, type TableModel, uniqueColumnName } from "../tableModel";
import type { CellReader } from "./cellReads";
import type { CellWriter } from "./cellWrites";
import type { WorkbookEvents } from "./events";
import type { FormulaStore } from "./formulas";
import type { NameStore } from "./names";
import type { TableColumns } from "./tableColumns";
import type { TableStore } from "./tables";

/** The stores a table edit reads and writes. */
export type TableEditStores = {
  tables: TableStore;
  names: NameStore;
  reader: CellReader;
  writer: CellWriter;
  formulas: FormulaStore;
  columns: TableColumns;
  events: WorkbookEvents;
};

/** Edits of tables and the cells under them. */
export class TableEdits {
  constructor(private readonly s: TableEditStores) {}

  /**
   * Creates a table over a rectangle. With headers, the first row holds the column names (made
   * unique and stored as text). Without, Excel inserts a header row: the block moves down one row
   * (the row below it must be empty) and the headers are Column1, Column2 …
   */
  add(model: SheetModel, rect: CellRect, hasHeaders: boolean, name?: string): TableModel {
    const { tables, names, reader, writer } = this.s;
    if (rect.bottom - rect.top > 1_000_000 || rect.right - rect.left > 16_000)
      fail("InvalidArgument", "A table cannot span whole rows or columns.");
    for (const t of tables.models())
      if (t.sheetId === model.hfId && rectsIntersect(t.range, rect))
        fail("InvalidArgument", `A table can't overlap another table (${t.name}).`);
    let tableName = name;
    if (tableName === undefined) {
      let n = tables.nextId;
      while (names.isTaken(`Table${n}`)) n++;
      tableName = `Table${n}`;
    }
    if (!isValidTableName(tableName) || names.isTaken(tableName))
      fail("InvalidArgument", `"${tableName}" is not a valid or unique table name.`);
    let range = rect;
    const width = rect.right - rect.left + 1;
    if (!hasHeaders) {
      const below = rect.bottom + 1;
      for (let c = rect.left; c <= rect.right; c++)
        if (below >= MAX_ROWS || !reader.isEmpty(model, below, c))
          fail(
            "InvalidArgument",
            "Excel inserts a header row above a table created without headers; the emulator needs the row below the range to be empty to make room.",
          );
      writer.moveBlockDown(model, { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right }, 1);
      range = { ...rect, bottom: rect.bottom + 1 };
    }
    const headers: string[] = [];
    for (let c = 0; c < width; c++) {
      const text = hasHeaders ? reader.displayText(model, range.top, range.left + c) : "";
      headers.push(uniqueColumnName(text === "" ? `Column${c + 1}` : text, headers));
    }
    const table: TableModel = {
      id: String(tables.nextId++),
      name: tableName,
      sheetId: model.hfId,
      range,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
      columns: headers.map((n, i) => ({ id: i + 1, name: n })),
      nextColumnId: headers.length + 1,
    };
    if (range.bottom === range.top) {
      // A table always has a data row; a header-only range grows by one, as Excel does.
      if (!reader.isEmptyRow(model, range.top + 1, range.left, range.right))
        fail("InvalidArgument", "The row below a header-only table range must be empty.");
      table.range = { ...range, bottom: range.top + 1 };
    }
    tables.insert(table);
    // The header cells keep their text (made unique, stored as text): no data changes, no event.
    this.s.events.quietly(() =>
      writer.writeInputs(model, range.top, range.left, [headers.map((n) => `'${n}`)], { detectCalculated: false }),
    );
    this.s.columns.detect(table);
    this.s.formulas.retranslate();
    this.s.events.touched();
    return table;
  }

  /** Renames a table; formulas that use the old name are rewritten, as in Excel. */
  rename(table: TableModel, name: string): void {
    if (table.name === name) return;
    if (!isValidTableName(name) || this.s.names.isTaken(name, table))
      fail("InvalidArgument", `"${name}" is not a valid or unique table name.`);
    const old = table.name;
    table.name = name;
    this.s.formulas.renameTable(old, name);
    this.s.columns.renameTable(old, name);
    this.s.formulas.retranslate();
    this.s.events.touched();
  }

  /** Shows or hides the totals row (the row below the table must be empty to show it). */
  setShowTotals(table: TableModel, show: boolean): void {
    if (table.showTotals === show) return;
    const model = this.s.tables.sheetOf(table);
    if (show) {
      if (!this.s.reader.isEmptyRow(model, table.range.bottom + 1, table.range.left, table.range.right))
        fail("InvalidOperation", "The row below the table must be empty to show the totals row.");
      table.range = { ...table.range, bottom: table.range.bottom + 1 };
      table.showTotals = true;
      this.s.writer.writeInputs(
        model,
        table.range.bottom,
        table.range.left,
        [table.columns.map((_, i) => (i === 0 ? "'Total" : ""))],
        { detectCalculated: false },
      );
    } else {
      this.s.writer.clear(model, { ...table.range, top: table.range.bottom }, "Contents");
      table.range = { ...table.range, bottom: table.range.bottom - 1 };
      table.showTotals = false;
    }
    this.s.formulas.retranslate();
    this.s.events.touched();
  }

  /**
   * Resizes a table over a new range (`Table.resize`, ExcelApi 1.13): no cells are inserted or
   * moved, the cells the table takes in keep their values, the rows it lets go stay as plain cells.
   * As Excel requires, the new range must be on the table's sheet, keep the header row where it is
   * and overlap the old range, and may not overlap another table. The emulator resizes by rows
   * only (same columns) and not with a totals row shown; it fills no calculated column into the
   * rows taken in, so a writer resizing over new rows writes their formulas itself.
   */
  resize(table: TableModel, sheetId: number, rect: CellRect): void {
    const { tables } = this.s;
    const old = table.range;
    if (sheetId !== table.sheetId) fail("InvalidArgument", "The new range must be on the table's worksheet.");
    if (rect.top !== old.top) fail("InvalidArgument", "The table's header row must stay in the same row.");
    if (!rectsIntersect(rect, old)) fail("InvalidArgument", "The new range must overlap the table's range.");
    if (rect.bottom <= rect.top) fail("InvalidArgument", "A table keeps at least one data row.");
    if (rect.left !== old.left || rect.right !== old.right)
      fail("InvalidArgument", "The emulator resizes tables by rows only: keep the table's columns.");
    if (table.showTotals) fail("InvalidArgument", "The emulator does not resize a table whose totals row is shown.");
    for (const t of tables.models())
      if (t !== table && t.sheetId === table.sheetId && rectsIntersect(t.range, rect))
        fail("InvalidArgument", `The new range would overlap table ${t.name}.`);
    table.range = { ...old, bottom: rect.bottom };
    this.s.formulas.retranslate();
    this.s.events.touched();
  }

  /** Sets a table's style name. */
  setStyle(table: TableModel, style: string): void {
    table.style = style;
    this.s.events.touched();
  }

  /** Removes a table; with `keepData` (convertToRange) the cells stay, else they are cleared. */
  remove(table: TableModel, keepData: boolean): void {
    const model = this.s.tables.sheetOf(table);
    if (keepData) this.s.formulas.forgetTable(table.name);
    this.s.tables.delete(table);
    if (!keepData) this.s.writer.clear(model, table.range, "All");
    this.s.formulas.retranslate();
    this.s.events.touched();
  }

  /**
   * Adds data rows at a 0-based index of the data body (null = at the end). The table grows into
   * the rows below it — they must be empty, where Excel would insert cells. Calculated columns are
   * filled into the new rows where no value is given; number formats come from the row above.
   */
  addRows(
    table: TableModel,
    index: number | null,
    values: readonly (readonly unknown[])[] | null,
    count?: number,
  ): { index: number; count: number } {
    const { tables, reader } = this.s;
    const model = tables.sheetOf(table);
    const width = table.columns.length;
    const n = values ? values.length : (count ?? 1);
    if (n < 1) fail("InvalidArgument", "Add at least one row.");
    if (values)
      for (const row of values)
        if (!Array.isArray(row) || row.length !== width)
          fail("InvalidArgument", `Each row must have ${width} values (the table's columns).`);
    const body = dataBodyRows(table);
    const bodyCount = body.bottom - body.top + 1;
    const at = index === null || index === undefined ? bodyCount : index;
    if (!Number.isInteger(at) || at < 0 || at > bodyCount)
      fail("InvalidArgument", `Row index ${index} is outside the table.`);
    const below = {
      top: table.range.bottom + 1,
      bottom: table.range.bottom + n,
      left: table.range.left,
      right: table.range.right,
    };
    if (below.bottom >= MAX_ROWS) fail("InvalidArgument", "The table would grow past the last row.");
    for (const t of tables.models())
      if (t !== table && t.sheetId === table.sheetId && rectsIntersect(t.range, below))
        fail("InvalidArgument", `Adding rows would overlap table ${t.name}.`);
    for (let r = below.top; r <= below.bottom; r++)
      if (!reader.isEmptyRow(model, r, below.left, below.right))
        fail(
          "InvalidArgument",
          `The emulator grows tables into the rows below them, and ${formatAddress({ ...below, top: r, bottom: r }, model.name)} is not empty (Excel would insert cells).`,
        );
    this.s.events.quietly(() => this.insertRows(table, model, body.top + at, n, values));
    this.announce(table, model, { top: body.top + at, bottom: body.top + at + n - 1 }, "RowInserted");
    return { index: at, count: n };
  }

  /** Moves the rows from `firstMoved` down by `n` and fills the new rows (calculated columns, formats, values). */
  private insertRows(
    table: TableModel,
    model: SheetModel,
    firstMoved: number,
    n: number,
    values: readonly (readonly unknown[])[] | null,
  ): void {
    const { writer } = this.s;
    const width = table.columns.length;
    // Rows from the insertion point (and the totals row) move down by n. The table grows first, so
    // the moved rows land inside it and their [@Col] references still name a table row.
    const oldBottom = table.range.bottom;
    table.range = { ...table.range, bottom: oldBottom + n };
    if (firstMoved <= oldBottom)
      writer.moveBlockDown(
        model,
        { top: firstMoved, bottom: oldBottom, left: table.range.left, right: table.range.right },
        n,
      );
    const bodyTop = dataBodyRows(table).top;
    const rows: unknown[][] = [];
    for (let i = 0; i < n; i++) rows.push(this.s.columns.newRow(table, firstMoved + i, values ? values[i] : null));
    this.s.formulas.retranslate();
    const formatRow =
      firstMoved > bodyTop ? firstMoved - 1 : firstMoved + n <= dataBodyRows(table).bottom ? firstMoved + n : -1;
    if (formatRow >= 0)
      for (let j = 0; j < width; j++) {
        const f = model.numberFormats.get(formatRow, table.range.left + j);
        if (f !== undefined)
          for (let i = 0; i < n; i++) model.numberFormats.setCell(firstMoved + i, table.range.left + j, f);
      }
    writer.writeInputs(model, firstMoved, table.range.left, rows, { detectCalculated: false });
    this.s.events.touched();
  }

  /** Tells `onChanged` listeners of rows inserted into or deleted from a table, as one change. */
  private announce(
    table: TableModel,
    model: SheetModel,
    rows: { top: number; bottom: number },
    changeType: "RowInserted" | "RowDeleted",
  ): void {
    const rect = { ...rows, left: table.range.left, right: table.range.right };
    const origin = this.s.events.origin;
    this.s.events.cellsChanged({
      sheet: model.name,
      address: formatAddress(rect),
      rect,
      changeType,
      origin,
      source: origin === "remote" ? "Remote" : "Local",
      byUser: origin === "user",
      tableId: table.id,
    });
  }

  /**
   * Adds a column at a 0-based index (null = at the right end). `values` may hold the header
   * and the data rows, or the data rows only; `name` wins over a header value. The table grows into
   * the column to its right, which must be empty.
   */
  addColumn(
    table: TableModel,
    index: number | null,
    values: readonly (readonly unknown[])[] | null,
    name: string | null,
  ): number {
    const { tables, reader, writer } = this.s;
    const model = tables.sheetOf(table);
    const right = table.range.right + 1;
    if (right >= MAX_COLUMNS) fail("InvalidArgument", "The table would grow past the last column.");
    const colRect = { top: table.range.top, bottom: table.range.bottom, left: right, right };
    for (const t of tables.models())
      if (t !== table && t.sheetId === table.sheetId && rectsIntersect(t.range, colRect))
        fail("InvalidArgument", `Adding a column would overlap table ${t.name}.`);
    for (let r = colRect.top; r <= colRect.bottom; r++)
      if (!reader.isEmpty(model, r, right))
        fail(
          "InvalidArgument",
          `The emulator grows tables into the column to their right, which is not empty at ${formatAddress({ top: r, bottom: r, left: right, right }, model.name)}.`,
        );
    const count = table.columns.length;
    const at = index === null || index === undefined ? count : index;
    if (!Number.isInteger(at) || at < 0 || at > count)
      fail("InvalidArgument", `Column index ${index} is outside the table.`);
    const totalRows = table.range.bottom - table.range.top + 1;
    const body = dataBodyRows(table);
    const bodyRows = body.bottom - body.top + 1;
    let header: unknown = null;
    let bodyValues: unknown[] | null = null;
    if (values) {
      const flat = values.map((r) => r[0]);
      if (values.some((r) => r.length !== 1)) fail("InvalidArgument", "Column values must be one column wide.");
      if (flat.length === totalRows) {
        header = flat[0];
        bodyValues = flat.slice(1, 1 + bodyRows);
      } else if (flat.length === bodyRows) bodyValues = flat;
      else
        fail(
          "InvalidArgument",
          `Column values must have ${totalRows} rows (with the header) or ${bodyRows} (data only).`,
        );
    }
    const existing = table.columns.map((c) => c.name);
    let colName =
      name ??
      (header !== null && header !== undefined && header !== "" ? String(header) : `Column${table.nextColumnId}`);
    colName = uniqueColumnName(colName, existing);
    // The table grows and takes its new column first: the shifted cells then land inside it, so
    // their [@Col] references still name a table row, and each shifted header cell already matches
    // its column's name (writing it earlier renamed the column it landed on, Score → Score2).
    const oldRight = table.range.right;
    table.range = { ...table.range, right };
    table.columns.splice(at, 0, { id: table.nextColumnId++, name: colName });
    // Columns right of the insertion point shift one to the right (cells move with them).
    for (let c = oldRight; c >= table.range.left + at; c--) {
      const inputs: unknown[][] = [];
      for (let r = table.range.top; r <= table.range.bottom; r++) inputs.push([reader.cellInputOf(model, r, c) ?? ""]);
      writer.writeInputs(model, table.range.top, c + 1, inputs, { detectCalculated: false });
      for (let r = table.range.top; r <= table.range.bottom; r++) {
        const f = model.numberFormats.get(r, c);
        if (f !== undefined) model.numberFormats.setCell(r, c + 1, f);
      }
    }
    this.s.formulas.retranslate();
    const col = table.range.left + at;
    const cells: unknown[][] = [[`'${colName}`]];
    for (let i = 0; i < bodyRows; i++) cells.push([bodyValues ? (bodyValues[i] ?? "") : ""]);
    if (table.showTotals) cells.push([""]);
    writer.writeInputs(model, table.range.top, col, cells, { detectCalculated: false });
    this.s.columns.detect(table);
    this.s.formulas.retranslate();
    this.s.events.touched();
    return at;
  }

  /** Deletes data rows (0-based body indexes), moving the rows below up. */
  deleteRows(table: TableModel, index: number, count: number): void {
    const model = this.s.tables.sheetOf(table);
    const body = dataBodyRows(table);
    const bodyCount = body.bottom - body.top + 1;
    if (!Number.isInteger(index) || index < 0 || count < 1 || index + count > bodyCount)
      fail("InvalidArgument", "Rows to delete are outside the table.");
    if (count === bodyCount) fail("InvalidOperation", "A table must keep at least one data row.");
    this.s.events.quietly(() => this.removeRows(table, model, index, count));
    this.announce(table, model, { top: body.top + index, bottom: body.top + index + count - 1 }, "RowDeleted");
  }

  /** Moves the rows below the deleted ones up and shrinks the table. */
  private removeRows(table: TableModel, model: SheetModel, index: number, count: number): void {
    const { reader, writer } = this.s;
    const body = dataBodyRows(table);
    const from = body.top + index + count;
    if (from <= table.range.bottom) {
      const block = { top: from, bottom: table.range.bottom, left: table.range.left, right: table.range.right };
      const inputs: unknown[][] = [];
      for (let r = block.top; r <= block.bottom; r++) {
        const row: unknown[] = [];
        for (let c = block.left; c <= block.right; c++) {
          const input = reader.cellInputOf(model, r, c);
          row.push(typeof input === "string" && input.startsWith("=") ? shiftRows(input, -count) : (input ?? ""));
        }
        inputs.push(row);
      }
      writer.writeInputs(model, body.top + index, table.range.left, inputs, { detectCalculated: false });
    }
    writer.clear(
      model,
      {
        top: table.range.bottom - count + 1,
        bottom: table.range.bottom,
        left: table.range.left,
        right: table.range.right,
      },
      "Contents",
    );
    table.range = { ...table.range, bottom: table.range.bottom - count };
    this.s.formulas.retranslate();
    this.s.events.touched();
  }
}
