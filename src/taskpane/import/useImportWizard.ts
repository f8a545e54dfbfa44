import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Cell } from "@core/cells/cell";
import type { CsvEncoding } from "@core/import/decodeCsvBytes";
import { detectHeaderRow } from "@core/import/detectHeaderRow";
import { detectTarget } from "@core/import/detectTarget";
import type { ImportTarget } from "@core/import/importColumns";
import { newStageRows } from "@core/import/newStageRows";
import { planImport, type ImportPlan } from "@core/import/planImport";
import { proposeMapping } from "@core/import/proposeMapping";
import { suggestStageMapping } from "@core/import/suggestStageMapping";
import type { ImportMode } from "@core/import/tableLayout";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { toExcelFailure, type ExcelFailure, type ExcelResult } from "@excel/excelFailure";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";
import type { SourceBlock } from "@excel/import/readImportSource";
import type { ImportOutcome } from "@excel/import/writeImport";
import type { WriteProgress } from "@excel/write/writeInChunks";
import { languageFromOffice } from "@i18n/paneLanguage";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import type { ImportStep, SourceKind } from "./importStep";
import type { CsvFile } from "./readCsvFile";

/** The rows the wizard is importing, wherever they came from. */
export type LoadedSource = {
  readonly kind: SourceKind;
  /** The sheet (and address) or the file name, to tell the user what was read. */
  readonly name: string;
  readonly sheet?: string;
  readonly values: readonly (readonly Cell[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly top: number;
  readonly left: number;
  readonly encoding?: CsvEncoding;
};

/** A stage choice that adds the name to the Stages table instead of mapping it. */
export const ADD_STAGE = "\u0000add";

export type ImportWizard = {
  readonly step: ImportStep;
  readonly loading: boolean;
  readonly busy: boolean;
  readonly workbook?: ImportWorkbook;
  /** A failed read (workbook, selection, sheet). */
  readonly failure?: ExcelFailure;
  readonly source?: LoadedSource;
  readonly headerRow: number;
  readonly target: ImportTarget;
  readonly mapping: readonly (string | null)[];
  readonly mode: ImportMode;
  readonly modes: readonly ImportMode[];
  /** The workbook's language: SalesGrid headers and choice values are written in it. */
  readonly language: WorkbookLanguage;
  /** Deals: the stages the workbook does not know, with the user's choice for each. */
  readonly stageChoices: Readonly<Record<string, string>>;
  readonly plan?: ImportPlan;
  readonly confirmed: boolean;
  readonly replacePending: boolean;
  /** Rows an earlier unfinished run of this same job already wrote (0: none). */
  readonly resumesFrom: number;
  readonly progress?: WriteProgress;
  readonly outcome?: ImportOutcome;
  readonly writeFailure?: ExcelFailure;
  readonly readSelection: () => void;
  readonly readSheet: (sheet: string) => void;
  readonly loadCsv: (file: CsvFile) => void;
  readonly setHeaderRow: (row: number) => void;
  readonly setTarget: (target: ImportTarget) => void;
  readonly setColumn: (index: number, key: string | null) => void;
  readonly setMode: (mode: ImportMode) => void;
  readonly setStageChoice: (stage: string, choice: string) => void;
  readonly setConfirmed: (confirmed: boolean) => void;
  readonly setReplacePending: (replace: boolean) => void;
  readonly goTo: (step: ImportStep) => void;
  readonly write: () => void;
  readonly finish: () => void;
  readonly cancel: () => void;
  readonly restart: () => void;
};

function fromBlock(kind: SourceKind, block: SourceBlock): LoadedSource {
  return { kind, name: `${block.sheet}!${block.address}`, ...block };
}

/** The stages of a Deals source the workbook does not know (before any mapping). */
function unknownStagesOf(
  source: LoadedSource,
  headerRow: number,
  mapping: readonly (string | null)[],
  workbook: ImportWorkbook,
  language: WorkbookLanguage,
): string[] {
  const stage = mapping.indexOf("Stage");
  const lost = mapping.indexOf("LostAt");
  if (stage < 0 && lost < 0) return [];
  const onlyStages = mapping.map((key) => (key === "Stage" || key === "LostAt" ? key : null));
  const plan = planImport({
    source: {
      values: source.values,
      top: source.top,
      left: source.left,
      kind: source.kind === "csv" ? "csv" : "range",
    },
    headerRow,
    mapping: onlyStages,
    target: "Deals",
    mode: "new-sheet",
    language,
    stages: workbook.tables.Stages,
  });
  return plan.result.unknownStages;
}

/**
 * The import wizard's state and actions: read a source (selection, sheet or CSV), propose the
 * header row, target and mapping, plan in core whenever a choice changes, write through the
 * workbook service with progress and cancel, and finish an unfinished import.
 */
export function useImportWizard(): ImportWizard {
  const service = useWorkbookService();
  const { i18n } = useTranslation();
  const paneLanguage = languageFromOffice(i18n.resolvedLanguage ?? i18n.language);
  const [step, setStep] = useState<ImportStep>("source");
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [workbook, setWorkbook] = useState<ImportWorkbook>();
  const [failure, setFailure] = useState<ExcelFailure>();
  const [source, setSource] = useState<LoadedSource>();
  const [headerRow, setHeaderRowState] = useState(0);
  const [target, setTargetState] = useState<ImportTarget>("Customers");
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [modeChoice, setModeChoice] = useState<ImportMode>();
  const [stageChoices, setStageChoices] = useState<Record<string, string>>({});
  const [confirmed, setConfirmed] = useState(false);
  const [replacePending, setReplacePending] = useState(false);
  const [progress, setProgress] = useState<WriteProgress>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [writeFailure, setWriteFailure] = useState<ExcelFailure>();
  const controller = useRef<AbortController | undefined>(undefined);
  const alive = useRef(true);

  const language: WorkbookLanguage = workbook?.language ?? paneLanguage;

  const readWorkbook = useCallback(async (): Promise<ImportWorkbook | undefined> => {
    const result = await service.import
      .readWorkbook()
      .catch((error: unknown): ExcelResult<ImportWorkbook> => ({ ok: false, error: toExcelFailure(error) }));
    if (!alive.current) return undefined;
    if (!result.ok) {
      setFailure(result.error);
      return undefined;
    }
    setWorkbook(result.value);
    return result.value;
  }, [service]);

  useEffect(() => {
    alive.current = true;
    void readWorkbook().finally(() => alive.current && setLoading(false));
    return () => {
      alive.current = false;
      controller.current?.abort();
    };
  }, [readWorkbook]);

  const exists = (name: ImportTarget) => workbook?.tables[name] !== undefined;
  const modes: ImportMode[] = exists(target)
    ? ["append"]
    : source && source.kind !== "csv"
      ? ["new-sheet", "in-place"]
      : ["new-sheet"];
  const mode: ImportMode = modeChoice && modes.includes(modeChoice) ? modeChoice : modes[0];

  const load = (loaded: LoadedSource) => {
    setFailure(undefined);
    setSource(loaded);
    const guess = detectHeaderRow(loaded.values).headerRow;
    const headers = loaded.values[guess] ?? [];
    const guessedTarget = detectTarget(headers).target;
    setHeaderRowState(guess);
    setTargetState(guessedTarget);
    setMapping(proposeMapping(headers, guessedTarget));
    setModeChoice(undefined);
    setStageChoices({});
    setConfirmed(false);
    setStep("mapping");
  };

  const readBlock = (kind: SourceKind, read: () => Promise<ExcelResult<SourceBlock>>) => {
    setBusy(true);
    setFailure(undefined);
    void read()
      .catch((error: unknown): ExcelResult<SourceBlock> => ({ ok: false, error: toExcelFailure(error) }))
      .then((result) => {
        if (!alive.current) return;
        setBusy(false);
        if (result.ok) load(fromBlock(kind, result.value));
        else setFailure(result.error);
      });
  };

  const setHeaderRow = (row: number) => {
    setHeaderRowState(row);
    setMapping(proposeMapping(source?.values[row] ?? [], target));
  };
  const setTarget = (next: ImportTarget) => {
    setTargetState(next);
    setMapping(proposeMapping(source?.values[headerRow] ?? [], next));
    setStageChoices({});
  };
  const setColumn = (index: number, key: string | null) =>
    setMapping((previous) => {
      const next = [...previous];
      while (next.length <= index) next.push(null);
      // A target column takes one source column: choosing it elsewhere frees it here.
      if (key !== null) for (let i = 0; i < next.length; i++) if (next[i] === key) next[i] = null;
      next[index] = key;
      return next;
    });

  const goTo = (next: ImportStep) => {
    if (next === "review" && source && workbook && target === "Deals") {
      const unknown = unknownStagesOf(source, headerRow, mapping, workbook, language);
      const stageAt = workbook.tables.Stages?.columns.Stage ?? -1;
      const known = (workbook.tables.Stages?.rows ?? [])
        .map((row) => (stageAt >= 0 ? row[stageAt] : null))
        .filter((s): s is string => typeof s === "string" && s !== "");
      const suggested = suggestStageMapping(unknown, known);
      setStageChoices(Object.fromEntries(unknown.map((stage) => [stage, suggested[stage] ?? ADD_STAGE])));
    }
    if (next === "review") {
      setConfirmed(false);
      setReplacePending(false);
    }
    setStep(next);
  };

  const stageMapping = useMemo(
    () => Object.fromEntries(Object.entries(stageChoices).filter(([, choice]) => choice !== ADD_STAGE)),
    [stageChoices],
  );
  const planned = step === "review" || step === "writing" || step === "result";
  const plan = useMemo(() => {
    if (!planned || !source || !workbook) return undefined;
    return planImport({
      source: {
        values: source.values,
        formulas: source.formulas,
        numberFormats: source.numberFormats,
        top: source.top,
        left: source.left,
        kind: source.kind === "csv" ? "csv" : "range",
      },
      headerRow,
      mapping,
      target,
      mode,
      language,
      stageMapping,
      stages: workbook.tables.Stages,
      customers: workbook.tables.Customers,
      cadences: workbook.cadences,
      table: workbook.tables[target] && { ...workbook.tables[target], textColumns: workbook.textColumns[target] },
    });
  }, [planned, source, workbook, headerRow, mapping, target, mode, language, stageMapping]);

  const pending = workbook?.pending ?? null;
  const resumesFrom =
    plan && pending && plan.layout.mode !== "in-place" && pending.fingerprint === plan.layout.fingerprint
      ? pending.done
      : 0;

  const run = async (current: ImportPlan, from: ImportWorkbook) => {
    const abort = new AbortController();
    controller.current = abort;
    setStep("writing");
    setProgress({ done: 0, total: current.layout.rows.length });
    setOutcome(undefined);
    setWriteFailure(undefined);
    const added = Object.entries(stageChoices)
      .filter(([, choice]) => choice === ADD_STAGE)
      .map(([stage]) => stage);
    const stages = from.tables.Stages;
    const result = await service.import
      .write(
        {
          target,
          layout: current.layout,
          sheetName: tableSpec(target).sheet[language],
          sourceSheet: source?.sheet,
          baseRows: from.tables[target]?.rows.length,
          newStages: stages && added.length > 0 ? newStageRows(added, stages, language) : undefined,
          pending: from.pending,
          replacePending,
        },
        {
          signal: abort.signal,
          onProgress: (next: WriteProgress) => {
            if (alive.current) setProgress(next);
          },
        },
      )
      .catch((error: unknown): ExcelResult<ImportOutcome> => ({ ok: false, error: toExcelFailure(error) }));
    if (!alive.current) return;
    if (result.ok) setOutcome(result.value);
    else {
      setWriteFailure(result.error);
      // The workbook's own record says how far the write got (and on which sheet).
      await readWorkbook();
    }
    setStep("result");
  };

  const write = () => {
    if (plan && workbook) void run(plan, workbook);
  };
  const finish = () => {
    if (!plan) return;
    setBusy(true);
    void readWorkbook().then((fresh) => {
      setBusy(false);
      if (fresh) void run(plan, fresh);
    });
  };
  const restart = () => {
    setSource(undefined);
    setOutcome(undefined);
    setWriteFailure(undefined);
    setProgress(undefined);
    setStep("source");
    setLoading(true);
    void readWorkbook().finally(() => alive.current && setLoading(false));
  };

  return {
    step,
    loading,
    busy,
    workbook,
    failure,
    source,
    headerRow,
    target,
    mapping,
    mode,
    modes,
    language,
    stageChoices,
    plan,
    confirmed,
    replacePending,
    resumesFrom,
    progress,
    outcome,
    writeFailure,
    readSelection: () => readBlock("selection", service.import.readSelection),
    readSheet: (sheet) => readBlock("sheet", () => service.import.readSheet(sheet)),
    loadCsv: (file) =>
      load({ kind: "csv", name: file.name, values: file.rows, top: 0, left: 0, encoding: file.encoding }),
    setHeaderRow,
    setTarget,
    setColumn,
    setMode: setModeChoice,
    setStageChoice: (stage, choice) => setStageChoices((previous) => ({ ...previous, [stage]: choice })),
    setConfirmed,
    setReplacePending,
    goTo,
    write,
    finish,
    cancel: () => controller.current?.abort(),
    restart,
  };
}
