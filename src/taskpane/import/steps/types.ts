import type { ImportTarget } from "@core/import/importColumns";
import type { ImportSource } from "@core/import/importSource";
import type { DuplicatePolicy, MatchChoice, MatchKey } from "@core/import/matchImport";
import type { ImportMapping } from "@core/import/proposeMapping";
import type { StageChoices } from "@core/import/stageChoices";
import type { ValueField } from "@core/import/validateRows";
import type { CheckedField, ValueChoices } from "@core/import/valueChoices";
import type { ImportMode } from "@core/import/tableLayout";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelFailure, ExcelResult } from "@excel/excelFailure";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";
import type { ImportOutcome } from "@excel/import/writeImport";
import type { WriteProgress } from "@excel/write/writeInChunks";

/** The steps of the import wizard, in order. */
export type ImportStepType = "source" | "mapping" | "duplicates" | "review" | "writing" | "result";

export const importStepTypes: readonly ImportStepType[] = [
  "source",
  "mapping",
  "duplicates",
  "review",
  "writing",
  "result",
];

/** How the user reads the source: its header row, the table it becomes, where each column goes. */
export type MappingChoices = {
  /** Index in the source's rows of the header row. */
  readonly headerRow: number;
  readonly target: ImportTarget;
  readonly mapping: ImportMapping;
  /** Where the user chose to write; kept while they go back to the columns (see chosenMode). */
  readonly mode?: ImportMode;
  /** The target and mapping came from the mapping saved on this day (YYYY-MM-DD) for these headers. */
  readonly savedOn?: string;
};

/** What the user settles on the review step before writing. */
export type ReviewChoices = {
  /** Deals: the stages the workbook does not know, with the user's choice for each. */
  readonly stageChoices: StageChoices;
  /** The user confirmed a write into existing cells (append, in place). */
  readonly confirmed: boolean;
  /** The user agreed to replace what another unfinished import wrote. */
  readonly replacePending: boolean;
  /** Owner, Tier, Method: the values their lists do not know, with the user's choice for each. */
  readonly valueChoices?: Partial<Record<ValueField, ValueChoices>>;
  /** The user confirmed adding the reps and tiers chosen to add to Team and Cadences. */
  readonly addConfirmed?: boolean;
  /**
   * An append into a table that has rows: what to do with rows matching the table's (the
   * duplicates step); absent when there is nothing to match against.
   */
  readonly match?: MatchChoice;
};

/** Each step of the wizard with only the data valid at it. */
export type ImportWizardStep =
  | { readonly type: "source" }
  | { readonly type: "mapping"; readonly source: ImportSource; readonly choices: MappingChoices }
  | {
      readonly type: "duplicates";
      readonly source: ImportSource;
      readonly choices: MappingChoices;
      readonly review: ReviewChoices;
    }
  | {
      readonly type: "review";
      readonly source: ImportSource;
      readonly choices: MappingChoices;
      readonly review: ReviewChoices;
    }
  | {
      readonly type: "writing";
      readonly source: ImportSource;
      readonly choices: MappingChoices;
      readonly review: ReviewChoices;
      readonly progress: WriteProgress;
    }
  | {
      readonly type: "result";
      readonly source: ImportSource;
      readonly choices: MappingChoices;
      readonly review: ReviewChoices;
      /** What the write did (absent when it failed). */
      readonly outcome?: ImportOutcome;
      readonly writeFailure?: ExcelFailure;
    };

/** The steps that have a plan: the user checked the data, and maybe wrote it. */
export type PlannedStep = Extract<ImportWizardStep, { readonly review: ReviewChoices }>;

/** The wizard: the workbook it works on, the reads in flight, and the current step. */
export type ImportWizardState = {
  /** The workbook is being read (on opening and on starting again); the source step waits. */
  readonly loading: boolean;
  /** A read the user asked for is in flight (a source, or the workbook before finishing an import). */
  readonly busy: boolean;
  readonly workbook?: ImportWorkbook;
  /** A failed read (workbook, selection, sheet). */
  readonly failure?: ExcelFailure;
  readonly step: ImportWizardStep;
};

/** Everything that changes the wizard: the user's choices and the answers of the workbook. */
export type ImportWizardAction =
  | { readonly type: "workbookRequested" }
  | { readonly type: "workbookRead"; readonly result: ExcelResult<ImportWorkbook> }
  | { readonly type: "sourceRequested" }
  | { readonly type: "sourceRead"; readonly result: ExcelResult<ImportSource> }
  | { readonly type: "csvRead"; readonly source: ImportSource }
  | { readonly type: "headerRowChosen"; readonly row: number }
  | { readonly type: "targetChosen"; readonly target: ImportTarget }
  | { readonly type: "columnChosen"; readonly index: number; readonly key: string | null }
  | { readonly type: "checked"; readonly language: WorkbookLanguage }
  | { readonly type: "back" }
  | { readonly type: "modeChosen"; readonly mode: ImportMode }
  | { readonly type: "stageChosen"; readonly stage: string; readonly choice: string }
  | { readonly type: "valueChosen"; readonly field: CheckedField; readonly value: string; readonly choice: string }
  | { readonly type: "addConfirmed"; readonly confirmed: boolean }
  | { readonly type: "confirmed"; readonly confirmed: boolean }
  | { readonly type: "replaceChosen"; readonly replace: boolean }
  | { readonly type: "duplicatePolicyChosen"; readonly policy: DuplicatePolicy }
  | { readonly type: "matchKeyChosen"; readonly key: MatchKey }
  | { readonly type: "duplicatesSettled" }
  | { readonly type: "writeStarted"; readonly total: number }
  | { readonly type: "progressed"; readonly progress: WriteProgress }
  | { readonly type: "writeEnded"; readonly result: ExcelResult<ImportOutcome> }
  | { readonly type: "restarted" };
