/**
 * Keeps table columns in step with their cells, as Excel does: a header cell's text is its
 * column's name, and a column whose whole data body holds one formula (relative to its row) is a
 * calculated column, which new rows receive. With the `tableAutoFill` mode on (Excel's AutoCorrect
 * option "Fill formulas in tables to create calculated columns", on by default) a formula written
 * into part of a column whose other cells hold formulas or nothing is filled over the whole
 * column, overwriting differing formulas (office-js #2093 "by design", #1916, #5909); with it off,
 * nothing is filled, new rows included.
 */
import { type CellRect, rectsIntersect } from "../address";
import { shiftRows } from "../formulaTokens";
import type { SheetModel } from "../sheetModel";
import { renameTableInFormula } from "../tableRename";
import { dataBodyRect, dataBodyRows, type TableModel, uniqueColumnName } from "../tableModel";
import type { EmulatorModes } from "../modes";
import type { CellReader } from "./cellReads";
import type { FormulaStore } from "./formulas";
import type { TableStore } from "./tables";

/** Cells auto-fill writes: a column block of inputs (null leaves a cell as it is). */
export type AutoFill = { top: number; left: number; inputs: (string | null)[][] };

/** Column names and calculated columns of tables. */
export class TableColumns {
  constructor(
    private readonly tables: TableStore,
    private readonly cells: CellReader,
    private readonly formulas: FormulaStore,
    private readonly modes: EmulatorModes,
  ) {}

  /**
   * After cells change: header cells rename columns; a write covering a column's whole data body
   * makes it a calculated column when every cell got the same formula (relative to its row), and
   * plain values end it. A formula written into part of a column is auto-filled (see the file
   * comment): the returned blocks are for the caller to write.
   */
  cellsWritten(
    model: SheetModel,
    rect: CellRect,
    inputs: readonly (readonly unknown[])[],
    detectCalculated: boolean,
  ): AutoFill[] {
    const fills: AutoFill[] = [];
    let renamed = false;
    for (const table of this.tables.models()) {
      if (table.sheetId !== model.hfId || !rectsIntersect(table.range, rect)) continue;
      if (table.showHeaders && rect.top <= table.range.top && rect.bottom >= table.range.top) {
        for (let j = 0; j < table.columns.length; j++) {
          const col = table.range.left + j;
          if (col < rect.left || col > rect.right) continue;
          const text = this.cells.displayText(model, table.range.top, col);
          const others = table.columns.filter((_, k) => k !== j).map((c) => c.name);
          const name = uniqueColumnName(text === "" ? `Column${j + 1}` : text, others);
          if (name !== table.columns[j].name) {
            table.columns[j].name = name;
            renamed = true;
          }
        }
      }
      if (!detectCalculated) continue;
      const body = dataBodyRect(table);
      if (rect.bottom < body.top || rect.top > body.bottom) continue;
      if (rect.top > body.top || rect.bottom < body.bottom) {
        if (this.modes.tableAutoFill) fills.push(...this.autoFill(model, table, rect, inputs));
        continue;
      }
      for (let j = 0; j < table.columns.length; j++) {
        const col = table.range.left + j;
        if (col < rect.left || col > rect.right) continue;
        const formulas: string[] = [];
        let valuesOnly = true;
        for (let r = body.top; r <= body.bottom; r++) {
          const input = inputs[r - rect.top]?.[col - rect.left];
          const parsed =
            typeof input === "string" && input.startsWith("=") && model.numberFormats.get(r, col) !== "@"
              ? input
              : null;
          if (parsed) {
            formulas.push(shiftRows(parsed, body.top - r));
            valuesOnly = false;
          }
        }
        if (formulas.length === body.bottom - body.top + 1 && formulas.every((f) => f === formulas[0]))
          table.columns[j].calculated = formulas[0];
        else if (valuesOnly) delete table.columns[j].calculated;
      }
    }
    if (renamed) this.formulas.retranslate();
    return fills;
  }

  /**
   * A partial write into a table's data body: each column that got only formulas, whose other
   * cells hold formulas or nothing, becomes a calculated column of the last formula written, and
   * its other rows get it. An unchanged calculated column and a column holding values are left.
   */
  private autoFill(
    model: SheetModel,
    table: TableModel,
    rect: CellRect,
    inputs: readonly (readonly unknown[])[],
  ): AutoFill[] {
    const body = dataBodyRect(table);
    const top = Math.max(rect.top, body.top);
    const bottom = Math.min(rect.bottom, body.bottom);
    const fills: AutoFill[] = [];
    for (let j = 0; j < table.columns.length; j++) {
      const col = table.range.left + j;
      if (col < rect.left || col > rect.right) continue;
      let formula: string | null = null;
      let onlyFormulas = true;
      for (let r = top; r <= bottom; r++) {
        const input = inputs[r - rect.top]?.[col - rect.left];
        if (input === null || input === undefined) continue;
        if (typeof input === "string" && input.startsWith("=") && model.numberFormats.get(r, col) !== "@")
          formula = shiftRows(input, body.top - r);
        else onlyFormulas = false;
      }
      if (formula === null || !onlyFormulas || table.columns[j].calculated === formula) continue;
      let othersFit = true;
      for (let r = body.top; r <= body.bottom && othersFit; r++)
        if (
          (r < top || r > bottom) &&
          !this.cells.isEmpty(model, r, col) &&
          this.formulas.formulaAt(model, r, col) === undefined
        )
          othersFit = false;
      if (!othersFit) continue;
      table.columns[j].calculated = formula;
      const column: (string | null)[][] = [];
      for (let r = body.top; r <= body.bottom; r++)
        column.push([r >= top && r <= bottom ? null : shiftRows(formula, r - body.top)]);
      fills.push({ top: body.top, left: col, inputs: column });
    }
    return fills;
  }

  /** Calculated columns of a table from its current cells (used after a table is created over formulas). */
  detect(table: TableModel): void {
    const model = this.tables.sheetOf(table);
    const body = dataBodyRect(table);
    for (let j = 0; j < table.columns.length; j++) {
      const col = table.range.left + j;
      const formulas: string[] = [];
      for (let r = body.top; r <= body.bottom; r++) {
        const f = this.formulas.formulaAt(model, r, col);
        if (f !== undefined) formulas.push(shiftRows(f, body.top - r));
      }
      if (formulas.length === body.bottom - body.top + 1 && formulas.every((f) => f === formulas[0]))
        table.columns[j].calculated = formulas[0];
    }
  }

  /** The inputs of a new data row: given values, with calculated columns filled where none is given. */
  newRow(table: TableModel, row: number, given: readonly unknown[] | null): unknown[] {
    const bodyTop = dataBodyRows(table).top;
    return table.columns.map((col, j) => {
      const value = given ? given[j] : null;
      if (col.calculated && this.modes.tableAutoFill && (value === null || value === undefined || value === ""))
        return shiftRows(col.calculated, row - bodyTop);
      return value === null || value === undefined ? "" : value;
    });
  }

  /** Follows a table rename into the calculated-column formulas that name it. */
  renameTable(oldName: string, newName: string): void {
    for (const t of this.tables.models())
      for (const c of t.columns) if (c.calculated) c.calculated = renameTableInFormula(c.calculated, oldName, newName);
  }
}
