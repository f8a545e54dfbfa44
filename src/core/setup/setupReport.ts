import type { WorkbookLanguage } from "@core/workbook/schema";
import type { TableName } from "@core/workbook/schema";

/** What set-up did with one table. */
export type TableOutcome = {
  readonly table: TableName;
  /**
   * created: new this run; completed: an interrupted set-up's table finished; kept: left as it
   * was; skipped: not created because a workbook name holds its name; not-written: planned, but
   * the run stopped (a failure) before creating it.
   */
  readonly action: "created" | "completed" | "kept" | "skipped" | "not-written";
  readonly sheet: string | null;
  /** Rows written into it by this run. */
  readonly rowsWritten: number;
  /** Rows this run meant to write into it. */
  readonly rowsPlanned: number;
  /** Whether its lists and conditional formats are in place (false when the run stopped first). */
  readonly finished: boolean;
  /** Schema columns a kept table lacks. */
  readonly missingColumns: readonly string[];
};

/** What a set-up run did (or, after a failure, had done when it stopped). */
export type SetupReport = {
  readonly language: WorkbookLanguage;
  readonly tables: readonly TableOutcome[];
  readonly sample: "none" | "written" | "cancelled" | "unavailable" | "not-resumable";
  /** Workbook names defined by this run. */
  readonly names: readonly string[];
  /** Whether the run got to its end (its last sync went through). */
  readonly done: boolean;
};
