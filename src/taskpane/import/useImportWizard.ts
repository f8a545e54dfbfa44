import { useCallback, useEffect, useMemo, useReducer, useRef, type Dispatch } from "react";
import { useTranslation } from "react-i18next";
import { chosenMode, importModes } from "@core/import/importModes";
import { importPlanInput } from "@core/import/importPlanInput";
import { csvSource, sheetSource, type ImportSource } from "@core/import/importSource";
import { planImport, type ImportPlan } from "@core/import/planImport";
import { plannedWrite } from "@core/import/plannedWrite";
import { rememberMapping } from "@core/import/savedMappings";
import { stageMappingOf } from "@core/import/stageChoices";
import type { ImportMode } from "@core/import/tableLayout";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { toExcelFailure, type ExcelResult } from "@excel/excelFailure";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";
import type { SourceBlock } from "@excel/import/readImportSource";
import type { ImportOutcome } from "@excel/import/writeImport";
import type { WriteProgress } from "@excel/write/writeInChunks";
import { languageFromOffice } from "@i18n/paneLanguage";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { importWizardReducer, initialImportWizardState, isPlannedStep } from "./importWizardReducer";
import type { CsvFile } from "./readCsvFile";
import type { ImportWizardAction, ImportWizardState, PlannedStep } from "./steps/types";

/** The import the user checked: where it may write, where it will, and its plan from core. */
export type CheckedImport = {
  readonly modes: readonly ImportMode[];
  readonly mode: ImportMode;
  readonly plan: ImportPlan;
};

export type ImportWizard = {
  readonly state: ImportWizardState;
  /** The workbook's language (the pane's until the workbook says): headers and choices are written in it. */
  readonly language: WorkbookLanguage;
  /** From the review on: the plan of the import. */
  readonly checked?: CheckedImport;
  /** The user's choices, which need no workbook call. */
  readonly dispatch: Dispatch<ImportWizardAction>;
  readonly readSelection: () => void;
  readonly readSheet: (sheet: string) => void;
  readonly loadCsv: (file: CsvFile) => void;
  readonly write: () => void;
  /** Continues an import that failed or was cancelled, after re-reading what the workbook recorded. */
  readonly finish: () => void;
  readonly cancel: () => void;
  readonly restart: () => void;
};

/**
 * Plans the checked import in core whenever one of its inputs changes (not when the user only
 * ticks a confirmation: a plan of a long list takes a while).
 */
function useCheckedImport(
  planned: PlannedStep | undefined,
  workbook: ImportWorkbook | undefined,
  language: WorkbookLanguage,
): CheckedImport | undefined {
  const source = planned?.source;
  const headerRow = planned?.choices.headerRow;
  const target = planned?.choices.target;
  const mapping = planned?.choices.mapping;
  const choice = planned?.choices.mode;
  const stageChoices = planned?.review.stageChoices;
  const valueChoices = planned?.review.valueChoices;
  const match = planned?.review.match;
  const modes = useMemo(
    () => (source && target ? importModes(workbook?.tables[target] !== undefined, source.kind) : undefined),
    [source, target, workbook],
  );
  const mode = modes && chosenMode(modes, choice);
  return useMemo(() => {
    if (!source || !workbook || !modes || !mode || headerRow === undefined || !target || !mapping) return undefined;
    const choices = {
      headerRow,
      target,
      mapping,
      mode,
      stageMapping: stageMappingOf(stageChoices ?? {}),
      valueChoices,
      ...(mode === "append" && match ? { match } : {}),
    };
    return { modes, mode, plan: planImport(importPlanInput(source, choices, workbook, language)) };
  }, [source, workbook, modes, mode, headerRow, target, mapping, stageChoices, valueChoices, match, language]);
}

/** A day as YYYY-MM-DD in the user's own time zone. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The import wizard wired to the workbook: the reducer holds the steps and choices; this hook
 * reads the workbook and the source, has core plan the checked import, and writes it through
 * the workbook service with progress and cancel, finishing an import that did not finish.
 */
