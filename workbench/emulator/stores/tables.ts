/**
 * The table store: which tables exist, where (sheet and range) and under which names and ids,
 * looked up the ways Excel looks them up. Edits that move cells (creating, growing, removing a
 * table) are in tableEdits.ts; calculated columns in calculatedColumns.ts.
 */
import { formatAddress, rectContains } from "../address";
import type { SheetModel } from "../sheetModel";
import { columnIndexByName, type TableModel } from "../tableModel";
import type { TableInfo } from "../workbookTypes";
import type { SheetStore } from "./sheets";

/** Tables by name, id, sheet and cell. */
export class TableStore {
  private readonly list: TableModel[] = [];
  /** The counter behind new tables' ids and default names (kept in snapshots). */
  nextId = 1;

  constructor(private readonly sheets: SheetStore) {}

  /** Table models in creation order. */
  models(): readonly TableModel[] {
    return this.list;
  }

  /** Tables, summarised. */
  infos(): TableInfo[] {
    return this.list.map((t) => this.info(t));
  }

  /** A table model by name (case-insensitive) or undefined. */
  byName(name: string): TableModel | undefined {
    const wanted = name.toLowerCase();
    return this.list.find((t) => t.name.toLowerCase() === wanted);
  }

  /** The table model with an id. */
  byId(id: string): TableModel | undefined {
    return this.list.find((t) => t.id === id);
  }

  /** The table holding a cell, if any. */
  at(model: SheetModel, row: number, col: number): TableModel | undefined {
    return this.list.find((t) => t.sheetId === model.hfId && rectContains(t.range, row, col));
  }

  /** The sheet holding a table. */
  sheetOf(table: TableModel): SheetModel {
    return this.sheets.byEngineId(table.sheetId);
  }

  /** A column of a table by name, or -1. */
  columnIndex(table: TableModel, name: string): number {
    return columnIndexByName(table, name);
  }

  /** Whether a table other than `except` has this name (case-insensitive). */
  hasName(name: string, except?: TableModel): boolean {
    const lower = name.toLowerCase();
    return this.list.some((t) => t !== except && t.name.toLowerCase() === lower);
  }

  /** A table summary as tests and the grid page read it. */
  info(t: TableModel): TableInfo {
    return {
      name: t.name,
      sheet: this.sheetOf(t).name,
      range: formatAddress(t.range),
      headers: t.columns.map((c) => c.name),
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      style: t.style,
    };
  }

  /** Registers a table (a new one, or one restored from a snapshot). */
  insert(table: TableModel): void {
    this.list.push(table);
  }

  /** Forgets a table. */
  delete(table: TableModel): void {
    this.list.splice(this.list.indexOf(table), 1);
  }

  /** Forgets every table of a removed sheet. */
  deleteOnSheet(sheetId: number): void {
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i].sheetId === sheetId) this.list.splice(i, 1);
  }
}
