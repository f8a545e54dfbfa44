/**
 * Writing cells: input parsed as Excel parses typing ("=…" formulas, numbers with implied
 * formats, "'text"), validated for a whole block before the first cell is written, then sent to
 * the engine in runs. Tables hear about every write (headers rename columns, column-wide formulas
 * become calculated columns), then the `onChanged` listeners of worksheets and tables, once the
 * batch ends (with the value before and after when one cell changed).
 */
import { type CellRect, formatAddress, rectSize } from "../address";
import { parseCellInput } from "../cellInput";
import { cellKey } from "../cellLayer";
import { shiftRows } from "../formulaTokens";
import { fail } from "../officeError";
import type { SheetModel, TranslatedCell } from "../sheetModel";
import type { Calculation } from "./calculation";
import type { CellReader } from "./cellReads";
import type { WorkbookEvents } from "./events";
import type { FormatStore } from "./formats";
import type { FormulaStore } from "./formulas";

/** Raw cell content as HyperFormula takes it. */
type HfContent = number | string | boolean | null;

/** Told of every block written, before cell listeners are: `detectCalculated` is false for the emulator's own moves. */
export type CellsWrittenHook = (
  model: SheetModel,
  rect: CellRect,
  inputs: readonly (readonly unknown[])[],
  detectCalculated: boolean,
) => void;

/** Options of a write. */
export type WriteOptions = { byUser?: boolean; detectCalculated?: boolean };

/** Writes of cell contents. */
export class CellWriter {
  constructor(
    private readonly calc: Calculation,
    private readonly formulas: FormulaStore,
    private readonly cells: CellReader,
    private readonly formats: FormatStore,
    private readonly events: WorkbookEvents,
    private readonly cellsWritten: CellsWrittenHook,
  ) {}

  /**
   * Writes inputs (as typed: "=…" formulas, numbers, TRUE/FALSE, "'text", or text) into a block
   * starting at (top, left). `null`/`undefined` leave a cell unchanged, as in Office.js; "" clears
   * it. Text-formatted ("@") cells keep every input as text. The block is validated before any cell
   * is written.
   */
  writeInputs(
    model: SheetModel,
    top: number,
    left: number,
    inputs: readonly (readonly unknown[])[],
    options: WriteOptions = {},
  ): void {
    // Excel gives a single cell's value before and after (ChangedEventDetail); read it only when someone listens.
    const single = inputs.length === 1 && inputs[0]?.length === 1 && this.events.hearsCells;
    const before = single ? this.cells.valueOf(model, top, left) : null;
    const contents: (HfContent | undefined)[][] = [];
    const translations: (TranslatedCell | null | undefined)[][] = [];
    const implied: [number, number, string][] = [];
    for (let i = 0; i < inputs.length; i++) {
      const rowContents: (HfContent | undefined)[] = [];
      const rowTranslations: (TranslatedCell | null | undefined)[] = [];
      for (let j = 0; j < inputs[i].length; j++) {
        const input = inputs[i][j];
        const row = top + i;
        const col = left + j;
        if (input === null || input === undefined) {
          rowContents.push(undefined);
          rowTranslations.push(undefined);
          continue;
        }
        if (typeof input === "number" && !Number.isFinite(input))
          fail("InvalidArgument", `Cell values must be finite numbers (got ${input}).`);
        if (typeof input === "object")
          fail("InvalidArgument", `A cell value must be a number, text or boolean (got ${JSON.stringify(input)}).`);
        const parsed = parseCellInput(input, model.numberFormats.get(row, col) === "@");
        let content: HfContent;
        let translation: TranslatedCell | null = null;
        switch (parsed.kind) {
          case "empty":
            content = null;
            break;
          case "text":
            content = `'${parsed.value}`;
            break;
          case "boolean":
            content = parsed.value;
            break;
          case "number":
            content = parsed.value;
            if (parsed.impliedFormat && (model.numberFormats.get(row, col) ?? "General") === "General")
              implied.push([row, col, parsed.impliedFormat]);
            break;
          case "formula": {
            const t = this.formulas.prepare(model, row, col, parsed.formula);
            content = t.text;
            if (t.usesTables || t.text !== parsed.formula)
              translation = { original: parsed.formula, translated: t.text, usesTables: t.usesTables };
            break;
          }
        }
        rowContents.push(content);
        rowTranslations.push(translation);
      }
      contents.push(rowContents);
      translations.push(rowTranslations);
    }
    const formulaCells: [number, number][] = [];
    if (this.calc.apiCalculationSuspended)
      contents.forEach((row, i) =>
        row.forEach((content, j) => {
          if (typeof content === "string" && content.startsWith("=")) formulaCells.push([top + i, left + j]);
        }),
      );
    this.calc.cellsWriting(model.hfId, formulaCells, (row, col) => this.cells.rawValue(model, row, col));
    this.calc.beginWrite();
    for (let i = 0; i < contents.length; i++) {
      // Runs of cells to write (skipping nulls) go to the engine in one call each.
      let j = 0;
      while (j < contents[i].length) {
        if (contents[i][j] === undefined) {
          j++;
          continue;
        }
        const start = j;
        while (j < contents[i].length && contents[i][j] !== undefined) j++;
        this.calc.hf.setCellContents({ sheet: model.hfId, row: top + i, col: left + start }, [
          contents[i].slice(start, j) as HfContent[],
        ]);
      }
      for (let k = 0; k < translations[i].length; k++) {
        const t = translations[i][k];
        if (t === undefined) continue;
        const key = cellKey(top + i, left + k);
        if (t) model.translated.set(key, t);
        else model.translated.delete(key);
      }
    }
    for (const [r, c, f] of implied) model.numberFormats.setCell(r, c, f);
    // A loop, not Math.max(...rows): spreading 500,000 rows into one call overflows the stack.
    let width = 0;
    for (const row of inputs) if (row.length > width) width = row.length;
    if (inputs.length > 0 && width > 0) {
      const rect = { top, left, bottom: top + inputs.length - 1, right: left + width - 1 };
      this.calc.cellsWritten(model.hfId, rect);
      this.cellsWritten(model, rect, inputs, options.detectCalculated !== false);
      const origin = this.events.origin;
      this.events.cellsChanged(
        {
          sheet: model.name,
          address: formatAddress(rect),
          rect,
          changeType: "RangeEdited",
          origin,
          source: origin === "remote" ? "Remote" : "Local",
          byUser: options.byUser === true,
        },
        before
          ? (change) => {
              const after = this.cells.valueOf(model, top, left);
              change.details = {
                valueBefore: before.value,
                valueAfter: after.value,
                valueTypeBefore: before.valueType,
                valueTypeAfter: after.valueType,
              };
            }
          : undefined,
      );
    }
    this.events.touched();
  }

