import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";

/**
 * Classifies label cells fast on columns of 10^6 rows: a label column holds few distinct values,
 * so the answer for each distinct cell value is computed once (normalizing is the slow part) and
 * then found by identity in a short list, which beats a Map lookup per row; past 16 distinct
 * values it falls back to a Map.
 *
 * @example
 * const kind = new LabelCache((label) => (label === "won" ? 1 : 0));
 * kind.get(" WON ") //=> 1
 */
export class LabelCache {
  private readonly keys: Cell[] = [];
  private readonly values: number[] = [];
  private readonly overflow = new Map<Cell, number>();

  /** @param classify - the small whole number (a kind or an index) a normalized label stands for */
  constructor(private readonly classify: (normalized: string) => number) {}

  get(cell: Cell): number {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === cell) return this.values[i];
    return this.slow(cell);
  }

  private slow(cell: Cell): number {
    const known = this.overflow.get(cell);
    if (known !== undefined) return known;
    const value = this.classify(normalizeLabel(cell));
    if (this.keys.length < 16) {
      this.keys.push(cell);
      this.values.push(value);
    } else this.overflow.set(cell, value);
    return value;
  }
}
