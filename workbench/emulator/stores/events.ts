/**
 * The workbook's listeners and its batches. A change made outside a batch is announced at once;
 * inside one (`Workbook.bulk`, every `context.sync()`), listeners hear one change when the
 * outermost batch ends, after the engine has settled.
 */
import type { CellsChange, SelectionChange } from "../workbookTypes";

/** Change, selection and cell-content listeners, and the batch depth they wait on. */
export class WorkbookEvents {
  private readonly changeListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(change: SelectionChange) => void>();
  private readonly cellsListeners = new Set<(change: CellsChange) => void>();
  private depth = 0;
  private dirty = false;

  /** Subscribes to any change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Subscribes to selection changes. */
  onSelection(listener: (change: SelectionChange) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Subscribes to cell content changes. */
  onCellsChanged(listener: (change: CellsChange) => void): () => void {
    this.cellsListeners.add(listener);
    return () => this.cellsListeners.delete(listener);
  }

  /** Whether a batch is open. */
  get batching(): boolean {
    return this.depth > 0;
  }

  /**
   * Runs `work` as one batch; when the outermost batch ends, `settle` runs (the engine catches
   * up) and then listeners hear one change.
   */
  batch<T>(work: () => T, settle: () => void): T {
    this.depth++;
    try {
      return work();
    } finally {
      this.depth--;
      if (this.depth === 0) {
        settle();
        this.flush();
      }
    }
  }

  /** Records a change: announced now outside a batch, at its end inside one. */
  touched(): void {
    this.dirty = true;
    if (this.depth === 0) this.flush();
  }

  /** Tells selection listeners. */
  selected(change: SelectionChange): void {
    for (const listener of [...this.selectionListeners]) listener(change);
  }

  /** Tells cell-content listeners. */
  cellsChanged(change: CellsChange): void {
    for (const listener of [...this.cellsListeners]) listener(change);
  }

  private flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    for (const listener of [...this.changeListeners]) listener();
  }
}