export function useImportWizard(): ImportWizard {
  const service = useWorkbookService();
  const { i18n } = useTranslation();
  const paneLanguage = languageFromOffice(i18n.resolvedLanguage ?? i18n.language);
  const [state, dispatch] = useReducer(importWizardReducer, initialImportWizardState);
  const controller = useRef<AbortController | undefined>(undefined);
  const alive = useRef(true);
  const { workbook, step } = state;
  const language: WorkbookLanguage = workbook?.language ?? paneLanguage;
  const planned = isPlannedStep(step) ? step : undefined;
  const checked = useCheckedImport(planned, workbook, language);

  const readWorkbook = useCallback(async (): Promise<ImportWorkbook | undefined> => {
    const result = await service.import
      .readWorkbook()
      .catch((error: unknown): ExcelResult<ImportWorkbook> => ({ ok: false, error: toExcelFailure(error) }));
    if (!alive.current) return undefined;
    dispatch({ type: "workbookRead", result });
    return result.ok ? result.value : undefined;
  }, [service]);

  useEffect(() => {
    alive.current = true;
    void readWorkbook();
    return () => {
      alive.current = false;
      controller.current?.abort();
    };
  }, [readWorkbook]);

  const readBlock = (kind: "selection" | "sheet", read: () => Promise<ExcelResult<SourceBlock>>) => {
    dispatch({ type: "sourceRequested" });
    void read()
      .catch((error: unknown): ExcelResult<SourceBlock> => ({ ok: false, error: toExcelFailure(error) }))
      .then((result) => {
        if (!alive.current) return;
        const source: ExcelResult<ImportSource> = result.ok
          ? { ok: true, value: sheetSource(kind, result.value) }
          : result;
        dispatch({ type: "sourceRead", result: source });
      });
  };

  const run = async (at: PlannedStep, plan: ImportPlan, from: ImportWorkbook) => {
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: "writeStarted", total: plan.layout.rows.length });
    const request = plannedWrite({
      target: at.choices.target,
      layout: plan.layout,
      language,
      sourceSheet: at.source.sheet,
      tables: from.tables,
      stageChoices: at.review.stageChoices,
      valueChoices: at.review.valueChoices,
      matches: plan.matches,
    });
    // The mapping is remembered for this export's headers with the import's first rows.
    const savedMappings = rememberMapping(from.savedMappings ?? {}, {
      headers: at.source.values[at.choices.headerRow] ?? [],
      target: at.choices.target,
      mapping: at.choices.mapping,
      savedOn: localDay(new Date()),
      // The values mapped onto the workbook's own go with it, proposed again next time.
      values: { ...at.review.valueChoices, Stage: at.review.stageChoices },
    });
    const result = await service.import
      .write(
        { ...request, savedMappings, pending: from.pending, replacePending: at.review.replacePending },
        {
          signal: abort.signal,
          onProgress: (progress: WriteProgress) => {
            if (alive.current) dispatch({ type: "progressed", progress });
          },
        },
      )
      .catch((error: unknown): ExcelResult<ImportOutcome> => ({ ok: false, error: toExcelFailure(error) }));
    if (!alive.current) return;
    // The workbook's own record says how far a failed write got (and on which sheet).
    if (!result.ok) await readWorkbook();
    dispatch({ type: "writeEnded", result });
  };

  return {
    state,
    language,
    checked,
    dispatch,
    readSelection: () => readBlock("selection", service.import.readSelection),
    readSheet: (sheet) => readBlock("sheet", () => service.import.readSheet(sheet)),
    loadCsv: (file) => dispatch({ type: "csvRead", source: csvSource(file) }),
    write: () => {
      if (planned && checked && workbook) void run(planned, checked.plan, workbook);
    },
    finish: () => {
      // Nothing left to write (the table holds every row): running again could only add nothing.
      const updates = checked?.plan.matches?.updates.length ?? 0;
      if (!planned || !checked || (checked.plan.layout.rows.length === 0 && updates === 0)) return;
      dispatch({ type: "workbookRequested" });
      void readWorkbook().then((fresh) => {
        if (fresh) void run(planned, checked.plan, fresh);
      });
    },
    cancel: () => controller.current?.abort(),
    restart: () => {
      dispatch({ type: "restarted" });
      void readWorkbook();
    },
  };
}