  /** Writes one value to every cell of a rectangle (Excel's scalar assignment to a range). */
  fillInputs(model: SheetModel, rect: CellRect, input: unknown): void {
    const { rows, columns } = rectSize(rect);
    this.cells.checkReadSize(rect);
    const row = Array.from({ length: columns }, () => input);
    this.writeInputs(
      model,
      rect.top,
      rect.left,
      Array.from({ length: rows }, () => row),
    );
  }

  /** Clears contents, formats or both ("All" | "Contents" | "Formats"), as `Range.clear`. */
  clear(model: SheetModel, rect: CellRect, what: "All" | "Contents" | "Formats" = "All"): void {
    if (what !== "Formats") {
      this.calc.evaluate();
      const dims = this.calc.hf.getSheetDimensions(model.hfId);
      const bounded = {
        ...rect,
        bottom: Math.min(rect.bottom, dims.height - 1),
        right: Math.min(rect.right, dims.width - 1),
      };
      if (bounded.bottom >= bounded.top && bounded.right >= bounded.left) {
        const blank = Array.from({ length: bounded.bottom - bounded.top + 1 }, () =>
          Array.from({ length: bounded.right - bounded.left + 1 }, () => ""),
        );
        this.writeInputs(model, bounded.top, bounded.left, blank);
      }
    }
    if (what !== "Contents") this.formats.clearFormats(model, rect);
    this.events.touched();
  }

  /** Moves the contents of a block down by `rows` (relative formula rows follow), clearing what it leaves. */
  moveBlockDown(model: SheetModel, block: CellRect, rows: number): void {
    const inputs: (number | string | boolean | null)[][] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      const row: (number | string | boolean | null)[] = [];
      for (let c = block.left; c <= block.right; c++) {
        const input = this.cells.cellInputOf(model, r, c);
        row.push(typeof input === "string" && input.startsWith("=") ? shiftRows(input, rows) : input);
      }
      inputs.push(row);
    }
    const formats: (string | undefined)[][] = inputs.map((_, i) =>
      inputs[0].map((__, j) => model.numberFormats.get(block.top + i, block.left + j)),
    );
    const blank = inputs.map((row) => row.map(() => ""));
    this.writeInputs(model, block.top, block.left, blank, { detectCalculated: false });
    this.writeInputs(
      model,
      block.top + rows,
      block.left,
      inputs.map((row) => row.map((v) => (v === null ? "" : v))),
      { detectCalculated: false },
    );
    this.formats.setNumberFormatBlock(model, formats, block.top + rows, block.left);
  }
}
