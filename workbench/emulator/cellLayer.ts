/**
 * A sparse per-cell property (number format, font, fill …) of one sheet. Small writes are kept
 * per cell; large ones (a whole column's format, say) as rectangles, so formatting column A
 * does not allocate a million entries. A per-cell entry written after a rectangle wins over it,
 * and a rectangle written later clears the per-cell entries it covers — last write wins, as in
 * Excel.
 */
import { type CellRect, MAX_COLUMNS, rectContains } from "./address";

const RECT_THRESHOLD = 4096;

/** Map key of a cell. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/** Row and column of a map key. */
export function keyCell(key: number): { row: number; col: number } {
  return { row: Math.floor(key / MAX_COLUMNS), col: key % MAX_COLUMNS };
}

/** A serialisable form of a layer. */
export type CellLayerJson<T> = { cells: [number, number, T][]; rects: [CellRect, T][] };

/** One property over a sheet's cells. */
export class CellLayer<T> {
  private readonly cells = new Map<number, T>();
  private rects: { rect: CellRect; value: T }[] = [];

  /** The value at a cell, or undefined when none was set. */
  get(row: number, col: number): T | undefined {
    const own = this.cells.get(cellKey(row, col));
    if (own !== undefined) return own;
    for (let i = this.rects.length - 1; i >= 0; i--)
      if (rectContains(this.rects[i].rect, row, col)) return this.rects[i].value;
    return undefined;
  }

  /** Sets one cell. */
  setCell(row: number, col: number, value: T): void {
    this.cells.set(cellKey(row, col), value);
  }

  /** Sets every cell of a rectangle to one value. */
  setRect(rect: CellRect, value: T): void {
    const count = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (count <= RECT_THRESHOLD) {
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) this.cells.set(cellKey(r, c), value);
      return;
    }
    for (const key of this.cells.keys()) {
      const { row, col } = keyCell(key);
      if (rectContains(rect, row, col)) this.cells.delete(key);
    }
    this.rects.push({ rect, value });
  }

  /** Removes values in a rectangle (cells inside it fall back to nothing). */
  clear(rect: CellRect): void {
    for (const key of this.cells.keys()) {
      const { row, col } = keyCell(key);
      if (rectContains(rect, row, col)) this.cells.delete(key);
    }
    this.rects = this.rects.filter(
      (r) =>
        !(
          r.rect.top >= rect.top &&
          r.rect.bottom <= rect.bottom &&
          r.rect.left >= rect.left &&
          r.rect.right <= rect.right
        ),
    );
    // A rectangle that only partly overlaps is cut by masking the cleared cells with an explicit "unset" marker.
    for (const r of this.rects) {
      if (
        r.rect.top <= rect.bottom &&
        rect.top <= r.rect.bottom &&
        r.rect.left <= rect.right &&
        rect.left <= r.rect.right
      ) {
        this.rects.push({ rect, value: undefined as unknown as T });
        break;
      }
    }
  }

  /** Bounding box of every set cell (ignoring rectangles), or null. */
  extent(): CellRect | null {
    let box: CellRect | null = null;
    for (const [key, value] of this.cells) {
      if (value === undefined) continue;
      const { row, col } = keyCell(key);
      if (!box) box = { top: row, bottom: row, left: col, right: col };
      else {
        box.top = Math.min(box.top, row);
        box.bottom = Math.max(box.bottom, row);
        box.left = Math.min(box.left, col);
        box.right = Math.max(box.right, col);
      }
    }
    return box;
  }

  /** A JSON form for snapshots. */
  toJSON(): CellLayerJson<T> {
    return {
      cells: [...this.cells].map(([key, value]) => {
        const { row, col } = keyCell(key);
        return [row, col, value] as [number, number, T];
      }),
      rects: this.rects.map((r) => [r.rect, r.value] as [CellRect, T]),
    };
  }

  /** Rebuilds a layer from {@link toJSON}. */
  static fromJSON<T>(json: CellLayerJson<T>): CellLayer<T> {
    const layer = new CellLayer<T>();
    for (const [rect, value] of json.rects) layer.rects.push({ rect, value });
    for (const [row, col, value] of json.cells) layer.cells.set(cellKey(row, col), value);
    return layer;
  }
}
