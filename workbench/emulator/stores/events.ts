/**
 * The workbook's listeners and its batches. A change made outside a batch is announced at once;
 * inside one (`Workbook.bulk`, every `context.sync()`), listeners hear one change when the
 * outermost batch ends, after the engine has settled. Cell changes (the `onChanged` events of
 * worksheets and tables) are queued the same way, in the order they happened, and carry who made
 * them (`origin`): the grid's user unless a request or a co-author's edit says otherwise.
 */
import type { CellsChange, ChangeOrigin, SelectionChange } from "../workbookTypes";

/** A queued cell change and what completes it once the engine has settled (a single cell's value after). */
type PendingCells = { change: CellsChange; complete?: (change: CellsChange) => void };

/** Change, selection and cell-content listeners, and the batch depth they wait on. */
export class WorkbookEvents {
  private readonly changeListeners = new Set<() => void>();
  private readonly selectionListeners = new Set<(change: SelectionChange) => void>();
  private readonly cellsListeners = new Set<(change: CellsChange) => void>();
  private depth = 0;
  private dirty = false;
  private pendingCells: PendingCells[] = [];
  private muted = 0;
  private currentOrigin: ChangeOrigin = "user";

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

  /** Whether a cell change would reach anyone now (writers skip reading values before when not). */
  get hearsCells(): boolean {
    return this.muted === 0 && this.cellsListeners.size > 0;
  }

  /** Who the changes being made now come from. */
  get origin(): ChangeOrigin {
    return this.currentOrigin;
  }

  /** Runs `work` with its cell changes attributed to `origin` (a request, a co-author). */
  as<T>(origin: ChangeOrigin, work: () => T): T {
    const outer = this.currentOrigin;
    this.currentOrigin = origin;
    try {
      return work();
    } finally {
      this.currentOrigin = outer;
    }
  }

  /**
   * Runs `work` without announcing its cell changes: an edit that moves cells (rows inserted or
   * deleted) announces itself once, with its own change type, instead of as the writes it is made of.
   */
  quietly<T>(work: () => T): T {
    this.muted++;
    try {
      return work();
    } finally {
      this.muted--;
    }
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

  /**
   * Queues a cell change for cell-content listeners (unless muted); `complete` runs once the
   * engine has settled, before listeners hear it.
   */
  cellsChanged(change: CellsChange, complete?: (change: CellsChange) => void): void {
    if (this.muted > 0 || this.cellsListeners.size === 0) return;
    this.pendingCells.push({ change, complete });
    this.dirty = true;
    if (this.depth === 0) this.flush();
  }

  private flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const cells = this.pendingCells;
    this.pendingCells = [];
    for (const { change, complete } of cells) {
      complete?.(change);
      for (const listener of [...this.cellsListeners]) listener(change);
    }
    for (const listener of [...this.changeListeners]) listener();
  }
}
