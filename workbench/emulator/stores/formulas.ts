/**
 * The formula store: Excel's formula text beside what the engine evaluates. Structured
 * references (and other Excel-only syntax) are translated to A1 for HyperFormula; the original
 * text is kept per cell (`SheetModel.translated`) so `formulas` reads it back, and formulas that
 * use tables are translated again whenever a table moves, grows or is renamed.
 */
import { MAX_COLUMNS } from "../address";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";
import { translateFormula, type FormulaEnv } from "../structuredRefs";
import { formulaUsesTable, renameTableInFormula } from "../tableRename";
import { cellKey } from "../cellLayer";
import type { Calculation } from "./calculation";
import type { SheetStore } from "./sheets";
import type { TableStore } from "./tables";

/** Translation of formulas between Excel and the engine. */
export class FormulaStore {
  constructor(
    private readonly calc: Calculation,
    private readonly sheets: SheetStore,
    private readonly tables: TableStore,
  ) {}

  /** What a formula in a cell can refer to. */
  env(model: SheetModel, row: number, col: number): FormulaEnv {
    return {
      sheetId: model.hfId,
      row,
      col,
      sheetName: (id) => this.sheets.byEngineId(id).name,
      tableByName: (name) => this.tables.byName(name),
      tables: () => this.tables.models(),
    };
  }

  /** Translates a formula for a cell and checks HyperFormula can parse it (Excel refuses a bad formula). */
  prepare(model: SheetModel, row: number, col: number, formula: string): { text: string; usesTables: boolean } {
    const translated = translateFormula(formula, this.env(model, row, col));
    if (!this.calc.hf.validateFormula(translated.text)) fail("InvalidArgument", `The formula ${formula} is not valid.`);
    return translated;
  }

  /** A workbook-level formula (a name's reference) in engine text; throws when it does not translate. */
  translateWorkbookFormula(formula: string): string {
    return translateFormula(formula, this.env(this.sheets.models()[0], 0, 0)).text;
  }

  /** Excel's formula text of a cell, or undefined when it holds none. */
  formulaAt(model: SheetModel, row: number, col: number): string | undefined {
    const translated = model.translated.get(cellKey(row, col));
    if (translated) return translated.original;
    return this.calc.hf.getCellFormula({ sheet: model.hfId, row, col });
  }

  /** Redoes the engine text of formulas that use tables (ranges moved, names changed). */
  retranslate(): void {
    for (const model of this.sheets.models()) {
      for (const [key, t] of model.translated) {
        if (!t.usesTables) continue;
        const row = Math.floor(key / MAX_COLUMNS);
        const col = key % MAX_COLUMNS;
        let text: string;
        try {
          text = translateFormula(t.original, this.env(model, row, col)).text;
        } catch {
          // The table or column is gone: Excel shows #REF! for such a reference.
          text = "=#REF!";
        }
        if (text !== t.translated) {
          t.translated = text;
          this.calc.beginWrite();
          this.calc.hf.setCellContents({ sheet: model.hfId, row, col }, text);
        }
      }
    }
  }

  /** Rewrites the Excel text of formulas that name a renamed table. */
  renameTable(oldName: string, newName: string): void {
    for (const sheet of this.sheets.models())
      for (const t of sheet.translated.values())
        if (t.usesTables) t.original = renameTableInFormula(t.original, oldName, newName);
  }

  /** Structured references to a table that became a plain range turn into the A1 text the engine already has, as Excel rewrites them. */
  forgetTable(name: string): void {
    for (const sheet of this.sheets.models())
      for (const [key, t] of [...sheet.translated])
        if (t.usesTables && formulaUsesTable(t.original, name)) sheet.translated.delete(key);
  }
}
